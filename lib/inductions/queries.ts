import "server-only";
// Reads of ECT inductions (issue 11 §5): a school's list with each one's status and why it is behind,
// a mentor's or tutor's "My ECTs", one induction with its schedule, and what the start form offers.
import { notFound } from "next/navigation";
import { canAny, staffRecordSchools, type Viewer } from "@/lib/access/policy";
import { inductionVisibleTo } from "@/lib/inductions/access";
import { NOBODY, requireAny, requirePermission } from "@/lib/access/where";
import { schoolVisibleTo } from "@/lib/org/access";
import { staffVisibleTo } from "@/lib/people/access";
import { db, type Prisma } from "@/lib/db/client";
import { londonToday, termKey, termLabel } from "@/lib/dates";
import { coveringDay, placedAt } from "@/lib/people/employment/where";
import { isId } from "@/lib/validation/fields";
import { mayManageInduction, mayViewInduction } from "./access";
import { STATUS_ORDER, finalReviewOf, inductionStatus } from "./rules";
import { mentorLapse } from "./mentor-meetings/rules";
import type { InductionStatus } from "./labels";

const person = { select: { id: true, firstName: true, lastName: true } } as const;

const LIST = {
  id: true, startDate: true, expectedCompletion: true, completedOn: true, expectedTerms: true, appropriateBody: true, mentorId: true, inductionTutorId: true,
  staffMember: { select: { id: true, firstName: true, lastName: true, jobTitle: true, school: { select: { id: true, name: true } } } },
  mentor: person,
  inductionTutor: person,
  reviews: { select: { kind: true, dueOn: true, heldOn: true, outcome: true }, orderBy: { dueOn: "asc" } },
  // The latest mentor meeting: whether meetings have lapsed (lib/inductions/mentor-meetings/rules.ts).
  mentorMeetings: { select: { heldOn: true }, orderBy: { heldOn: "desc" }, take: 1 },
} satisfies Prisma.EarlyCareerInductionSelect;

type Row = Prisma.EarlyCareerInductionGetPayload<{ select: typeof LIST }>;

/** Each induction with its status and reasons, behind first, then by the ECT's name. */
function withStatus(rows: Row[]) {
  const today = londonToday();
  return rows
    .map((row) => ({ ...row, ...inductionStatus(row, today), lapse: mentorLapse({ ...row, lastMeeting: row.mentorMeetings[0]?.heldOn ?? null }, today) }))
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.staffMember.lastName.localeCompare(b.staffMember.lastName));
}

export type InductionListParams = { school?: string; status?: InductionStatus };

/**
 * The inductions of the schools whose staff records the viewer reads (a head's school; every school for
 * the trust admin), with ECTs seconded or swapped to them today, as the staff directory lists them.
 */
export async function schoolInductions(viewer: Viewer, params: InductionListParams = {}) {
  requireAny(viewer, "induction:view:any");
  if (params.school) requirePermission(viewer, "induction:view:any", { schoolId: params.school });
  const rows = await db().earlyCareerInduction.findMany({
    where: {
      AND: [
        inductionVisibleTo(viewer),
        { staffMember: staffVisibleTo(viewer) },
        params.school ? { staffMember: { OR: [{ schoolId: params.school }, placedAt([params.school], londonToday())] } } : {},
      ],
    },
    select: LIST,
  });
  const all = withStatus(rows);
  return {
    rows: params.status ? all.filter((r) => r.status === params.status) : all,
    behind: all.filter((r) => r.status === "BEHIND").length,
    total: all.length,
    lapsed: all.filter((r) => r.lapse).sort((a, b) => a.lapse!.since.getTime() - b.lapse!.since.getTime()),
  };
}

/** Whether the viewer is an ECT in induction or mentors or tutors one: the navigation's "Inductions" for those without a school role. */
export async function hasInductionRelation(viewer: Viewer) {
  if (!viewer.staff) return false;
  const me = viewer.staff.id;
  const found = await db().earlyCareerInduction.findFirst({
    where: { AND: [inductionVisibleTo(viewer), { OR: [{ staffMemberId: me }, { mentorId: me }, { inductionTutorId: me }] }] },
    select: { id: true },
  });
  return found !== null;
}

