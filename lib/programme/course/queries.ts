import "server-only";
// One course as the viewer may see it: its sessions and places left, the viewer's own booking and
// whether they may book, rate or cancel; for its organiser the bookings by name and each register's count.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { londonDay, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { courseVisibleTo, mayBook, mayOrganise } from "../access";
import { ACTIVE, availability, bookingClosed } from "../rules";
import { placesOf, schoolNames } from "../queries";

export async function courseDetail(viewer: Viewer, courseId: string) {
  if (!isId(courseId)) notFound();
  const course = await db().course.findFirst({ where: { id: courseId, ...courseVisibleTo(viewer) }, include: { sessions: { orderBy: [{ startsAt: "asc" }, { slot: "asc" }] } } });
  if (!course) notFound();
  const organise = mayOrganise(viewer, course);
  const staffId = viewer.staff?.id;
  const now = new Date();
  const [held, names, mine, attended, feedback, owner] = await Promise.all([
    placesOf([course.id]),
    schoolNames(viewer.trustId),
    staffId ? db().courseBooking.findUnique({ where: { courseId_staffMemberId: { courseId: course.id, staffMemberId: staffId } }, include: { choices: { select: { sessionId: true } } } }) : null,
    staffId ? db().sessionAttendance.count({ where: { trustId: viewer.trustId, staffMemberId: staffId, attended: true, session: { courseId: course.id } } }) : 0,
    staffId ? db().courseFeedback.findUnique({ where: { courseId_staffMemberId: { courseId: course.id, staffMemberId: staffId } } }) : null,
    course.communityId ? db().community.findFirst({ where: { id: course.communityId, trustId: viewer.trustId }, select: { name: true } }).then((c) => c?.name ?? "") : null,
  ]);
  const { taken, waiting } = held(course.id);
  const closed = bookingClosed(course, course.sessions[0]?.startsAt ?? null, now, londonToday(now));
  const active = mine && ACTIVE.includes(mine.status) ? mine : null;
  return {
    id: course.id, title: course.title, description: course.description, strand: course.strand, kind: course.kind, status: course.status,
    careerStages: course.careerStages, categories: course.categories, phases: course.phases, places: course.places,
    needsApproval: course.needsApproval, bookingDeadline: course.bookingDeadline,
    provider: (course.providerSchoolId ? names.get(course.providerSchoolId) : course.providerName) ?? "",
    runBy: owner ?? (course.ownerSchoolId ? names.get(course.ownerSchoolId) ?? "" : "The trust"),
    sessions: course.sessions.map((s) => ({ ...s, past: s.startsAt <= now, registerOpen: londonDay(s.startsAt) <= londonToday(now) })),
    availability: availability(course.places, taken, waiting),
    closed,
    organise,
    booking: mine ? { id: mine.id, status: mine.status, reason: mine.reason, offerExpiresAt: mine.offerExpiresAt, sessions: mine.choices.map((c) => c.sessionId) } : null,
    canBook: course.status === "PUBLISHED" && mayBook(viewer) && !closed && !active,
    canCancel: Boolean(active) && !(course.sessions[0] && course.sessions[0].startsAt <= now),
    canRate: attended > 0,
    feedback: feedback ? { rating: feedback.rating, willTry: feedback.willTry } : null,
    bookings: organise ? await bookingsOf(viewer, course.id, names) : [],
  };
}

/** The organiser's list: everyone with a booking, by status then name. */
async function bookingsOf(viewer: Viewer, courseId: string, names: Map<string, string>) {
  const rows = await db().courseBooking.findMany({
    where: { trustId: viewer.trustId, courseId },
    select: { id: true, status: true, queuedAt: true, schoolId: true, staffMember: { select: { firstName: true, lastName: true, jobTitle: true } }, choices: { select: { session: { select: { title: true } } } } },
    orderBy: [{ queuedAt: "asc" }],
  });
  return rows.map((b) => ({
    id: b.id, status: b.status, name: `${b.staffMember.firstName} ${b.staffMember.lastName}`, jobTitle: b.staffMember.jobTitle,
    school: names.get(b.schoolId) ?? "", sessions: b.choices.map((c) => c.session.title ?? "").filter(Boolean),
  }));
}

/** A course's values for its edit form, for its organiser only. */
export async function courseForEdit(viewer: Viewer, courseId: string) {
  if (!isId(courseId)) notFound();
  const c = await db().course.findFirst({ where: { id: courseId, ...courseVisibleTo(viewer) } });
  if (!c || !mayOrganise(viewer, c)) notFound();
  return {
    id: c.id, title: c.title,
    values: {
      title: c.title, description: c.description, strand: c.strand, kind: c.kind, careerStages: c.careerStages.join("\n"), categories: c.categories.join("\n"), phases: c.phases.join("\n"),
      providerSchoolId: c.providerSchoolId ?? "", providerName: c.providerName ?? "", places: String(c.places), needsApproval: c.needsApproval ? "on" : "",
      bookingDeadline: c.bookingDeadline ? c.bookingDeadline.toISOString().slice(0, 10) : "",
    },
  };
}
