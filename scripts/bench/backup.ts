// The backup's figure (issue 21 §4): a backup of the bench's database (scale 10: 120 schools, about
// 300,000 CPD records) in under 60 s, then the restore of it into a fresh database, timed too.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { restoreBackup } from "../../lib/backup/restore";
import { writeBackup } from "../../lib/backup/write";
import { createDatabase, databaseName, dropDatabase, withDatabase } from "../../lib/db/admin";

export const BACKUP_TARGET_S = 60;

export async function benchBackup(url: string, log: (line: string) => void = console.log): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-bench-backup-"));
  const target = withDatabase(url, `${databaseName(url)}_restored`);
  try {
    const written = await writeBackup(url, path.join(dir, "bench.backup.gz"));
    const mb = (written.bytes / 1_048_576).toFixed(1);
    log(`\nBackup: ${written.rows.toLocaleString("en-GB")} rows of ${written.tables} tables in ${written.seconds.toFixed(1)} s (target < ${BACKUP_TARGET_S} s), ${mb} MB.`);
    await dropDatabase(target);
    await createDatabase(target);
    const started = performance.now();
    const restored = await restoreBackup(target, written.file);
    log(`Restore of it into an empty database: ${restored.rows.toLocaleString("en-GB")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await dropDatabase(target).catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}
