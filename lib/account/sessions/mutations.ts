import "server-only";
// Session rows: written at sign-in, ended by sign-out, a password change, disabling the account or
// an administrator. The cookie only names a row; a row that is not live signs the cookie out.
import { db, type Tx } from "@/lib/db/client";

/** Eight hours, the longest a school day needs; the cookie's own expiry is the same. */
export const SESSION_HOURS = 8;

export type EndedBy = "SIGN_OUT" | "PASSWORD_CHANGE" | "DISABLED" | "ADMIN" | "MFA_RESET";

export async function createSession(input: {
  userId: string;
  method: "PASSWORD" | "SSO";
  userAgent?: string | null;
  ip?: string | null;
}): Promise<{ id: string; expiresAt: Date }> {
  const user = await db().user.findUniqueOrThrow({ where: { id: input.userId }, select: { trustId: true } });
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + SESSION_HOURS * 3_600_000);
  const row = await db().session.create({
    data: {
      createdAt,
      lastSeenAt: createdAt,
      trustId: user.trustId,
      userId: input.userId,
      method: input.method,
      expiresAt,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip ?? null,
    },
    select: { id: true, expiresAt: true },
  });
  return row;
}

export async function revokeSession(sessionId: string, endedBy: EndedBy): Promise<void> {
  await db().session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), endedBy } });
}

/** Ends every live session of a user (but `keep`, the one making the change). */
export async function revokeUserSessions(tx: Tx, userId: string, endedBy: EndedBy, keep?: string): Promise<number> {
  const { count } = await tx.session.updateMany({
    where: { userId, revokedAt: null, expiresAt: { gt: new Date() }, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date(), endedBy },
  });
  return count;
}
