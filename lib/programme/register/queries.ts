import "server-only";
// The register of one session for its organiser (the booked names, ticked as last saved), and a
// head's page: their staff's bookings awaiting approval and their no-shows.
import { notFound } from "next/navigation";
import { canAny, headedSchools, type Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { londonDay, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { bookingsOfHeadedSchools, courseVisibleTo, mayOrganise } from "../access";
import { schoolNames } from "../queries";

export async function sessionRegister(viewer: Viewer, courseId: string, sessionId: string) {
  if (!isId(courseId) || !isId(sessionId)) notFound();
  const session = await db().courseSession.findFirst({ where: { id: sessionId, courseId, trustId: viewer.trustId, course: courseVisibleTo(viewer) }, include: { course: true } });
  if (!session || !mayOrganise(viewer, session.course)) notFound();
  const [booked, recorded, names] = await Promise.all([
    db().courseBooking.findMany({
      where: { courseId, trustId: viewer.trustId, status: "BOOKED", ...(session.course.kind === "CONFERENCE" ? { choices: { some: { sessionId } } } : {}) },
      select: { staffMemberId: true, schoolId: true, staffMember: { select: { firstName: true, lastName: true, jobTitle: true } } },
    }),
    db().sessionAttendance.findMany({ where: { sessionId, trustId: viewer.trustId }, select: { staffMemberId: true, attended: true } }),
    schoolNames(viewer.trustId),
  ]);
  const marked = new Map(recorded.map((r) => [r.staffMemberId, r.attended]));
  const people = booked
    .map((b) => ({ id: b.staffMemberId, name: `${b.staffMember.firstName} ${b.staffMember.lastName}`, school: names.get(b.schoolId) ?? "", present: marked.get(b.staffMemberId) ?? false }))
    .sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
  return {
    course: { id: session.course.id, title: session.course.title, places: session.course.places },
    session: { id: session.id, title: session.title, startsAt: session.startsAt, durationMinutes: session.durationMinutes, venue: session.venue },
    open: session.course.status === "PUBLISHED" && londonDay(session.startsAt) <= londonToday(),
    taken: recorded.length > 0,
    people,
    noShows: people.filter((p) => recorded.length > 0 && !p.present).map((p) => p.name),
  };
}

/** A head's approvals: bookings by their staff awaiting a decision, and their staff's no-shows this academic year. */
export async function approvals(viewer: Viewer) {
  if (!canAny(viewer, "booking:approve")) notFound();
  const scope = bookingsOfHeadedSchools(viewer);
  const [pending, absent, names] = await Promise.all([
    db().courseBooking.findMany({
      where: { ...scope, status: "PENDING" },
      select: { id: true, schoolId: true, staffMemberId: true, createdAt: true, staffMember: { select: { firstName: true, lastName: true, jobTitle: true } }, course: { select: { id: true, title: true, sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" }, take: 1 } } } },
      orderBy: { createdAt: "asc" },
      take: 200,
    }),
    db().sessionAttendance.findMany({
      where: { trustId: viewer.trustId, attended: false, session: { startsAt: { gte: new Date(Date.now() - 365 * 86_400_000) } }, ...(await staffOfScope(viewer)) },
      select: { staffMemberId: true, session: { select: { startsAt: true, title: true, course: { select: { id: true, title: true } } } } },
      orderBy: { session: { startsAt: "desc" } },
      take: 200,
    }),
    schoolNames(viewer.trustId),
  ]);
  const people = new Map((await db().staffMember.findMany({ where: { id: { in: absent.map((a) => a.staffMemberId) }, trustId: viewer.trustId }, select: { id: true, firstName: true, lastName: true, schoolId: true } })).map((p) => [p.id, p]));
  return {
    pending: pending.map((b) => ({ id: b.id, name: `${b.staffMember.firstName} ${b.staffMember.lastName}`, jobTitle: b.staffMember.jobTitle, school: names.get(b.schoolId) ?? "", own: b.staffMemberId === viewer.staff?.id, courseId: b.course.id, course: b.course.title, firstStart: b.course.sessions[0]?.startsAt ?? null })),
    noShows: absent.map((a) => {
      const p = people.get(a.staffMemberId);
      return { name: p ? `${p.firstName} ${p.lastName}` : "", school: p ? names.get(p.schoolId) ?? "" : "", courseId: a.session.course.id, course: a.session.title ? `${a.session.course.title}: ${a.session.title}` : a.session.course.title, at: a.session.startsAt };
    }),
  };
}

/** The staff whose no-shows the viewer sees: those of the schools they head (the whole trust's for the trust admin). */
async function staffOfScope(viewer: Viewer): Promise<{ staffMemberId?: { in: string[] } }> {
  const schools = headedSchools(viewer);
  if (schools === "all") return {};
  const rows = await db().staffMember.findMany({ where: { trustId: viewer.trustId, schoolId: { in: schools } }, select: { id: true } });
  return { staffMemberId: { in: rows.map((r) => r.id) } };
}
