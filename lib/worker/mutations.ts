// The scheduled jobs' writes (lib/worker/handlers.ts): each safe to run twice. Not `server-only`: the worker runs them.
import { nightlyBackup } from "@/lib/backup/nightly";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { academicYear } from "@/lib/dates";
import { storeComputedYear } from "@/lib/governance/store";
import { enqueue } from "@/lib/jobs/enqueue";

/** The trust's computed governance metrics for the academic year of `now` (only changed values are written). */
export const refreshGovernance = (trustId: string, now: Date) =>
  db().$transaction((tx) => storeComputedYear(tx, trustId, academicYear(now).startYear, now));

/** A refresh job per trust (at most one waiting each: the queue is stately, keyed by trust). */
export async function refreshAllTrusts() {
  const trusts = await db().trust.findMany({ select: { id: true } });
  await db().$transaction(async (tx) => {
    for (const t of trusts) await enqueue(tx, "governance.refresh", { trustId: t.id }, { singletonKey: t.id });
  });
  return { trusts: trusts.length };
}

/** Sessions stay listed (the admin's sessions pages) this long after they expire, then go. */
export const EXPIRED_SESSION_DAYS = 30;

/** Long-expired sessions and lapsed sign-in rate-limit windows. */
export async function sweepExpired(now: Date) {
  const before = new Date(now.getTime() - EXPIRED_SESSION_DAYS * 86_400_000);
  const sessions = await db().session.deleteMany({ where: { expiresAt: { lt: before } } });
  const buckets = await db().rateLimitBucket.deleteMany({ where: { resetAt: { lt: now } } });
  return { sessions: sessions.count, rateLimits: buckets.count };
}

/** Tonight's backup where BACKUP_DIR is set (npm start on the embedded database); otherwise nothing. */
export async function backupNightly(now: Date) {
  const { BACKUP_DIR, DATABASE_URL } = env();
  if (!BACKUP_DIR) return { skipped: "BACKUP_DIR is not set" };
  const { written, removed } = await nightlyBackup(DATABASE_URL, BACKUP_DIR, now);
  return { file: written.file, bytes: written.bytes, rows: written.rows, removed };
}
