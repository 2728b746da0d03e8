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
