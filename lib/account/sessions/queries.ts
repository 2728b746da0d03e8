import "server-only";
// What a trust admin sees of people's sessions. Admin only; everyone else gets not found.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { normaliseEmail } from "../sign-in";

/** A person of the viewer's trust and their sessions, newest first (live ones and the last ended). */
export async function userSessions(viewer: Viewer, userId: string) {
  requirePermission(viewer, "trust:admin");
  if (!isId(userId)) notFound();
  const user = await db().user.findFirst({
    where: { id: userId, trustId: viewer.trustId },
    select: { id: true, name: true, email: true, status: true, mfaEnabledAt: true, lastSignInAt: true },
  });
  if (!user) notFound();
  const now = new Date();
  const sessions = await db().session.findMany({
    where: { userId: user.id, trustId: viewer.trustId },
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, method: true, createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, endedBy: true, userAgent: true, ip: true },
  });
  return {
    user,
    sessions: sessions.map((s) => ({ ...s, live: !s.revokedAt && s.expiresAt > now })),
  };
}

/** People with a live session now, most recently active first, optionally matching a name or email. */
export async function signedInPeople(viewer: Viewer, search = "") {
  requirePermission(viewer, "trust:admin");
  const now = new Date();
  const q = search.trim().slice(0, 100);
  const rows = await db().session.groupBy({
    by: ["userId"],
    where: {
      trustId: viewer.trustId,
      revokedAt: null,
      expiresAt: { gt: now },
      ...(q ? { user: { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }] } } : {}),
    },
    _count: { _all: true },
    _max: { lastSeenAt: true },
    orderBy: { _max: { lastSeenAt: "desc" } },
    take: 100,
  });
  const users = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.userId) }, trustId: viewer.trustId },
    select: { id: true, name: true, email: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return rows.flatMap((r) => {
    const user = byId.get(r.userId);
    return user ? [{ ...user, live: r._count._all, lastSeenAt: r._max.lastSeenAt }] : [];
  });
}

/** Any user of the viewer's trust by email (to open their sessions even when none is live). */
export async function findTrustUser(viewer: Viewer, email: string) {
  requirePermission(viewer, "trust:admin");
  const e = normaliseEmail(email);
  if (!e) return null;
  return db().user.findFirst({ where: { trustId: viewer.trustId, email: e }, select: { id: true } });
}
