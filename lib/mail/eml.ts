// Reading back the .eml files the portal writes when no SMTP server is configured (the outbox page):
// single-part text messages as nodemailer builds them. Pure, so it is unit-tested beside this file.

export type ParsedMail = { to: string; subject: string; date: Date | null; trustId: string | null; text: string };

/** Bytes written as =XX (quoted-printable and RFC 2047 "Q"), read as UTF-8. */
function decodeQuotedBytes(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(text[i]));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** A quoted-printable body: soft line breaks ("=" at a line's end) joined, =XX decoded. */
export const decodeQuotedPrintable = (body: string) => decodeQuotedBytes(body.replace(/=\r?\n/g, ""));

/** Header text with RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=) decoded; adjacent words join. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?[^?]+\?([QB])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedBytes(data.replaceAll("_", " ")),
    );
}

export function parseEml(source: string): ParsedMail {
  const text = source.replace(/\r\n/g, "\n");
  const split = text.indexOf("\n\n");
  const head = split === -1 ? text : text.slice(0, split);
  const body = split === -1 ? "" : text.slice(split + 2);
  const headers = new Map<string, string>();
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = headers.get("content-transfer-encoding")?.toLowerCase();
  const multipart = /^multipart\/[^;]+;.*boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "");
  const decoded =
    encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8") : body;
  const date = headers.get("date");
  return {
    to: decodeHeader(headers.get("to") ?? ""),
    subject: decodeHeader(headers.get("subject") ?? ""),
    date: date && !Number.isNaN(Date.parse(date)) ? new Date(date) : null,
    trustId: headers.get("x-portal-trust") ?? null,
    text: multipart ? plainPart(body, multipart[1]!) : decoded,
  };
}

/** A multipart message's (HTML and text, or with an attachment) first text/plain part, searched depth first. */
function plainPart(body: string, boundary: string): string {
  for (const part of body.split(`--${boundary}`).slice(1)) {
    const head = part.replace(/^\n/, "").split("\n\n", 1)[0]!.toLowerCase();
    if (head.startsWith("--")) break;
    if (head.includes("multipart/") || head.includes("text/plain")) {
      const text = parseEml(part.replace(/^\n/, "").replace(/\n$/, "")).text;
      if (text) return text;
    }
  }
  return "";
}
