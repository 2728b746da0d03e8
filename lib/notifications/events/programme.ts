// The CPD programme (lib/programme): bookings confirmed, awaiting approval, approved or declined; a
// waiting-list place offered; the six-week follow-up. The booker opens the course (course:view); a head
// opens their approvals (booking:approve). Texts name the course, which both read there.
import type { Tx } from "@/lib/db/client";
import { formatDateTime } from "@/lib/dates";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

type Booking = { id: string; trustId: string; courseId: string; staffMemberId: string; schoolId: string; reason?: string | null; offerExpiresAt?: Date | null };

async function parts(tx: Tx, b: Booking) {
  const [course, person] = await Promise.all([
    tx.course.findFirst({ where: { id: b.courseId, trustId: b.trustId }, select: { title: true } }),
    tx.staffMember.findFirst({ where: { id: b.staffMemberId, trustId: b.trustId }, select: { userId: true, firstName: true, lastName: true } }),
  ]);
  return { title: course?.title ?? "a course", userId: person?.userId, name: person ? `${person.firstName} ${person.lastName}` : "A member of staff" };
}

export type BookingEvent = "confirmed" | "awaiting-approval" | "approved" | "declined" | "offered";

export async function notifyBooking(tx: Tx, b: Booking, event: BookingEvent, now = new Date()) {
  const { title, userId, name } = await parts(tx, b);
  if (event === "awaiting-approval") {
    const heads = await tx.roleAssignment.findMany({ where: { trustId: b.trustId, role: "HEADTEACHER", schoolId: b.schoolId }, select: { userId: true } });
    await notify(tx, {
      trustId: b.trustId, userIds: heads.map((h) => h.userId), kind: "booking.awaiting-approval", now,
      title: `Approval needed: ${name}, ${title}`, body: "Approve or decline the booking; a decline needs a reason.", link: routes.programmeApprovals(),
    });
    return;
  }
  const texts: Record<Exclude<BookingEvent, "awaiting-approval">, { title: string; body: string }> = {
    confirmed: { title: `Booked: ${title}`, body: "Your place is booked. Add the sessions to your calendar from the course page." },
    approved: { title: `Approved: ${title}`, body: "Your head approved the booking: your place is booked." },
    declined: { title: `Declined: ${title}`, body: `Your head's reason: ${b.reason ?? "none given"}` },
    offered: { title: `A place is free: ${title}`, body: `Accept it by ${b.offerExpiresAt ? formatDateTime(b.offerExpiresAt) : "the deadline"}, or it passes to the next in line.` },
  };
  await notify(tx, { trustId: b.trustId, userIds: [userId], kind: `booking.${event}`, now, ...texts[event], link: routes.course(b.courseId), dedupeKey: event === "offered" ? `booking.offered:${b.id}:${b.offerExpiresAt?.getTime()}` : undefined });
}

export async function notifyFollowUp(tx: Tx, f: { id: string; trustId: string; staffMemberId: string; title: string }, now = new Date()) {
  const person = await tx.staffMember.findFirst({ where: { id: f.staffMemberId, trustId: f.trustId }, select: { userId: true } });
  await notify(tx, {
    scheduled: true,
    trustId: f.trustId, userIds: [person?.userId], kind: "programme.follow-up", now,
    title: `Six weeks on: ${f.title}`, body: "What did you change in your practice, and what did you see in pupils? Two short questions.",
    link: routes.followUp(f.id), dedupeKey: `programme.follow-up:${f.id}`,
  });
}
