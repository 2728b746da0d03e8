// npm run backup [-- --out DIR]: a consistent backup of the portal (database and files, whose bytes
// live in it) to one timestamped file, by default under .data/backups. Works beside a running portal.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupInto } from "../lib/backup/nightly";
import { DATA_DIR, resolveDatabase, runningPortalDatabase } from "../lib/db/resolve";
import { scriptEnv } from "../lib/env";
import { fail } from "./fail";

const { values } = parseArgs({ options: { out: { type: "string" } } });

async function main() {
  // DATABASE_URL; else the embedded database of a portal running now; else start the embedded one.
  const running = scriptEnv().DATABASE_URL ? null : runningPortalDatabase();
  const database = running ? { url: running, stop: async () => {} } : await resolveDatabase();
  try {
    const dir = path.resolve(values.out ?? path.join(DATA_DIR, "backups"));
    const s = await backupInto(database.url, dir, new Date());
    const mb = (s.bytes / 1_048_576).toFixed(1);
    const near = path.relative(process.cwd(), s.file);
    const shown = near.startsWith("..") ? s.file : near;
    console.log(`Backed up ${s.rows.toLocaleString("en-GB")} rows of ${s.tables} tables in ${s.seconds.toFixed(1)} s: ${shown} (${mb} MB).`);
    console.log(`Restore it with: npm run restore -- ${shown}`);
  } finally {
    await database.stop();
  }
}

main().then(() => process.exit(0), fail);
