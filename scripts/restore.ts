// npm run restore -- FILE [--force]: restores a backup of npm run backup into an empty database
// (DATABASE_URL) or data directory (the embedded default; a new one is created). A database that holds
// rows is refused unless --force; a damaged or foreign file is refused before anything changes.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { restoreBackup } from "../lib/backup/restore";
import { resolveDatabase } from "../lib/db/resolve";
import { installJobs } from "../lib/jobs/boss";
import { fail } from "./fail";

const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });

async function main() {
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error("Usage: npm run restore -- FILE [--force] (FILE: a backup written by npm run backup).");
  if (!existsSync(file)) throw new Error(`There is no file ${file}.`);
  const database = await resolveDatabase();
  try {
    const s = await restoreBackup(database.url, path.resolve(file), { force: values.force });
    await installJobs(database.url);
    const later = s.laterMigrations.length ? `; then applied ${s.laterMigrations.length} later migrations` : "";
    console.log(`Restored ${s.rows.toLocaleString("en-GB")} rows of ${s.tables} tables from the backup of ${s.createdAt}${later}. Start the portal with npm start.`);
  } finally {
    await database.stop();
  }
}

main().then(() => process.exit(0), fail);
