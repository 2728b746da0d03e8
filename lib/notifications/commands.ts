import "server-only";
// Marking one's own notifications read, and choosing how each kind arrives. Another person's
// notification is "not found", as every out-of-scope record is.
import { z } from "zod";
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { KIND_NAMES } from "./kinds";
import { markReadForm, preferencesForm } from "./schema";
import { routes } from "@/lib/routes";

const own = (viewer: Viewer) => can(viewer, "notification:read:own", { trustId: viewer.trustId, userId: viewer.userId });
const PAGES = [routes.notifications(), routes.home()];

export const markRead = command({
  schema: markReadForm,
  // One of the viewer's own notifications, asked of the registry as the row it is.
  load: (tx, viewer, { id }) => tx.notification.findFirst({ where: { id, userId: viewer.userId, trustId: viewer.trustId }, select: { id: true, trustId: true, userId: true, readAt: true } }),
  authorize: (viewer, _, note) => can(viewer, "notification:read:own", { trustId: note.trustId, userId: note.userId }),
  async work(tx, viewer, { id }, note) {
    if (note.readAt) return { data: { id }, unchanged: true };
    await tx.notification.update({ where: { id }, data: { readAt: new Date() } });
    return changed("Notification", id, "notification.read");
  },
  revalidate: () => PAGES,
  success: "Marked as read.",
});

export const markAllRead = command({
  schema: z.object({}),
  authorize: own,
  async work(tx, viewer) {
    const { count } = await tx.notification.updateMany({ where: { userId: viewer.userId, trustId: viewer.trustId, readAt: null }, data: { readAt: new Date() } });
    if (!count) return { data: { count }, unchanged: true };
    return changed("User", viewer.userId, "notification.read-all", { after: { count } }, { count });
  },
  revalidate: () => PAGES,
  success: "All notifications are marked as read.",
});

export const savePreferences = command({
  schema: preferencesForm,
  authorize: own,
  async work(tx, viewer, input) {
    const before = await tx.notificationPreference.findMany({ where: { userId: viewer.userId } });
    for (const kind of KIND_NAMES) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: viewer.userId, kind } }, create: { trustId: viewer.trustId, userId: viewer.userId, kind, choice: input[kind] }, update: { choice: input[kind] } });
    }
    return changed("User", viewer.userId, "notification.preferences", { before: Object.fromEntries(before.map((p) => [p.kind, p.choice])), after: input });
  },
  revalidate: () => [routes.notificationPreferences()],
  success: "Your choices are saved.",
});
