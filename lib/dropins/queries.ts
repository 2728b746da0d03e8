import "server-only";
// Reads of drop-in visits, always through the where-builder (./access.ts): the visits made to the
// viewer, those they made, and for a head this term's counts per member of staff of their school
// (who has had none too). Governors, trustees and anyone else find nothing (404).
import { notFound } from "next/navigation";
import { canAny, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { staffNamed } from "@/lib/people/name-search";
import { londonToday, termKey, termLabel } from "@/lib/dates";
import { thisTerm } from "@/lib/coaching/rules";
import { isId } from "@/lib/validation/fields";
import { dropInVisibleTo, headedForDropIns, mayReadDropIn, mayReply } from "./access";

/** A visit's row; its replies counted with the trust's condition, so the count reads only the trust's replies. */
const visitRow = (trustId: string) => ({
  id: true, visitedOn: true, focus: true, schoolId: true,
  teacher: { select: { firstName: true, lastName: true } }, visitor: { select: { name: true } }, _count: { select: { replies: { where: { trustId } } } },
}) as const;
const teacherName = (v: { teacher: { firstName: string; lastName: string } }) => `${v.teacher.firstName} ${v.teacher.lastName}`;
const row = (v: { id: string; visitedOn: Date; focus: string; teacher: { firstName: string; lastName: string }; visitor: { name: string }; _count: { replies: number } }) => ({
  id: v.id, visitedOn: v.visitedOn, focus: v.focus, teacher: teacherName(v), visitor: v.visitor.name, replies: v._count.replies,
});

/** A head's schools: each member of staff with their visits this term, fewest first, so who has had none leads. */
async function schoolCounts(viewer: Viewer, schoolIds: string[]) {
  if (!schoolIds.length) return [];
  const term = thisTerm(londonToday());
  const [schools, staff, counts] = await Promise.all([
    db().school.findMany({ where: { id: { in: schoolIds }, trustId: viewer.trustId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db().staffMember.findMany({ where: { trustId: viewer.trustId, schoolId: { in: schoolIds }, leaveDate: null, category: { not: "SUPPORT" } }, select: { id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true }, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db().dropInVisit.groupBy({ by: ["teacherId"], where: { ...dropInVisibleTo(viewer), schoolId: { in: schoolIds }, visitedOn: { gte: term.start, lt: term.end } }, _count: true }),
  ]);
  const countOf = new Map(counts.map((c) => [c.teacherId, c._count]));
  return schools.map((s) => {
    const people = staff.filter((p) => p.schoolId === s.id).map((p) => ({ id: p.id, name: `${p.firstName} ${p.lastName}`, jobTitle: p.jobTitle, visits: countOf.get(p.id) ?? 0 }));
    people.sort((a, b) => a.visits - b.visits);
    return { id: s.id, name: s.name, people, none: people.filter((p) => p.visits === 0).length, total: people.reduce((n, p) => n + p.visits, 0) };
  });
}

/** Teachers found by name at most, for one who records visits in every school (the trust admin). */
export const TEACHER_MATCHES = 50;

/** The teachers the record form offers: current staff of the schools the viewer leads, themselves excepted; with `named`, only those. */
async function teachers(viewer: Viewer, named: Prisma.StaffMemberWhereInput | null) {
  const scope = PERMISSIONS["dropin:record"].schools(viewer);
  const staff = await db().staffMember.findMany({
    where: { trustId: viewer.trustId, leaveDate: null, id: { not: ownStaffId(viewer) }, category: { not: "SUPPORT" }, ...(scope === "all" ? {} : { schoolId: { in: scope } }), ...(named ? { AND: [named] } : {}) },
    select: { id: true, firstName: true, lastName: true, jobTitle: true, school: { select: { name: true } } },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    ...(named ? { take: TEACHER_MATCHES } : {}),
  });
  return staff.map((s) => ({ value: s.id, label: `${s.firstName} ${s.lastName} (${s.jobTitle}, ${s.school.name})` }));
}

/** `teacherSearch`: the name the trust admin looks for the visit's teacher by (every school's teachers would be thousands of options). */
export async function dropInsHome(viewer: Viewer, teacherSearch = "") {
  const teacher = canAny(viewer, "dropin:view:own");
  const records = canAny(viewer, "dropin:record");
  const findTeacher = records && PERMISSIONS["dropin:record"].schools(viewer) === "all";
  const named = findTeacher ? staffNamed(teacherSearch) : null;
  const heads = headedForDropIns(viewer);
  if (!teacher && !records && !heads.length) notFound();
  const term = thisTerm(londonToday());
  const VISIT = visitRow(viewer.trustId);
  const [received, made, school, form] = await Promise.all([
    teacher ? db().dropInVisit.findMany({ where: { ...dropInVisibleTo(viewer), teacherId: ownStaffId(viewer) }, select: VISIT, orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }], take: 100 }) : [],
    records ? db().dropInVisit.findMany({ where: { ...dropInVisibleTo(viewer), visitorId: viewer.userId }, select: VISIT, orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }], take: 100 }) : [],
    schoolCounts(viewer, heads),
    !records ? null : findTeacher && !named ? [] : teachers(viewer, named),
  ]);
  const schoolVisits = heads.length
    ? await db().dropInVisit.findMany({ where: { ...dropInVisibleTo(viewer), schoolId: { in: heads }, visitedOn: { gte: term.start, lt: term.end } }, select: VISIT, orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }], take: 200 })
    : [];
  return { received: received.map(row), made: made.map(row), school, schoolVisits: schoolVisits.map(row), form, findTeacher, teacherSearch: named ? teacherSearch : "", termLabel: termLabel(termKey(londonToday())) };
}

export async function dropInDetail(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const visit = await db().dropInVisit.findFirst({
    where: { id, ...dropInVisibleTo(viewer) },
    include: {
      teacher: { select: { firstName: true, lastName: true, jobTitle: true, school: { select: { name: true } } } },
      visitor: { select: { name: true } },
      replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, authorId: true, author: { select: { name: true } } } },
    },
  });
  if (!visit || !mayReadDropIn(viewer, visit)) notFound();
  return {
    id: visit.id, visitedOn: visit.visitedOn, focus: visit.focus, wentWell: visit.wentWell, nextStep: visit.nextStep,
    teacher: `${teacherName(visit)} (${visit.teacher.jobTitle}, ${visit.teacher.school.name})`, visitor: visit.visitor.name,
    replies: visit.replies.map((r) => ({ id: r.id, body: r.body, at: r.createdAt, author: r.author.name, mine: r.authorId === viewer.userId })),
    canReply: mayReply(viewer, visit),
  };
}
