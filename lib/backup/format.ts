// The backup file: one gzip stream of lines. The first says what it is, the second is the manifest
// (when, which migrations, which tables and columns), then each table's rows in COPY's text format
// between a start and an end line (row count and SHA-256 of its rows), then a last line with the
// SHA-256 of everything before it. COPY's text format escapes every backslash in data, so no row can
// begin with the `\@` of the marker lines.
import { createHash, type Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";

export const MAGIC = "PORTAL-BACKUP 1";
export const mark = {
  table: (name: string) => `\\@table ${name}`,
  end: (name: string, rows: number, sha: string) => `\\@end ${name} ${rows} ${sha}`,
  done: (sha: string) => `\\@done ${sha}`,
};

export type Manifest = { createdAt: string; migrations: string[]; tables: { name: string; columns: string[] }[] };

/** A backup that cannot be restored, in words the operator can act on; nothing was changed. */
export class BackupError extends Error {}

type TableEnd = { name: string; rows: number };
/** Reads a backup through, line by line; `onRow` gets each table's rows (to copy them in, or not). */
export async function readBackup(
  file: string,
  handlers: { onManifest?: (m: Manifest) => Promise<void> | void; onTable?: (name: string) => Promise<void> | void; onRow?: (line: string) => Promise<void> | void; onTableEnd?: (end: TableEnd) => Promise<void> | void },
): Promise<Manifest> {
  const input = createReadStream(file).pipe(createGunzip());
  const failures: unknown[] = [];
  input.on("error", (error) => failures.push(error));
  const lines = createInterface({ input, crlfDelay: Infinity });
  // readline passes the stream's error on to itself too: once the loop below has stopped early (a bad
  // line found before gzip's own check fails), nothing else listens there, and it would be unhandled.
  lines.on("error", (error) => failures.push(error));
  const whole = createHash("sha256");
  let manifest: Manifest | undefined;
  let table: { name: string; hash: Hash; rows: number } | undefined;
  let done = false;
  let n = 0;
  try {
    for await (const line of lines) {
      n += 1;
      if (done) throw new BackupError("The backup goes on after its last line: it is not one file the portal wrote.");
      if (n === 1) {
        if (line !== MAGIC) throw new BackupError("This file is not a portal backup (it does not start as one).");
      } else if (n === 2) {
        manifest = parseManifest(line);
        await handlers.onManifest?.(manifest);
      } else if (line.startsWith("\\@done ")) {
        if (table) throw new BackupError(`The backup stops inside the table ${table.name}.`);
        if (line.slice(7) !== whole.digest("hex")) throw new BackupError("The backup's contents do not match its checksum: the file is damaged.");
        done = true;
        continue;
      } else if (line.startsWith("\\@table ")) {
        const name = line.slice(8);
        if (table || !manifest?.tables.some((t) => t.name === name)) throw new BackupError("The backup's tables are out of order: the file is damaged.");
        table = { name, hash: createHash("sha256"), rows: 0 };
        await handlers.onTable?.(name);
      } else if (line.startsWith("\\@end ")) {
        const [name, rows, sha] = line.slice(6).split(" ");
        if (!table || name !== table.name) throw new BackupError("The backup's tables are out of order: the file is damaged.");
        if (Number(rows) !== table.rows || sha !== table.hash.digest("hex")) throw new BackupError(`The rows of ${table.name} do not match their checksum: the file is damaged.`);
        await handlers.onTableEnd?.({ name, rows: table.rows });
        table = undefined;
      } else {
        if (!table) throw new BackupError("The backup has rows outside any table: the file is damaged.");
        table.hash.update(`${line}\n`);
        table.rows += 1;
        await handlers.onRow?.(line);
      }
      whole.update(`${line}\n`);
    }
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`The backup cannot be read (${describe(failures[0] ?? error)}): the file is damaged or not a portal backup.`);
  } finally {
    // Stopped early: no need to read and unzip the rest.
    input.destroy();
  }
  if (failures.length) throw new BackupError(`The backup cannot be read (${describe(failures[0])}): the file is damaged or not a portal backup.`);
  if (!manifest || !done) throw new BackupError("The backup ends before its last line: the file is incomplete (was it still being written?).");
  return manifest;
}

function parseManifest(line: string): Manifest {
  try {
    const m = JSON.parse(line) as Manifest;
    if (typeof m.createdAt === "string" && Array.isArray(m.migrations) && Array.isArray(m.tables)) return m;
  } catch {
    // fall through to the refusal
  }
  throw new BackupError("The backup's description (its second line) cannot be read: the file is damaged.");
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
