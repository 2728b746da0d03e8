import { describe, expect, it } from "vitest";
import { checkUpload, MAX_UPLOAD_BYTES } from "./validate";

const pdf = Buffer.from("%PDF-1.7\n…");

describe("checkUpload", () => {
  it("accepts a PDF whose contents are a PDF", () => {
    const result = checkUpload("certificate.pdf", pdf);
    expect(result).toMatchObject({ ok: true, file: { contentType: "application/pdf", name: "certificate.pdf" } });
  });

  it("refuses a forbidden type, a disguised file, an empty and an oversized file", () => {
    expect(checkUpload("run.exe", Buffer.from("MZ"))).toMatchObject({ ok: false });
    expect(checkUpload("fake.pdf", Buffer.from("MZ…"))).toMatchObject({ ok: false, message: expect.stringContaining("do not match") });
    expect(checkUpload("empty.pdf", Buffer.alloc(0))).toMatchObject({ ok: false, message: "The file is empty." });
    const big = Buffer.concat([pdf, Buffer.alloc(MAX_UPLOAD_BYTES)]);
    expect(checkUpload("big.pdf", big)).toMatchObject({ ok: false, message: "The file must be 10 MB or smaller." });
  });

  it("makes the stored name safe", () => {
    const result = checkUpload("../../etc/<passwd>.pdf", pdf);
    expect(result.ok && result.file.name).toBe(".._.._etc__passwd_.pdf");
  });
});
