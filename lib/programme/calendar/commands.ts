import "server-only";
// A person's private calendar feed: one secret URL (a random token) a calendar app subscribes to.
// Making a new one replaces the old (so a leaked link stops working); revoking deletes it.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { routes } from "@/lib/routes";

const ownFeed = (viewer: { trustId: string; staff: { id: string } | null }) => Boolean(viewer.staff) && can(viewer as never, "calendar:feed:own", { trustId: viewer.trustId, staffMemberId: viewer.staff?.id });

export const makeFeed = command({
  schema: z.object({}),
  authorize: ownFeed,
  async work(tx, viewer) {
    const staffMemberId = viewer.staff!.id;
    const before = await tx.calendarFeed.findUnique({ where: { staffMemberId }, select: { id: true, createdAt: true } });
    await tx.calendarFeed.deleteMany({ where: { staffMemberId } });
    const feed = await tx.calendarFeed.create({ data: { trustId: viewer.trustId, staffMemberId, token: randomBytes(24).toString("base64url") } });
    // The token is the secret: the audit records that a feed was made, never the token itself.
    return changed("CalendarFeed", feed.id, before ? "calendar.renew" : "calendar.make", { before, after: { id: feed.id, createdAt: feed.createdAt } }, { id: feed.id });
  },
  revalidate: () => [routes.programmeCalendar()],
  success: "Your calendar link is ready: copy it into your calendar app.",
});

export const revokeFeed = command({
  schema: z.object({}),
  authorize: ownFeed,
  async work(tx, viewer) {
    const before = await tx.calendarFeed.findUnique({ where: { staffMemberId: viewer.staff!.id }, select: { id: true, createdAt: true } });
    if (!before) return { data: {}, unchanged: true };
    await tx.calendarFeed.delete({ where: { id: before.id } });
    return changed("CalendarFeed", before.id, "calendar.revoke", { before }, {});
  },
  revalidate: () => [routes.programmeCalendar()],
  success: "Calendar link revoked: calendars subscribed to it get nothing more.",
});
