// Writes a consistent backup of the portal's database (files included: their bytes live in it) to
// one file: every table read in one REPEATABLE READ transaction, so writes running meanwhile are in
// it entirely or not at all. Written beside its final name and renamed when complete, so a backup
// cut short never looks like one.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { mark, MAGIC, type Manifest } from "./format";
import { portalTables, quoteIdent } from "./tables";

export type BackupSummary = { file: string; bytes: number; rows: number; tables: number; seconds: number };

export async function writeBackup(url: string, file: string, now = new Date()): Promise<BackupSummary> {
  const started = performance.now();
  const partial = `${file}.partial`;
  const gzip = createGzip({ level: 6 });
  const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  const whole = createHash("sha256");
  const put = async (text: string | Buffer) => {
    whole.update(text);
    if (!gzip.write(text)) await once(gzip, "drain");
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let tableCount = 0;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    const migrations = await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const tables = await portalTables(client);
    const manifest: Manifest = { createdAt: now.toISOString(), migrations: migrations.rows.map((r) => r.name), tables };
    await put(`${MAGIC}\n${JSON.stringify(manifest)}\n`);
    for (const table of tables) {
      await put(`${mark.table(table.name)}\n`);
      const hash = createHash("sha256");
      let count = 0;
      const cols = table.columns.map(quoteIdent).join(", ");
      const stream = client.query(copyTo(`COPY public.${quoteIdent(table.name)} (${cols}) TO STDOUT`));
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        hash.update(chunk);
        for (const byte of chunk) if (byte === 10) count += 1;
        await put(chunk);
      }
      await put(`${mark.end(table.name, count, hash.digest("hex"))}\n`);
      rows += count;
      tableCount += 1;
    }
    await client.query("COMMIT");
    gzip.end(`${mark.done(whole.digest("hex"))}\n`);
    await written;
    await rename(partial, file);
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
  return { file, bytes: (await stat(file)).size, rows, tables: tableCount, seconds: (performance.now() - started) / 1000 };
}
