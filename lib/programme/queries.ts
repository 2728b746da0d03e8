import "server-only";
// Reads of the programme, always through the where-builders (./access.ts): the programme page with
// places left and the viewer's own bookings, one course with what the viewer may do on it, and the
// options of the course form.
import { notFound } from "next/navigation";
import { canAny, headedSchools, isTrustAdmin, ledCommunities, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import type { BookingStatus } from "@/lib/db/generated/enums";
import { fromIsoDay, startOfLondonDay } from "@/lib/dates";
import { courseVisibleTo, mayBook, mayPublishAny, readsImpactNames } from "./access";
import { availability, HOLDS_PLACE, suits } from "./rules";
import type { ProgrammeFilter } from "./schema";

/** Held places and waiting counts of these courses, from one grouped read. */
export async function placesOf(courseIds: string[]) {
  const rows = courseIds.length ? await db().courseBooking.groupBy({ by: ["courseId", "status"], where: { courseId: { in: courseIds }, status: { in: [...HOLDS_PLACE, "WAITING"] } }, _count: { _all: true } }) : [];
  const held = new Map<string, { taken: number; waiting: number }>();
  for (const r of rows) {
    const c = held.get(r.courseId) ?? { taken: 0, waiting: 0 };
    if (r.status === "WAITING") c.waiting += r._count._all;
    else c.taken += r._count._all;
    held.set(r.courseId, c);
  }
  return (id: string) => held.get(id) ?? { taken: 0, waiting: 0 };
}

/** The viewer's career stage, category and school phase, for "suitable for me". */
const personOf = (viewer: Viewer) =>
  viewer.staff
    ? db().staffMember.findFirst({ where: { id: viewer.staff.id, trustId: viewer.trustId }, select: { careerStage: true, category: true, school: { select: { phase: true } } } })
    : Promise.resolve(null);

function monthRange(month: string) {
  const start = fromIsoDay(`${month}-01`);
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return { gte: start, lt: end };
}

/** The programme: courses still to come (or of the month asked), filtered, each with its places left and the viewer's booking. */
export async function programme(viewer: Viewer, filter: ProgrammeFilter) {
  requirePermission(viewer, "course:view");
  const from = startOfLondonDay();
  const sessionWhere = filter.month ? { startsAt: monthRange(filter.month) } : { startsAt: { gte: from } };
  const courses = await db().course.findMany({
    where: {
      ...courseVisibleTo(viewer),
      ...(filter.strand ? { strand: filter.strand } : {}),
      ...(filter.stage ? { OR: [{ careerStages: { has: filter.stage } }, { careerStages: { isEmpty: true } }] } : {}),
      ...(filter.category ? { AND: [{ OR: [{ categories: { has: filter.category } }, { categories: { isEmpty: true } }] }] } : {}),
      sessions: { some: sessionWhere },
    },
    select: {
      id: true, title: true, strand: true, kind: true, status: true, places: true, needsApproval: true, bookingDeadline: true,
      careerStages: true, categories: true, phases: true, providerName: true, providerSchoolId: true,
      sessions: { select: { startsAt: true, durationMinutes: true }, orderBy: { startsAt: "asc" } },
    },
    take: 300,
  });
  const person = filter.mine ? await personOf(viewer) : null;
  const shown = filter.mine && person ? courses.filter((c) => suits(c, { careerStage: person.careerStage, category: person.category, phase: person.school.phase })) : courses;
  const ids = shown.map((c) => c.id);
  const [held, names, mine] = await Promise.all([
    placesOf(ids),
    schoolNames(viewer.trustId),
    viewer.staff ? db().courseBooking.findMany({ where: { trustId: viewer.trustId, staffMemberId: viewer.staff.id, courseId: { in: ids } }, select: { courseId: true, status: true } }) : [],
  ]);
  const myStatus = new Map<string, BookingStatus>(mine.map((b) => [b.courseId, b.status]));
  return {
    canPublish: mayPublishAny(viewer),
    canApprove: canAny(viewer, "booking:approve"),
    canSeeImpact: readsImpactNames(viewer),
    canBook: mayBook(viewer),
    courses: shown
      .map((c) => {
        const { taken, waiting } = held(c.id);
        return {
          id: c.id, title: c.title, strand: c.strand, kind: c.kind, draft: c.status === "DRAFT", needsApproval: c.needsApproval,
          provider: (c.providerSchoolId ? names.get(c.providerSchoolId) : c.providerName) ?? "",
          firstStart: c.sessions[0]?.startsAt ?? null, sessions: c.sessions.length,
          minutes: c.sessions.reduce((sum, s) => sum + s.durationMinutes, 0),
          availability: availability(c.places, taken, waiting),
          myBooking: myStatus.get(c.id) ?? null,
        };
      })
      .sort((a, b) => (a.firstStart?.getTime() ?? 0) - (b.firstStart?.getTime() ?? 0)),
  };
}

/** The viewer's own bookings still to come and their follow-ups waiting for an answer. */
export async function myProgramme(viewer: Viewer) {
  if (!viewer.staff) return { bookings: [], followUps: [] };
  const [bookings, followUps] = await Promise.all([
    db().courseBooking.findMany({
      where: { trustId: viewer.trustId, staffMemberId: viewer.staff.id, status: { in: ["PENDING", "BOOKED", "WAITING", "OFFERED"] }, course: { sessions: { some: { startsAt: { gte: startOfLondonDay() } } } } },
      select: { id: true, status: true, offerExpiresAt: true, course: { select: { id: true, title: true, sessions: { select: { startsAt: true }, orderBy: { startsAt: "asc" }, take: 1 } } } },
      orderBy: { createdAt: "asc" },
    }),
    pendingFollowUps(viewer),
  ]);
  return { bookings: bookings.map((b) => ({ id: b.id, status: b.status, offerExpiresAt: b.offerExpiresAt, courseId: b.course.id, title: b.course.title, firstStart: b.course.sessions[0]?.startsAt ?? null })), followUps };
}

/** Follow-ups asked of the viewer and not yet answered (the programme page and the home page). */
export const pendingFollowUps = (viewer: Viewer) =>
  viewer.staff
    ? db().impactFollowUp.findMany({ where: { trustId: viewer.trustId, staffMemberId: viewer.staff.id, answeredAt: null, askedAt: { not: null } }, select: { id: true, title: true, dueAt: true }, orderBy: { dueAt: "asc" }, take: 20 })
    : Promise.resolve([]);

/** Whose course the viewer may write: the trust (the trust admin), schools they head, communities they lead; and the trust's schools as providers. */
export async function courseFormOptions(viewer: Viewer) {
  if (!mayPublishAny(viewer)) notFound();
  const heads = headedSchools(viewer);
  const leads = ledCommunities(viewer);
  const [schools, communities] = await Promise.all([
    db().school.findMany({ where: { trustId: viewer.trustId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().community.findMany({ where: { trustId: viewer.trustId, archivedAt: null, ...(leads === "all" ? {} : { id: { in: leads } }) }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  const owners = [
    ...(isTrustAdmin(viewer) ? [{ value: "trust", label: "The trust" }] : []),
    ...schools.filter((s) => heads === "all" || heads.includes(s.id)).map((s) => ({ value: `school:${s.id}`, label: s.name })),
    ...communities.map((c) => ({ value: `community:${c.id}`, label: c.name })),
  ];
  return { owners, schools: schools.map((s) => ({ value: s.id, label: s.name })) };
}

/** Names of the trust's schools, for providers and hosts (one small read). */
export async function schoolNames(trustId: string) {
  const rows = await db().school.findMany({ where: { trustId }, select: { id: true, name: true } });
  return new Map(rows.map((s) => [s.id, s.name]));
}
