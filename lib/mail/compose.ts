// Builds a message as RFC 5322 bytes with nodemailer (no network): what the file outbox stores and
// what SMTP would carry. Not `server-only`, so the unit test can build one.
import nodemailer from "nodemailer";

export type Mail = {
  trustId: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  /** Notifications (lib/notifications): the HTML alternative, List-Unsubscribe headers, a meeting's .ics. */
  html?: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
};

export const DEFAULT_FROM = "Staff development portal <no-reply@portal.invalid>";

/** The nodemailer message; the trust rides in a header so the outbox lists only its own trust's mail. */
export const message = (mail: Mail, from: string) => ({
  from,
  to: mail.to,
  subject: mail.subject,
  text: mail.text,
  ...(mail.html ? { html: mail.html } : {}),
  ...(mail.attachments ? { attachments: mail.attachments } : {}),
  headers: { ...mail.headers, "X-Portal-Trust": mail.trustId },
});

export async function composeEml(mail: Mail, from = DEFAULT_FROM): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  const info = await transport.sendMail(message(mail, from));
  return info.message as Buffer;
}
