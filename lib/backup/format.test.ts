// Reading a backup that goes wrong early: refused in words, and the gzip stream's own later failure is
// not left as an unhandled error (it would end a long-running process).
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, expect, it } from "vitest";
import { BackupError, readBackup } from "./format";

const dir = mkdtempSync(path.join(tmpdir(), "backup-format-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("refuses a file whose first line is wrong, and the damaged gzip behind it raises nothing unhandled", async () => {
  // Megabytes that do not compress, so gzip is still reading when the first line is refused; the last
  // bytes (the stream's checksum) are wrong, so gzip fails once it gets there.
  const lines = Array.from({ length: 20_000 }, () => randomBytes(64).toString("hex")).join("\n");
  const whole = gzipSync(`not a portal backup\n${lines}\n`);
  const file = path.join(dir, "damaged.gz");
  writeFileSync(file, Buffer.concat([whole.subarray(0, whole.length - 8), Buffer.alloc(8, 0xff)]));
  const escaped: unknown[] = [];
  const note = (error: unknown) => escaped.push(error);
  process.on("uncaughtException", note);
  try {
    const refused = await readBackup(file, {}).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect((refused as Error).message).toBe("This file is not a portal backup (it does not start as one).");
    // Long enough for gzip to reach the end of the file had it gone on.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(escaped).toEqual([]);
  } finally {
    process.off("uncaughtException", note);
  }
});
