import "server-only";
// A session's register, taken by the course's organiser from the names booked on it. Each attendee gets
// one CPD activity per session (unique (courseSessionId, staffMemberId)), of the course's type and
// strand, VERIFIED by the organiser: their own goes to their school to verify, as meeting registers do.
// Correcting the register updates those records and removes an absentee's, never adds a second. The
// attendees' six-week follow-up is created here, its job enqueued for the day it falls due.
import type { Viewer } from "@/lib/access/policy";
import { type AuditEntry, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { londonDay, londonToday } from "@/lib/dates";
import { enqueue } from "@/lib/jobs/enqueue";
import { routes } from "@/lib/routes";
import { courseVisibleTo, mayOrganise } from "../access";
import { CPD_TYPE_OF } from "../labels";
import { followUpDue } from "../rules";
import { registerSchema } from "../schema";

/** The session, locked so two saves of one register take turns, with its course and sessions. */
async function lockedSession(tx: Tx, viewer: Viewer, sessionId: string) {
  await tx.$executeRaw`SELECT 1 FROM "CourseSession" WHERE id = ${sessionId}::uuid AND "trustId" = ${viewer.trustId}::uuid FOR UPDATE`;
  return tx.courseSession.findFirst({
    where: { id: sessionId, trustId: viewer.trustId, course: courseVisibleTo(viewer) },
    include: { course: { include: { sessions: { select: { id: true, startsAt: true }, orderBy: { startsAt: "asc" } } } } },
  });
}

/** Who is booked on a session: a conference's bookers who chose it, every booked person for other kinds. */
export const bookedOn = (tx: Tx, session: { id: string; courseId: string }, kind: string) =>
  tx.courseBooking.findMany({
    where: { courseId: session.courseId, status: "BOOKED", ...(kind === "CONFERENCE" ? { choices: { some: { sessionId: session.id } } } : {}) },
    select: { staffMemberId: true, staffMember: { select: { schoolId: true } } },
  });

export const saveRegister = command({
  schema: registerSchema,
  load: (tx, viewer, input) => lockedSession(tx, viewer, input.sessionId),
  authorize: (viewer, _, s) => mayOrganise(viewer, s.course),
  async work(tx, viewer, input, { course, ...session }) {
    if (course.status !== "PUBLISHED") throw new AppError("CONFLICT", "The course is not published, so it has no register.");
    if (londonDay(session.startsAt) > londonToday()) throw new AppError("CONFLICT", "The register opens on the day of the session.");
    const booked = await bookedOn(tx, session, course.kind);
    const recorded = await tx.sessionAttendance.findMany({ where: { sessionId: session.id, trustId: viewer.trustId } });
    const present = [...new Set(input.present)];
    const bookedIds = new Set(booked.map((b) => b.staffMemberId));
    if (present.some((id) => !bookedIds.has(id))) throw fieldError("present", "Only people booked on this session can be marked present.");
    if (present.length > course.places) throw fieldError("present", `At most ${course.places} people can attend: the course has ${course.places} places.`);
    const attended = new Set(present);
    const onRegister = new Set([...bookedIds, ...recorded.map((r) => r.staffMemberId)]);
    await tx.sessionAttendance.deleteMany({ where: { sessionId: session.id, trustId: viewer.trustId } });
    await tx.sessionAttendance.createMany({ data: [...onRegister].map((staffMemberId) => ({ trustId: viewer.trustId, sessionId: session.id, staffMemberId, attended: attended.has(staffMemberId) })) });
    const cpd = await syncSessionCpd(tx, viewer, { ...session, course }, present);
    await syncFollowUps(tx, viewer, course);
    const entry: AuditEntry = { action: "course.register", entity: "CourseSession", entityId: session.id, before: { attendance: recorded }, after: { present } };
    return { data: { courseId: course.id, present: present.length, absent: onRegister.size - present.length }, audit: [entry, ...cpd] };
  },
  revalidate: (input, data) => [routes.courseSession(data.courseId, input.sessionId), routes.course(data.courseId), routes.courseImpact(data.courseId), routes.programmeApprovals(), routes.development()],
  success: (data) => `Register saved: ${data.present} present, ${data.absent} absent.`,
});

type SessionForCpd = { id: string; startsAt: Date; durationMinutes: number; title: string | null; course: { title: string; kind: "COURSE" | "CONFERENCE" | "SCHOOL_VISIT"; strand: string; providerName: string | null; providerSchoolId: string | null } };

async function syncSessionCpd(tx: Tx, viewer: Viewer, session: SessionForCpd, present: string[]): Promise<AuditEntry[]> {
  const existing = await tx.cpdActivity.findMany({ where: { courseSessionId: session.id, trustId: viewer.trustId }, select: { id: true, staffMemberId: true } });
  const gone = existing.filter((e) => !present.includes(e.staffMemberId));
  if (gone.length) await tx.cpdActivity.deleteMany({ where: { id: { in: gone.map((g) => g.id) } } });
  const provider = session.course.providerSchoolId
    ? (await tx.school.findFirst({ where: { id: session.course.providerSchoolId, trustId: viewer.trustId }, select: { name: true } }))?.name ?? null
    : session.course.providerName;
  const day = londonDay(session.startsAt);
  const now = new Date();
  const details = {
    title: session.title ? `${session.course.title}: ${session.title}` : session.course.title,
    type: CPD_TYPE_OF[session.course.kind], strand: session.course.strand as never, provider, startDate: day, endDate: day, minutes: session.durationMinutes,
  };
  // Nobody verifies their own hours: the organiser's own attendance goes to their school's leaders.
  const own = viewer.staff?.id;
  const verified = { ...details, status: "VERIFIED" as const, verifiedById: viewer.userId, verifiedAt: now };
  const submitted = { ...details, status: "SUBMITTED" as const, verifiedById: null, verifiedAt: null };
  const kept = existing.filter((e) => present.includes(e.staffMemberId));
  const keptOthers = kept.filter((k) => k.staffMemberId !== own).map((k) => k.id);
  if (keptOthers.length) await tx.cpdActivity.updateMany({ where: { id: { in: keptOthers } }, data: verified });
  const had = new Set(existing.map((e) => e.staffMemberId));
  const fresh = present.filter((id) => !had.has(id));
  const schools = new Map((await tx.staffMember.findMany({ where: { id: { in: fresh }, trustId: viewer.trustId }, select: { id: true, schoolId: true } })).map((s) => [s.id, s.schoolId]));
  await tx.cpdActivity.createMany({
    data: fresh.map((staffMemberId) => ({ ...(staffMemberId === own ? submitted : verified), trustId: viewer.trustId, staffMemberId, schoolId: schools.get(staffMemberId)!, courseSessionId: session.id, submittedAt: now })),
    skipDuplicates: true,
  });
  const created = await tx.cpdActivity.findMany({ where: { courseSessionId: session.id, staffMemberId: { in: fresh } }, select: { id: true, staffMemberId: true } });
  return [
    ...gone.map((g) => ({ action: "cpd.delete", entity: "CpdActivity", entityId: g.id, before: { ...g, courseSessionId: session.id, reason: "marked absent" } })),
    ...kept.map((k) => ({ action: "cpd.update", entity: "CpdActivity", entityId: k.id, after: { ...details, staffMemberId: k.staffMemberId } })),
    ...created.map((c) => ({ action: "cpd.create", entity: "CpdActivity", entityId: c.id, after: { ...details, staffMemberId: c.staffMemberId, courseSessionId: session.id } })),
  ];
}

/** One follow-up per person who attended any session, due six weeks after the last; unasked ones of people no longer attending go. */
async function syncFollowUps(tx: Tx, viewer: Viewer, course: { id: string; title: string; sessions: { id: string; startsAt: Date }[] }) {
  const attendees = await tx.sessionAttendance.findMany({ where: { trustId: viewer.trustId, attended: true, session: { courseId: course.id } }, distinct: ["staffMemberId"], select: { staffMemberId: true } });
  const ids = attendees.map((a) => a.staffMemberId);
  await tx.impactFollowUp.deleteMany({ where: { trustId: viewer.trustId, courseId: course.id, askedAt: null, answeredAt: null, staffMemberId: { notIn: ids } } });
  const dueAt = followUpDue(course.sessions.at(-1)!.startsAt);
  const created = await tx.impactFollowUp.createManyAndReturn({
    data: ids.map((staffMemberId) => ({ trustId: viewer.trustId, staffMemberId, courseId: course.id, title: course.title, dueAt })),
    skipDuplicates: true,
    select: { id: true },
  });
  for (const f of created) await enqueue(tx, "programme.follow-up", { trustId: viewer.trustId, followUpId: f.id }, { startAfter: dueAt });
}
