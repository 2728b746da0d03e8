import { describe, expect, it } from "vitest";
import { renderDigest, renderEmail } from "./template";

describe("notification email", () => {
  const parts = {
    kind: "cpd.returned" as const,
    schoolName: "Oakfield Primary",
    recipientName: "Sam <Teacher>",
    title: "Returned: Phonics training",
    body: "Reason: add your reflection.",
    url: "http://localhost:3000/development/a1",
    preferencesUrl: "http://localhost:3000/notifications/preferences",
    unsubscribeUrl: "http://localhost:3000/unsubscribe/tok",
  };

  it("names the school in the subject and links once to the record, in text and HTML", () => {
    const mail = renderEmail(parts);
    expect(mail.subject).toBe("Oakfield Primary: Returned: Phonics training");
    expect(mail.text).toContain("Open the record: http://localhost:3000/development/a1");
    expect(mail.text.match(/development\/a1/g)).toHaveLength(1);
    expect(mail.html.match(/development\/a1/g)).toHaveLength(1);
    expect(mail.html).toContain('lang="en-GB"');
    expect(mail.text).toContain("Stop these emails: http://localhost:3000/unsubscribe/tok");
  });

  it("escapes what people typed in the HTML", () => {
    expect(renderEmail(parts).html).toContain("Sam &lt;Teacher&gt;");
    expect(renderEmail(parts).html).not.toContain("<Teacher>");
  });

  it("a digest lists every item with its link", () => {
    const mail = renderDigest({ ...parts, items: [{ title: "A", body: "a", url: "http://x/1" }, { title: "B", body: "b", url: "http://x/2" }] });
    expect(mail.subject).toBe("Oakfield Primary: your weekly digest, 2 updates");
    expect(mail.text).toContain("http://x/1");
    expect(mail.text).toContain("http://x/2");
  });
});
