// Restores a backup into an empty database: the file is read through and checked first (a damaged or
// foreign file changes nothing), then the schema is built as it was when the backup was taken, the
// rows go in in one transaction, and the migrations written since are applied on top.
import { once } from "node:events";
import { finished } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations, migrationNames } from "@/lib/db/engine";
import { BackupError, readBackup, type Manifest } from "./format";
import { portalTables, quoteIdent, resetSequences } from "./tables";

export type RestoreSummary = { createdAt: string; rows: number; tables: number; laterMigrations: string[] };

/** Tables of the database that hold rows (none: it may be restored into). */
export async function tablesWithRows(client: pg.ClientBase): Promise<string[]> {
  const tables = await portalTables(client);
  const held: string[] = [];
  for (const t of tables) {
    const { rowCount } = await client.query(`SELECT 1 FROM public.${quoteIdent(t.name)} LIMIT 1`);
    if (rowCount) held.push(t.name);
  }
  return held;
}

export async function restoreBackup(url: string, file: string, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const manifest = await readBackup(file, {});
  const known = new Set(await migrationNames());
  const newer = manifest.migrations.filter((m) => !known.has(m));
  if (newer.length) {
    throw new BackupError(`This backup was taken by a newer version of the portal (its migrations include ${newer[0]}, which this version does not have). Restore it with that version or a later one.`);
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const held = await tablesWithRows(client);
    if (held.length && !options.force) {
      throw new BackupError(`The database is not empty (${held.length} tables hold rows, ${held.slice(0, 3).join(", ")} among them). Restore into an empty database or data directory, or pass --force to replace everything in it.`);
    }
    // Empty (or to be replaced): the schema starts again from nothing, whichever migrations it had.
    await client.query("DROP SCHEMA IF EXISTS pgboss CASCADE");
    await client.query("DROP SCHEMA IF EXISTS public CASCADE");
    await client.query("CREATE SCHEMA public");
    await applyMigrations(url, new Set(manifest.migrations));
    await checkShape(client, manifest);
    const rows = await copyRows(client, file, manifest);
    const laterMigrations = await applyMigrations(url);
    return { createdAt: manifest.createdAt, rows, tables: manifest.tables.length, laterMigrations };
  } finally {
    await client.end();
  }
}

/** The schema built from the backup's migrations must hold its tables and columns exactly. */
async function checkShape(client: pg.ClientBase, manifest: Manifest): Promise<void> {
  const here = new Map((await portalTables(client)).map((t) => [t.name, t.columns.join(",")]));
  for (const t of manifest.tables) {
    if (here.get(t.name) !== t.columns.join(",")) {
      throw new BackupError(`The backup's table ${t.name} does not match the schema its migrations build: the file was not written by the portal.`);
    }
  }
}

async function copyRows(client: pg.ClientBase, file: string, manifest: Manifest): Promise<number> {
  const columns = new Map(manifest.tables.map((t) => [t.name, t.columns.map(quoteIdent).join(", ")]));
  let copying: ReturnType<typeof copyFrom> | undefined;
  let rows = 0;
  await client.query("BEGIN");
  try {
    await readBackup(file, {
      onTable: (name) => {
        copying = client.query(copyFrom(`COPY public.${quoteIdent(name)} (${columns.get(name)}) FROM STDIN`));
      },
      onRow: async (line) => {
        if (!copying) return;
        if (!copying.write(`${line}\n`)) await once(copying, "drain");
        rows += 1;
      },
      onTableEnd: async () => {
        if (!copying) return;
        copying.end();
        await finished(copying);
        copying = undefined;
      },
    });
    await resetSequences(client);
    await client.query("COMMIT");
    return rows;
  } catch (error) {
    copying?.destroy();
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
