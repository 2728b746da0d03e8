import "server-only";
// Writes shared by the programme's commands, its jobs and the seed: locking a course while its places
// are counted, offering a freed place to the first in line (48 hours, with a delayed job at the
// deadline), lapsing an unaccepted offer, and asking the six-week follow-up. The jobs take `now` from
// pg-boss (lib/jobs), so tests pass the time instead of waiting for it.
import type { AuditEntry } from "@/lib/commands/command";
import { db, type Tx } from "@/lib/db/client";
import { enqueue } from "@/lib/jobs/enqueue";
import { notifyBooking, notifyFollowUp } from "@/lib/notifications/events/programme";
import { londonToday } from "@/lib/dates";
import { FOLLOW_UP_MIN_MINUTES, FOLLOW_UP_WEEKS } from "./labels";
import { followUpDue, HOLDS_PLACE, offerExpiry } from "./rules";

/**
 * The course row, locked: bookings, cancellations and offers of one course take turns, so the count of
 * places held is never read by two writers at once (no overbooking under concurrency).
 */
export async function lockCourse(tx: Tx, trustId: string, courseId: string) {
  await tx.$executeRaw`SELECT 1 FROM "Course" WHERE id = ${courseId}::uuid AND "trustId" = ${trustId}::uuid FOR UPDATE`;
}

export const placesHeld = (tx: Tx, courseId: string) => tx.courseBooking.count({ where: { courseId, status: { in: HOLDS_PLACE } } });

/** While a place is free and someone waits, the first in line is offered it. Call with the course locked. */
export async function offerFreePlaces(tx: Tx, courseId: string, now: Date): Promise<AuditEntry[]> {
  const course = await tx.course.findUniqueOrThrow({ where: { id: courseId }, select: { trustId: true, places: true, sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" }, take: 1 } } });
  const first = course.sessions[0]?.startsAt;
  if (!first || first <= now) return [];
  const free = course.places - (await placesHeld(tx, courseId));
  if (free <= 0) return [];
  const next = await tx.courseBooking.findMany({ where: { courseId, status: "WAITING" }, orderBy: [{ queuedAt: "asc" }, { id: "asc" }], take: free });
  const audit: AuditEntry[] = [];
  for (const b of next) {
    const offerExpiresAt = offerExpiry(now);
    await tx.courseBooking.update({ where: { id: b.id }, data: { status: "OFFERED", offerExpiresAt } });
    await enqueue(tx, "programme.offer-expire", { trustId: b.trustId, bookingId: b.id }, { startAfter: offerExpiresAt });
    await notifyBooking(tx, { ...b, offerExpiresAt }, "offered", now);
    audit.push({ action: "booking.offer", entity: "CourseBooking", entityId: b.id, before: { status: "WAITING" }, after: { status: "OFFERED", offerExpiresAt } });
  }
  return audit;
}

const json = (key: "before" | "after", value: unknown) => (value === undefined ? {} : { [key]: JSON.parse(JSON.stringify(value)) as object });

/** The jobs' own audit entries: no viewer, so no actor. */
async function audited(tx: Tx, trustId: string, entries: AuditEntry[]) {
  if (!entries.length) return;
  await tx.auditLog.createMany({
    data: entries.map((e) => ({ trustId, actorUserId: null, action: e.action, entity: e.entity, entityId: e.entityId, ...json("before", e.before), ...json("after", e.after) })),
  });
}

/** The job at an offer's deadline: still unaccepted, the offer lapses and the place goes to the next in line. */
export async function expireOffer(trustId: string, bookingId: string, now: Date) {
  return db().$transaction(async (tx: Tx) => {
    const booking = await tx.courseBooking.findFirst({ where: { id: bookingId, trustId }, select: { courseId: true } });
    if (!booking) return { expired: false };
    await lockCourse(tx, trustId, booking.courseId);
    const row = await tx.courseBooking.findUniqueOrThrow({ where: { id: bookingId } });
    if (row.status !== "OFFERED" || !row.offerExpiresAt || row.offerExpiresAt > now) return { expired: false };
    await tx.courseBooking.update({ where: { id: bookingId }, data: { status: "CANCELLED", reason: "The offer was not accepted within 48 hours.", offerExpiresAt: null } });
    const offers = await offerFreePlaces(tx, row.courseId, now);
    await audited(tx, trustId, [{ action: "booking.offerLapsed", entity: "CourseBooking", entityId: bookingId, before: { status: "OFFERED" }, after: { status: "CANCELLED" } }, ...offers]);
    return { expired: true, offered: offers.length };
  });
}

/** The six-week job: asks once (askedAt), and not before it is due. */
export async function askFollowUp(trustId: string, followUpId: string, now: Date) {
  return db().$transaction(async (tx: Tx) => {
    const claimed = await tx.impactFollowUp.updateMany({ where: { id: followUpId, trustId, askedAt: null, answeredAt: null, dueAt: { lte: now } }, data: { askedAt: now } });
    if (claimed.count === 0) return { asked: false };
    const f = await tx.impactFollowUp.findUniqueOrThrow({ where: { id: followUpId } });
    await notifyFollowUp(tx, f, now);
    return { asked: true };
  });
}

const DAY = 86_400_000;

/**
 * Hourly: whatever a delayed job missed (a worker down at the deadline) is caught up, and logged
 * activities of more than three hours that ended six weeks ago get their follow-up (a week's window,
 * so a missed day is caught up too). Each step is keyed, so a rerun adds nothing.
 */
export async function programmeSweep(now: Date) {
  const lapsed = await db().courseBooking.findMany({ where: { status: "OFFERED", offerExpiresAt: { lte: now } }, select: { id: true, trustId: true } });
  for (const b of lapsed) await expireOffer(b.trustId, b.id, now);

  const today = londonToday(now);
  const ended = await db().cpdActivity.findMany({
    where: {
      minutes: { gt: FOLLOW_UP_MIN_MINUTES }, courseSessionId: null, meetingId: null, status: { in: ["SUBMITTED", "VERIFIED"] },
      endDate: { lte: new Date(today.getTime() - FOLLOW_UP_WEEKS * 7 * DAY), gte: new Date(today.getTime() - (FOLLOW_UP_WEEKS + 1) * 7 * DAY) },
    },
    select: { id: true, trustId: true, staffMemberId: true, title: true, endDate: true },
  });
  if (ended.length) {
    await db().impactFollowUp.createMany({
      data: ended.map((a) => ({ trustId: a.trustId, staffMemberId: a.staffMemberId, activityId: a.id, title: a.title, dueAt: followUpDue(a.endDate) })),
      skipDuplicates: true,
    });
  }
  const due = await db().impactFollowUp.findMany({ where: { askedAt: null, answeredAt: null, dueAt: { lte: now } }, select: { id: true, trustId: true } });
  let asked = 0;
  for (const f of due) if ((await askFollowUp(f.trustId, f.id, now)).asked) asked++;
  return { lapsed: lapsed.length, asked };
}
