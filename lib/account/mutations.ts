import "server-only";
// Sign-in writes. Failed sign-ins are counted in Postgres (fixed windows), so every app instance sees the same count.
import { db } from "@/lib/db/client";

export const ACCOUNT_LIMIT = { max: 5, windowMinutes: 15 };
export const IP_LIMIT = { max: 30, windowMinutes: 15 };
/** Requests whose address cannot be known (no trusted proxy configured) share one budget: see decision 005. */
export const UNATTRIBUTED_LIMIT = { max: 300, windowMinutes: 15 };
/** Wrong second-factor codes per account, before the sign-in must start again later. */
export const CODE_LIMIT = { max: 5, windowMinutes: 15 };

export type Bucket = { key: string; max: number; windowMinutes: number };

export const accountBucket = (email: string): Bucket => ({ key: `signin:account:${email}`, ...ACCOUNT_LIMIT });
export const ipBucket = (ip: string | null): Bucket =>
  ip ? { key: `signin:ip:${ip}`, ...IP_LIMIT } : { key: "signin:ip:unattributed", ...UNATTRIBUTED_LIMIT };
export const codeBucket = (userId: string): Bucket => ({ key: `signin:code:${userId}`, ...CODE_LIMIT });

/** Minutes until the bucket frees up, or 0 when it is below its limit. */
export async function blockedFor(bucket: Bucket): Promise<number> {
  const row = await db().rateLimitBucket.findUnique({ where: { key: bucket.key } });
  if (!row || row.resetAt <= new Date() || row.count < bucket.max) return 0;
  return Math.max(1, Math.ceil((row.resetAt.getTime() - Date.now()) / 60_000));
}

/** Counts one failure atomically (one statement, so concurrent instances cannot lose a count). */
export async function recordFailure(bucket: Bucket): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "RateLimitBucket" (key, count, "resetAt")
    VALUES (${bucket.key}, 1, now() + make_interval(mins => ${bucket.windowMinutes}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN 1 ELSE "RateLimitBucket".count + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= now() THEN EXCLUDED."resetAt" ELSE "RateLimitBucket"."resetAt" END`;
}

export async function clear(bucket: Bucket): Promise<void> {
  await db().rateLimitBucket.deleteMany({ where: { key: bucket.key } });
}

export const findUserByEmail = (email: string) => db().user.findUnique({ where: { email } });

export async function markSignedIn(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}
