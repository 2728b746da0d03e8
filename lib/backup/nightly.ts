// The nightly backup of the embedded default (npm start sets BACKUP_DIR to .data/backups): one file a
// night, the last seven kept. A deployment on its own PostgreSQL leaves BACKUP_DIR unset and backs up
// the way its database is run.
import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { writeBackup, type BackupSummary } from "./write";

const NAME = /^portal-\d{8}-\d{6}\.backup\.gz$/;
export const KEEP = 7;

/** portal-20261207-021500.backup.gz (UTC), so names sort in time order. */
export function backupFileName(at: Date): string {
  const s = at.toISOString().replace(/[-:]/g, "");
  return `portal-${s.slice(0, 8)}-${s.slice(9, 15)}.backup.gz`;
}

export async function backupInto(url: string, dir: string, at: Date): Promise<BackupSummary> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return writeBackup(url, path.join(dir, backupFileName(at)), at);
}

/** Writes tonight's backup, then removes all but the newest `keep`; returns what it wrote and removed. */
export async function nightlyBackup(url: string, dir: string, at: Date, keep = KEEP): Promise<{ written: BackupSummary; removed: string[] }> {
  const written = await backupInto(url, dir, at);
  const backups = (await readdir(dir)).filter((n) => NAME.test(n)).sort();
  const removed = backups.slice(0, Math.max(0, backups.length - keep));
  await Promise.all(removed.map((n) => rm(path.join(dir, n), { force: true })));
  return { written, removed };
}