/** The inductions the viewer mentors or tutors: none for a viewer without a staff record. */
export async function myEcts(viewer: Viewer) {
  const me = viewer.staff?.id ?? NOBODY;
  const rows = await db().earlyCareerInduction.findMany({ where: { AND: [inductionVisibleTo(viewer), { OR: [{ mentorId: me }, { inductionTutorId: me }] }] }, select: LIST });
  return withStatus(rows).map((r) => ({ ...r, role: r.inductionTutorId === me ? ("Induction tutor" as const) : ("Mentor" as const) }));
}

/** The viewer's own induction as an ECT, with its status; null when they have none. */
export async function myInduction(viewer: Viewer) {
  const row = await db().earlyCareerInduction.findFirst({ where: { ...inductionVisibleTo(viewer), staffMemberId: viewer.staff?.id ?? NOBODY }, select: LIST });
  return row ? withStatus([row])[0]! : null;
}

/** Schools the viewer may pick in the list's filter and the start form. */
export function inductionSchools(viewer: Viewer) {
  if (!canAny(viewer, "induction:view:any")) return Promise.resolve([]);
  return db().school.findMany({ where: schoolVisibleTo(viewer, staffRecordSchools(viewer)), orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** Current staff of a school, for the mentor and tutor choices (and, without an induction, as ECTs). */
function currentStaffOf(viewer: Viewer, schoolId: string) {
  return db().staffMember.findMany({
    where: { trustId: viewer.trustId, schoolId, leaveDate: null },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, careerStage: true, category: true, induction: { select: { id: true } } },
  });
}

/** The start form's choices at one school: teachers without an induction (ECTs first), and its current staff as mentor or tutor. */
export async function startOptions(viewer: Viewer, schoolId: string) {
  requirePermission(viewer, "induction:view:any", { schoolId });
  const staff = await currentStaffOf(viewer, schoolId);
  const ects = staff.filter((s) => !s.induction && s.category === "TEACHER").sort((a, b) => Number(b.careerStage === "ECT") - Number(a.careerStage === "ECT"));
  return { ects, colleagues: staff };
}

/** One induction with its reviews in order, named by term; 404 unless the viewer may read it. */
export async function inductionDetail(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const row = await db().earlyCareerInduction.findFirst({
    where: { id, ...inductionVisibleTo(viewer) },
    select: {
      ...LIST,
      trustId: true,
      staffMemberId: true,
      staffMember: {
        select: {
          id: true, firstName: true, lastName: true, jobTitle: true, schoolId: true, school: { select: { id: true, name: true } },
          // Where they are seconded or swapped to today: that school's leaders read the induction too.
          placements: { where: coveringDay(londonToday()), select: { toSchoolId: true, endDate: true, toSchool: { select: { name: true } } } },
        },
      },
      reviews: {
        select: {
          id: true, kind: true, dueOn: true, heldOn: true, outcome: true, notes: true, recordedById: true, version: true,
          versions: { orderBy: { version: "desc" }, select: { version: true, heldOn: true, outcome: true, notes: true, recordedById: true, correctedAt: true, correctedById: true, correctionNote: true } },
        },
        orderBy: { dueOn: "asc" },
      },
    },
  });
  if (!row) notFound();
  const hosts = row.staffMember.placements;
  const people = { ...row, schoolId: row.staffMember.schoolId, hostSchoolIds: hosts.map((p) => p.toSchoolId) };
  if (!mayViewInduction(viewer, people)) notFound();
  const manage = mayManageInduction(viewer, people);
  const final = finalReviewOf(row.reviews);
  const userIds = row.reviews.flatMap((r) => [r.recordedById, ...r.versions.flatMap((e) => [e.recordedById, e.correctedById])]).filter((id): id is string => id !== null);
  const recorders = await db().user.findMany({ where: { trustId: viewer.trustId, id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
  const recorder = new Map(recorders.map((u) => [u.id, u.name]));
  const nameOf = (id: string | null) => (id ? (recorder.get(id) ?? null) : null);
  return {
    induction: row,
    ...inductionStatus(row, londonToday()),
    reviews: row.reviews.map((r, i) => ({
      ...r, term: i + 1, termLabel: termLabel(termKey(r.dueOn)), final: r.id === final?.id, recordedBy: nameOf(r.recordedById),
      history: r.versions.map((e) => ({ ...e, recordedBy: nameOf(e.recordedById), correctedBy: nameOf(e.correctedById) })),
    })),
    hostedAt: hosts.map((p) => ({ school: p.toSchool.name, until: p.endDate })),
    manage,
    colleagues: manage ? await currentStaffOf(viewer, row.staffMember.schoolId) : [],
  };
}
