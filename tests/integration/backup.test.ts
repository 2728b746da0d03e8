// Backup and restore (issue 21 §4): a seeded database restored into a fresh one has every table's rows
// and contents; a backup taken while writes run restores to a consistent state; a damaged, foreign,
// cut-short or newer file and a database that holds rows are refused before anything changes; an
// older backup gets the migrations written since; the nightly run keeps the last seven.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { BackupError } from "@/lib/backup/format";
import { nightlyBackup } from "@/lib/backup/nightly";
import { restoreBackup } from "@/lib/backup/restore";
import { portalTables, quoteIdent } from "@/lib/backup/tables";
import { writeBackup } from "@/lib/backup/write";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "@/lib/db/admin";
import { applyMigrations, migrationNames } from "@/lib/db/engine";
import { runSeed } from "@/prisma/seed/run";

const source = process.env.DATABASE_URL ?? "";
const dir = mkdtempSync(path.join(tmpdir(), "portal-backup-test-"));
const created: string[] = [];

async function freshDatabase(suffix: string): Promise<string> {
  const url = withDatabase(source, `${databaseName(source)}_${suffix}`);
  await dropDatabase(url);
  await createDatabase(url);
  created.push(url);
  return url;
}

async function onClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every table's row count and a checksum of its rows in a fixed order. */
const fingerprint = (url: string) =>
  onClient(url, async (c) => {
    const out: Record<string, string> = {};
    for (const t of await portalTables(c)) {
      const { rows } = await c.query<{ n: number; h: string }>(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '')) AS h FROM public.${quoteIdent(t.name)} x`,
      );
      out[t.name] = `${rows[0]?.n}:${rows[0]?.h}`;
    }
    return out;
  });

afterAll(async () => {
  for (const url of created) await dropDatabase(url);
  rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  let backup = "";

  it("restores the seeded demo trust into a fresh database with every table's rows and contents the same", async () => {
    await runSeed(source, { scale: 1, onlyIfEmpty: false, quiet: true });
    backup = path.join(dir, "demo.backup.gz");
    const written = await writeBackup(source, backup);
    expect(written.rows).toBeGreaterThan(30_000);
    const target = await freshDatabase("restored");
    const restored = await restoreBackup(target, backup);
    expect(restored.rows).toBe(written.rows);
    expect(restored.laterMigrations).toEqual([]);
    const before = await fingerprint(source);
    expect(Object.values(before).filter((v) => !v.startsWith("0:")).length).toBeGreaterThan(40);
    expect(await fingerprint(target)).toEqual(before);
    // Serial ids carry on after the restored rows: a new audit entry does not collide.
    await onClient(target, (c) => c.query(`INSERT INTO "AuditLog" ("trustId", action, entity, "entityId") SELECT id, 'after', 'Trust', id::text FROM "Trust" LIMIT 1`));
  }, 240_000);

  it("refuses a database that holds rows unless told, and then replaces everything in it", async () => {
    const target = created[0] ?? "";
    const before = await fingerprint(target);
    await expect(restoreBackup(target, backup)).rejects.toThrow(/The database is not empty .* pass --force/);
    expect(await fingerprint(target)).toEqual(before);
    await restoreBackup(target, backup, { force: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(source));
  }, 240_000);

  it("refuses a damaged, foreign, cut-short or tampered file before it changes anything", async () => {
    const target = await freshDatabase("refused");
    const bytes = readFileSync(backup);
    const cases: [string, Buffer, RegExp][] = [
      ["foreign.txt", Buffer.from("name,email\nA,a@example.org\n"), /cannot be read .* not a portal backup/],
      ["foreign.gz", gzipSync("SQLite format 3\n"), /not a portal backup/],
      ["flipped.gz", Buffer.concat([bytes.subarray(0, 5000), Buffer.from([bytes[5000]! ^ 0xff]), bytes.subarray(5001)]), /damaged/],
      ["short.gz", bytes.subarray(0, Math.floor(bytes.length / 2)), /damaged|incomplete/],
    ];
    // A well-formed gzip whose rows were changed: the table's checksum catches it.
    const text = gunzipSync(bytes).toString("utf8");
    const firstTrustRow = text.indexOf("\\@table Trust\n") + "\\@table Trust\n".length;
    const tampered = `${text.slice(0, firstTrustRow)}z${text.slice(firstTrustRow + 1)}`;
    cases.push(["tampered.gz", gzipSync(tampered), /do not match their checksum: the file is damaged/]);
    for (const [name, content, message] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, content);
      const refused = await restoreBackup(target, file).then(() => null, (e: unknown) => e);
      expect(refused, name).toBeInstanceOf(BackupError);
      expect((refused as Error).message, name).toMatch(message);
    }
    // Nothing was built: no tables at all.
    expect(await onClient(target, async (c) => (await portalTables(c)).length)).toBe(0);
  }, 120_000);

  it("gives a backup taken before the latest migrations its own schema, its rows, then the migrations since", async () => {
    const names = await migrationNames();
    const older = await freshDatabase("older");
    await applyMigrations(older, new Set(names.slice(0, -1)));
    await onClient(older, (c) => c.query(`INSERT INTO "Trust" (id, name) VALUES ('7c9e6679-7425-40de-944b-e07fc1f90ae7', 'Older Trust')`));
    const file = path.join(dir, "older.backup.gz");
    await writeBackup(older, file);
    const target = await freshDatabase("newer");
    const restored = await restoreBackup(target, file);
    expect(restored.laterMigrations).toEqual(names.slice(-1));
    expect(await onClient(target, async (c) => (await c.query(`SELECT name FROM "Trust"`)).rows)).toEqual([{ name: "Older Trust" }]);
  }, 120_000);

  it("restores a backup taken while writes run to one consistent moment: each write is in it whole or not at all", async () => {
    const trustId = await onClient(source, async (c) => (await c.query<{ id: string }>(`SELECT id FROM "Trust" LIMIT 1`)).rows[0]?.id ?? "");
    let writing = true;
    let pairs = 0;
    const writer = onClient(source, async (c) => {
      while (writing) {
        pairs += 1;
        // One transaction writes a row into each of two tables.
        await c.query("BEGIN");
        await c.query(`INSERT INTO "RateLimitBucket" (key, count, "resetAt") VALUES ($1, 1, now())`, [`pair-${pairs}`]);
        await c.query(`INSERT INTO "AuditLog" ("trustId", action, entity, "entityId") VALUES ($1, 'pair', 'Pair', $2)`, [trustId, `pair-${pairs}`]);
        await c.query("COMMIT");
      }
    });
    while (pairs < 20) await new Promise((r) => setTimeout(r, 20));
    const file = path.join(dir, "busy.backup.gz");
    await writeBackup(source, file);
    const duringBackup = pairs;
    writing = false;
    await writer;
    const target = await freshDatabase("busy");
    await restoreBackup(target, file);
    const restored = await onClient(target, async (c) => ({
      buckets: (await c.query(`SELECT key FROM "RateLimitBucket" WHERE key LIKE 'pair-%' ORDER BY key`)).rows.map((r) => r.key as string),
      audits: (await c.query(`SELECT "entityId" FROM "AuditLog" WHERE action = 'pair' ORDER BY "entityId"`)).rows.map((r) => r.entityId as string),
    }));
    expect(restored.buckets.length).toBeGreaterThanOrEqual(20);
    expect(restored.buckets.length).toBeLessThanOrEqual(duringBackup);
    expect(restored.audits).toEqual(restored.buckets);
  }, 240_000);

  it("keeps the last seven nightly backups", async () => {
    const nightly = path.join(dir, "nightly");
    const removed: string[] = [];
    for (let night = 1; night <= 9; night++) {
      const run = await nightlyBackup(source, nightly, new Date(Date.UTC(2026, 11, night, 2, 0, 0)));
      removed.push(...run.removed);
    }
    expect(removed).toEqual(["portal-20261201-020000.backup.gz", "portal-20261202-020000.backup.gz"]);
    expect((await readdir(nightly)).sort()).toEqual([3, 4, 5, 6, 7, 8, 9].map((d) => `portal-2026120${d}-020000.backup.gz`));
  }, 240_000);
});
