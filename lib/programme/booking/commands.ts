import "server-only";
// Booking a place. The course row is locked while its places are counted, so concurrent bookers take
// turns and a course never holds more than its places: once full, a booker who accepts the waiting list
// queues; a cancellation, a decline or a lapsed offer hands the place to the first in line, who has 48
// hours to accept (lib/programme/mutations.ts). A course needing approval waits for the booker's head.
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { londonToday } from "@/lib/dates";
import { notifyBooking } from "@/lib/notifications/events/programme";
import { routes } from "@/lib/routes";
import { bookingsOfHeadedSchools, mayBook } from "../access";
import { visibleCourse } from "../commands";
import { lockCourse, offerFreePlaces, placesHeld } from "../mutations";
import { ACTIVE, bookingClosed, HOLDS_PLACE } from "../rules";
import { bookingIdSchema, bookSchema, decideSchema } from "../schema";
import { takingTurns } from "./turns";

const pages = (courseId: string) => [routes.programme(), routes.course(courseId), routes.programmeApprovals(), routes.home()];

/** Conferences: exactly one chosen session in each slot; other kinds book every session. */
function chosenSessions(course: { kind: string; sessions: { id: string; slot: number }[] }, chosen: string[]) {
  if (course.kind !== "CONFERENCE") return [];
  const byId = new Map(course.sessions.map((s) => [s.id, s]));
  const picked = [...new Set(chosen)].map((id) => byId.get(id));
  if (picked.some((s) => !s)) throw fieldError("sessions", "Choose sessions of this conference.");
  const slots = new Set(course.sessions.map((s) => s.slot));
  const per = new Map<number, number>();
  for (const s of picked) per.set(s!.slot, (per.get(s!.slot) ?? 0) + 1);
  if ([...per.values()].some((n) => n > 1)) throw fieldError("sessions", "Choose one session in each slot, not two at the same time.");
  if (per.size !== slots.size) throw fieldError("sessions", "Choose one session in every slot.");
  return picked.map((s) => ({ sessionId: s!.id, slot: s!.slot }));
}

const TWICE = "You already have a booking on this course.";

const courseKey = (raw: unknown) => String((raw as { courseId?: unknown } | null)?.courseId ?? "");

export const book = takingTurns(command({
  schema: bookSchema,
  load: (tx, viewer, input) => visibleCourse(tx, viewer, input.courseId),
  authorize: (viewer, _, course) => course.status === "PUBLISHED" && mayBook(viewer),
  async work(tx, viewer, input, course) {
    const now = new Date();
    const staff = viewer.staff!;
    const closed = bookingClosed(course, course.sessions[0]?.startsAt ?? null, now, londonToday(now));
    if (closed) throw fieldError("courseId", closed);
    const choices = chosenSessions(course, input.sessions);
    // Locked only now, after the checks that need no count: concurrent bookers queue for as short a time as can be.
    await lockCourse(tx, viewer.trustId, course.id);
    const existing = await tx.courseBooking.findUnique({ where: { courseId_staffMemberId: { courseId: course.id, staffMemberId: staff.id } } });
    if (existing && ACTIVE.includes(existing.status)) throw fieldError("courseId", TWICE);
    const full = (await placesHeld(tx, course.id)) >= course.places;
    if (full && !input.waitlist) throw fieldError("waitlist", "The course is full: join the waiting list to be offered the next free place.");
    const status: BookingStatus = full ? "WAITING" : course.needsApproval ? "PENDING" : "BOOKED";
    const values = { status, schoolId: staff.schoolId, queuedAt: now, reason: null, decidedById: null, decidedAt: null, offerExpiresAt: null };
    const booking = existing
      ? await tx.courseBooking.update({ where: { id: existing.id }, data: values })
      : await tx.courseBooking.create({ data: { trustId: viewer.trustId, courseId: course.id, staffMemberId: staff.id, ...values } });
    await tx.bookingSession.deleteMany({ where: { bookingId: booking.id } });
    if (choices.length) await tx.bookingSession.createMany({ data: choices.map((c) => ({ trustId: viewer.trustId, bookingId: booking.id, ...c })) });
    if (status === "BOOKED") await notifyBooking(tx, booking, "confirmed", now);
    if (status === "PENDING") await notifyBooking(tx, booking, "awaiting-approval", now);
    return changed("CourseBooking", booking.id, "booking.create", { before: existing, after: { ...booking, choices } }, { courseId: course.id, status });
  },
  // The same person booking twice at once: the second meets the unique (course, person) key.
  onError: (error) => {
    if ((error as { code?: string }).code === "P2002") throw fieldError("courseId", TWICE);
  },
  revalidate: (_, data) => pages(data.courseId),
  success: (data) =>
    data.status === "WAITING" ? "The course is full: you are on the waiting list, and will be offered the next free place."
    : data.status === "PENDING" ? "Booked, awaiting your head's approval."
    : "Your place is booked.",
}), courseKey);

