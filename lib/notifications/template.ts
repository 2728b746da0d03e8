// One plain template for every kind's email (docs/decisions/023-notifications.md): the kind gives the
// opening line and the link's words, the notification its title and body. HTML and plain text from the
// same parts, en-GB, the school's name in the subject, one link to the record. Pure: unit-tested.
import { KINDS, type Kind } from "./kinds";

export type Rendered = { subject: string; text: string; html: string };

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A body of several lines (a head's weekly list) keeps its lines in HTML too. */
const lines = (s: string) => escape(s).replace(/\n/g, "<br>");

type Footer = { preferencesUrl: string; unsubscribeUrl?: string };

function footer({ preferencesUrl, unsubscribeUrl }: Footer) {
  const text = [`Choose what the portal emails you: ${preferencesUrl}`, ...(unsubscribeUrl ? [`Stop these emails: ${unsubscribeUrl}`] : [])].join("\n");
  const html = [`<a href="${escape(preferencesUrl)}">Choose what the portal emails you</a>`, ...(unsubscribeUrl ? [`<a href="${escape(unsubscribeUrl)}">Stop these emails</a>`] : [])].join(" · ");
  return { text, html: `<p style="color:#555;font-size:13px">${html}</p>` };
}

const page = (inner: string) => `<!doctype html><html lang="en-GB"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#0b0c0c">${inner}</body></html>`;

export type EmailParts = { kind: Kind; schoolName: string; recipientName: string; title: string; body: string; url: string } & Footer;

export function renderEmail(p: EmailParts): Rendered {
  const spec = KINDS[p.kind];
  const f = footer(p);
  return {
    subject: `${p.schoolName}: ${p.title}`,
    text: `Hello ${p.recipientName},\n\n${spec.intro}\n\n${p.title}\n${p.body}\n\n${spec.action}: ${p.url}\n\n--\n${f.text}\n`,
    html: page(
      `<p>Hello ${escape(p.recipientName)},</p><p>${escape(spec.intro)}</p><p><strong>${escape(p.title)}</strong><br>${lines(p.body)}</p>` +
        `<p><a href="${escape(p.url)}">${escape(spec.action)}</a></p><hr>${f.html}`,
    ),
  };
}

export type DigestItem = { title: string; body: string; url: string };

/** The weekly digest: every waiting item, each with its own link (each is one record). */
export function renderDigest(p: { schoolName: string; recipientName: string; items: DigestItem[] } & Footer): Rendered {
  const f = footer(p);
  const count = p.items.length === 1 ? "1 update" : `${p.items.length} updates`;
  return {
    subject: `${p.schoolName}: your weekly digest, ${count}`,
    text: `Hello ${p.recipientName},\n\nHere is what happened in the portal this week.\n\n${p.items.map((i) => `- ${i.title}\n  ${i.body}\n  ${i.url}`).join("\n\n")}\n\n--\n${f.text}\n`,
    html: page(
      `<p>Hello ${escape(p.recipientName)},</p><p>Here is what happened in the portal this week.</p><ul>` +
        p.items.map((i) => `<li><a href="${escape(i.url)}">${escape(i.title)}</a><br>${lines(i.body)}</li>`).join("") +
        `</ul><hr>${f.html}`,
    ),
  };
}
