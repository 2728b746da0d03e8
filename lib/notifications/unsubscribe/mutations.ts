import "server-only";
// One-click unsubscribe (RFC 8058): the token in an email's link, no sign-in. A valid token turns that
// kind (or, from a digest, everything the person gets weekly) to "only in the portal" at once and is
// spent; an unknown, forged or spent token changes nothing, and the page says which.
import { db } from "@/lib/db/client";
import { isKind, KIND_NAMES, KINDS } from "../kinds";
import { choicesOf, hashToken } from "../mutations";

export type UnsubscribeOutcome = { outcome: "done"; what: string } | { outcome: "used" } | { outcome: "invalid" };

const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

const describe = (kind: string) => (kind === "digest" ? "the weekly digest" : isKind(kind) ? `“${KINDS[kind].label}”` : "these emails");

/** What a link would do, for the page that asks before doing it (a mail scanner's GET changes nothing). */
export async function checkUnsubscribe(token: string): Promise<UnsubscribeOutcome> {
  if (!TOKEN.test(token)) return { outcome: "invalid" };
  const row = await db().unsubscribeToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row) return { outcome: "invalid" };
  return row.usedAt ? { outcome: "used" } : { outcome: "done", what: describe(row.kind) };
}

export async function unsubscribe(token: string, now = new Date()): Promise<UnsubscribeOutcome> {
  if (!TOKEN.test(token)) return { outcome: "invalid" };
  const tokenHash = hashToken(token);
  const row = await db().unsubscribeToken.findUnique({ where: { tokenHash } });
  if (!row) return { outcome: "invalid" };
  const user = await db().user.findUnique({ where: { id: row.userId }, select: { trustId: true } });
  if (!user) return { outcome: "invalid" };
  const choice = await choicesOf([row.userId]);
  const kinds = row.kind === "digest" ? KIND_NAMES.filter((k) => choice(row.userId, k) === "DIGEST") : [row.kind];
  return db().$transaction(async (tx) => {
    // Spent in the same statement that checks it, so two clicks at once change things once.
    const spent = await tx.unsubscribeToken.updateMany({ where: { tokenHash, usedAt: null }, data: { usedAt: now } });
    if (!spent.count) return { outcome: "used" as const };
    for (const kind of kinds) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: row.userId, kind } }, create: { trustId: row.trustId, userId: row.userId, kind, choice: "PORTAL_ONLY" }, update: { choice: "PORTAL_ONLY" } });
    }
    await tx.auditLog.create({
      data: { trustId: user.trustId, actorUserId: row.userId, action: "notification.unsubscribe", entity: "User", entityId: row.userId, after: { kinds, choice: "PORTAL_ONLY" } },
    });
    return { outcome: "done" as const, what: describe(row.kind) };
  });
}