/** The viewer's own booking, found with its course locked (a cancellation frees a place to offer). */
async function ownBooking(tx: Tx, viewer: Viewer, bookingId: string) {
  const found = await tx.courseBooking.findFirst({ where: { id: bookingId, trustId: viewer.trustId, staffMemberId: viewer.staff?.id ?? "" }, select: { courseId: true } });
  if (!found) return null;
  await lockCourse(tx, viewer.trustId, found.courseId);
  return tx.courseBooking.findUnique({ where: { id: bookingId }, include: { course: { include: { sessions: { orderBy: { startsAt: "asc" }, take: 1 } } } } });
}

const ownsBooking = (viewer: Viewer, _: unknown, b: { trustId: string; staffMemberId: string }) => can(viewer, "course:book:own", b);

export const cancelBooking = command({
  schema: bookingIdSchema,
  load: (tx, viewer, input) => ownBooking(tx, viewer, input.bookingId),
  authorize: ownsBooking,
  async work(tx, _viewer, _input, { course, ...booking }) {
    const data = { courseId: course.id };
    if (!ACTIVE.includes(booking.status)) return { data, unchanged: true };
    const now = new Date();
    if ((course.sessions[0]?.startsAt ?? now) <= now) throw new AppError("CONFLICT", "The course has started: ask its organiser to mark you absent instead.");
    await tx.courseBooking.update({ where: { id: booking.id }, data: { status: "CANCELLED", offerExpiresAt: null } });
    const offers = HOLDS_PLACE.includes(booking.status) ? await offerFreePlaces(tx, course.id, now) : [];
    return { data, audit: [{ action: "booking.cancel", entity: "CourseBooking", entityId: booking.id, before: { status: booking.status }, after: { status: "CANCELLED" } }, ...offers] };
  },
  revalidate: (_, data) => pages(data.courseId),
  success: "Booking cancelled.",
});

export const acceptOffer = command({
  schema: bookingIdSchema,
  load: (tx, viewer, input) => ownBooking(tx, viewer, input.bookingId),
  authorize: ownsBooking,
  async work(tx, _viewer, _input, { course, ...booking }) {
    const now = new Date();
    if (booking.status !== "OFFERED" || !booking.offerExpiresAt || booking.offerExpiresAt <= now) {
      throw fieldError("bookingId", "This offer has lapsed: the place has passed to the next in line.");
    }
    const status: BookingStatus = course.needsApproval ? "PENDING" : "BOOKED";
    const after = await tx.courseBooking.update({ where: { id: booking.id }, data: { status, offerExpiresAt: null } });
    await notifyBooking(tx, after, status === "BOOKED" ? "confirmed" : "awaiting-approval", now);
    return changed("CourseBooking", booking.id, "booking.acceptOffer", { before: { status: booking.status }, after: { status } }, { courseId: course.id, status });
  },
  revalidate: (_, data) => pages(data.courseId),
  success: (data) => (data.status === "PENDING" ? "Place accepted, awaiting your head's approval." : "Place accepted: you are booked."),
});

export const decideBooking = command({
  schema: decideSchema,
  load: async (tx, viewer, input) => {
    const found = await tx.courseBooking.findFirst({ where: { id: input.bookingId, ...bookingsOfHeadedSchools(viewer) }, select: { courseId: true } });
    if (!found) return null;
    await lockCourse(tx, viewer.trustId, found.courseId);
    return tx.courseBooking.findUnique({ where: { id: input.bookingId } });
  },
  authorize: (viewer, _, b) => can(viewer, "booking:approve", b),
  async work(tx, viewer, input, booking) {
    const data = { courseId: booking.courseId };
    if (booking.status !== "PENDING") throw fieldError("decision", "This booking is no longer awaiting approval.");
    if (booking.staffMemberId === viewer.staff?.id) throw fieldError("decision", "Your own bookings are approved by the trust, not by you.");
    const now = new Date();
    const approve = input.decision === "approve";
    const after = await tx.courseBooking.update({
      where: { id: booking.id },
      data: { status: approve ? "BOOKED" : "DECLINED", reason: input.reason, decidedById: viewer.userId, decidedAt: now },
    });
    await notifyBooking(tx, after, approve ? "approved" : "declined", now);
    const offers = approve ? [] : await offerFreePlaces(tx, booking.courseId, now);
    return { data, audit: [{ action: approve ? "booking.approve" : "booking.decline", entity: "CourseBooking", entityId: booking.id, before: { status: "PENDING" }, after: { status: after.status, reason: after.reason } }, ...offers] };
  },
  revalidate: (_, data) => pages(data.courseId),
  success: (_, input) => (input.decision === "approve" ? "Booking approved." : "Booking declined: the reason is sent to them."),
});
