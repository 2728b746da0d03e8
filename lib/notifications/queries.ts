import "server-only";
// A person's own notifications and preferences: always filtered on the viewer's own sign-in and trust.
import { can, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import type { NotificationChoice } from "@/lib/db/generated/enums";
import { KIND_NAMES, KINDS } from "./kinds";

const own = (viewer: Viewer) => ({ userId: viewer.userId, trustId: viewer.trustId });
export const mayRead = (viewer: Viewer) => can(viewer, "notification:read:own", { trustId: viewer.trustId, userId: viewer.userId });

export const NOTIFICATIONS_PAGE_SIZE = 50;

export async function myNotifications(viewer: Viewer) {
  requirePermission(viewer, "notification:read:own", { trustId: viewer.trustId, userId: viewer.userId });
  return db().notification.findMany({
    where: own(viewer),
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATIONS_PAGE_SIZE,
    select: { id: true, kind: true, title: true, body: true, link: true, createdAt: true, readAt: true },
  });
}

/** The header's count: every page asks, so it is one indexed count. */
export async function unreadCount(viewer: Viewer): Promise<number> {
  if (!mayRead(viewer)) return 0;
  return db().notification.count({ where: { ...own(viewer), readAt: null } });
}

export async function myPreferences(viewer: Viewer): Promise<{ kind: string; label: string; choice: NotificationChoice }[]> {
  requirePermission(viewer, "notification:read:own", { trustId: viewer.trustId, userId: viewer.userId });
  const rows = await db().notificationPreference.findMany({ where: { userId: viewer.userId } });
  const chosen = new Map(rows.map((r) => [r.kind, r.choice]));
  return KIND_NAMES.map((kind) => ({ kind, label: KINDS[kind].label, choice: chosen.get(kind) ?? KINDS[kind].default }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The record a notification of the viewer's points to, or null (another's, unknown, malformed). Only a path inside the portal. */
export async function notificationLink(viewer: Viewer, id: string): Promise<string | null> {
  if (!UUID.test(id) || !mayRead(viewer)) return null;
  const note = await db().notification.findFirst({ where: { id, ...own(viewer) }, select: { link: true } });
  return note && note.link.startsWith("/") && !note.link.startsWith("//") ? note.link : null;
}
