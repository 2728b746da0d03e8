import "server-only";
// The calendar: one session as an .ics for anyone who may see its course, and a person's private feed
// (their booked sessions and their communities' meetings) read by its token alone, since calendar apps
// cannot sign in. A revoked token finds nothing.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { courseVisibleTo } from "../access";

export async function sessionForCalendar(viewer: Viewer, courseId: string, sessionId: string) {
  if (!isId(courseId) || !isId(sessionId)) notFound();
  const s = await db().courseSession.findFirst({ where: { id: sessionId, courseId, trustId: viewer.trustId, course: courseVisibleTo(viewer) }, include: { course: { select: { title: true } } } });
  if (!s) notFound();
  return s;
}

export async function myFeed(viewer: Viewer) {
  requirePermission(viewer, "calendar:feed:own", { trustId: viewer.trustId, staffMemberId: viewer.staff?.id ?? null });
  return db().calendarFeed.findUnique({ where: { staffMemberId: viewer.staff!.id }, select: { token: true, createdAt: true } });
}

const FEED_PAST_DAYS = 90;

/** The feed's events by token: booked (or approval-pending) sessions, a conference's chosen ones, and community meetings. */
export async function feedEvents(token: string) {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({ where: { token }, select: { trustId: true, staffMemberId: true } });
  if (!feed) return null;
  const since = new Date(Date.now() - FEED_PAST_DAYS * 86_400_000);
  const [bookings, meetings] = await Promise.all([
    db().courseBooking.findMany({
      where: { trustId: feed.trustId, staffMemberId: feed.staffMemberId, status: { in: ["BOOKED", "PENDING"] } },
      select: { course: { select: { id: true, title: true, kind: true, sessions: { where: { startsAt: { gte: since } } } } }, choices: { select: { sessionId: true } } },
    }),
    db().meeting.findMany({
      where: { trustId: feed.trustId, startsAt: { gte: since }, community: { memberships: { some: { staffMemberId: feed.staffMemberId } } } },
      select: { id: true, title: true, startsAt: true, durationMinutes: true, location: true, onlineUrl: true, status: true, communityId: true, community: { select: { name: true } } },
    }),
  ]);
  const sessions = bookings.flatMap((b) => {
    const chosen = new Set(b.choices.map((c) => c.sessionId));
    return b.course.sessions
      .filter((s) => b.course.kind !== "CONFERENCE" || chosen.has(s.id))
      .map((s) => ({ uid: `course-session-${s.id}`, title: s.title ? `${b.course.title}: ${s.title}` : b.course.title, startsAt: s.startsAt, durationMinutes: s.durationMinutes, location: [s.venue, s.onlineUrl].filter(Boolean).join(" · "), path: `/programme/${b.course.id}`, cancelled: false }));
  });
  return [
    ...sessions,
    ...meetings.map((m) => ({ uid: `meeting-${m.id}`, title: `${m.community.name}: ${m.title}`, startsAt: m.startsAt, durationMinutes: m.durationMinutes, location: [m.location, m.onlineUrl].filter(Boolean).join(" · "), path: `/communities/${m.communityId}/meetings/${m.id}`, cancelled: m.status === "CANCELLED" })),
  ];
}
