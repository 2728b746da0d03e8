import { describe, expect, it } from "vitest";
import { composeEml } from "./compose";
import { decodeHeader, decodeQuotedPrintable, parseEml } from "./eml";

describe("the file outbox's messages", () => {
  it("read back what nodemailer wrote: accented names, long links split by soft line breaks", async () => {
    const link = `http://localhost:3000/invite/${"Ab_-".repeat(11)}`;
    const eml = await composeEml({
      trustId: "t-1",
      to: { name: "Zoë O'Brien", address: "zoe@example.org" },
      subject: "Set up your account — Zoë",
      text: `Hello Zoë,\n\nOpen ${link} to choose a password.\n`,
    });
    const mail = parseEml(eml.toString("utf8"));
    expect(mail.to).toBe("Zoë O'Brien <zoe@example.org>");
    expect(mail.subject).toBe("Set up your account — Zoë");
    expect(mail.trustId).toBe("t-1");
    expect(mail.date).toBeInstanceOf(Date);
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("Hello Zoë,");
  });

  it("decodes quoted-printable bodies and encoded header words", () => {
    expect(decodeQuotedPrintable("caf=C3=A9 and a lo=\nng line")).toBe("café and a long line");
    expect(decodeHeader("=?UTF-8?B?Wm/Dqw==?= =?UTF-8?Q?_Smith?=")).toBe("Zoë Smith");
    expect(parseEml("Subject: plain\n\nbody").text).toBe("body");
  });
});

describe("a notification's message (HTML and text, an attachment)", () => {
  it("reads back its plain text part and keeps its headers", async () => {
    const eml = await composeEml({
      trustId: "t-1",
      to: { name: "Zoë", address: "zoe@example.org" },
      subject: "Oakfield: returned",
      text: "Hello Zoë,\n\nOpen http://localhost:3000/development/x\n",
      html: "<p>Hello Zoë,</p>",
      headers: { "List-Unsubscribe": "<http://localhost:3000/api/unsubscribe/abc>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      attachments: [{ filename: "meeting.ics", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", contentType: "text/calendar" }],
    });
    const source = eml.toString("utf8");
    expect(source).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const mail = parseEml(source);
    expect(mail.subject).toBe("Oakfield: returned");
    expect(mail.text).toContain("Hello Zoë,");
    expect(mail.text).toContain("http://localhost:3000/development/x");
    expect(mail.text).not.toContain("<p>");
  });
});
