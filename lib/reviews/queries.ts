import "server-only";
// Reads of the CSI slice: a review, the reviews a reviewer owes, a school's standing (published
// reviews, CSI level, critical friend, actions, support). Each query takes the viewer, filters on
// their trust and scope in its `where` (lib/access/where.ts), asks the permission registry what
// the viewer may do, and answers notFound() for anything out of scope.
import { notFound } from "next/navigation";
import { aggregateSchools, can, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { reviewActionVisibleTo, reviewVisibleTo } from "@/lib/reviews/access";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { staffLabel } from "@/lib/people/shown";
import { isId } from "@/lib/validation/fields";
import { schoolAgreements } from "./agreements/queries";
import { areaApplies } from "./rules";

/** Evidence notes and reviewer names: the review's own reviewers (they wrote them), and whoever holds "review:evidence" for its school. */
const seesEvidence = (v: Viewer, review: { schoolId: string; leadReviewerId: string; teamUserIds: string[] }) =>
  [review.leadReviewerId, ...review.teamUserIds].includes(v.userId) || can(v, "review:evidence", { schoolId: review.schoolId });

/** One review as the viewer may see it: evidence notes and reviewer names only for those allowed them. */
export async function getReview(viewer: Viewer, id: string) {
  if (!isId(id)) notFound();
  const review = await db().schoolReview.findFirst({
    where: { AND: [{ id }, reviewVisibleTo(viewer)] },
    include: {
      cycle: { select: { id: true, name: true, frameworkId: true, academicYear: true } },
      school: { select: { id: true, name: true, hasEarlyYears: true, hasSixthForm: true } },
      leadReviewer: { select: { name: true } },
      team: { select: { userId: true, user: { select: { name: true } } } },
      judgements: { select: { areaId: true, grade: { select: { code: true, label: true, rank: true } } } },
      supersedes: { select: { id: true, version: true } },
      supersededBy: { select: { id: true, version: true, status: true } },
    },
  });
  if (!review) notFound();
  const [areas, grades] = await Promise.all([
    db().evaluationArea.findMany({ where: { frameworkId: review.cycle.frameworkId, trustId: viewer.trustId }, orderBy: { position: "asc" } }),
    db().evaluationGrade.findMany({ where: { frameworkId: review.cycle.frameworkId, trustId: viewer.trustId }, orderBy: { rank: "asc" } }),
  ]);
  const evidence = seesEvidence(viewer, { schoolId: review.schoolId, leadReviewerId: review.leadReviewerId, teamUserIds: review.team.map((t) => t.userId) });
  const judgement = new Map(review.judgements.map((j) => [j.areaId, j.grade]));
  return {
    id: review.id,
    version: review.version,
    kind: review.kind,
    status: review.status,
    cycle: review.cycle,
    school: { id: review.school.id, name: review.school.name },
    visitDate: review.visitDate,
    strengths: review.strengths,
    areasForDevelopment: review.areasForDevelopment,
    evidenceNotes: evidence ? review.evidenceNotes : null,
    reviewers: evidence ? [review.leadReviewer.name, ...review.team.map((t) => t.user.name)] : null,
    safeguardingMet: review.safeguardingMet,
    publishedAt: review.publishedAt,
    supersededAt: review.supersededAt,
    supersedes: review.supersedes,
    supersededBy: review.supersededBy,
    areas: areas.filter((a) => areaApplies(a, review.school)).map((a) => ({ id: a.id, name: a.name, grade: judgement.get(a.id) ?? null })),
    grades: grades.map((g) => ({ code: g.code, label: g.label })),
    may: {
      write: review.status === "DRAFT" && (can(viewer, "review:write:own", { userId: review.leadReviewerId }) || can(viewer, "review:write:any")),
      publish: review.status === "SUBMITTED" && can(viewer, "review:publish"),
      correct: review.status === "PUBLISHED" && !review.supersededAt && !review.supersededBy && can(viewer, "review:publish"),
      addActions: review.status === "PUBLISHED" && !review.supersededAt && can(viewer, "review-action:manage", { schoolId: review.schoolId }),
    },
  };
}
export type ReviewPage = Awaited<ReturnType<typeof getReview>>;

/** The reviews a reviewer still owes (drafts they lead) and those waiting for the trust. */
async function reviewsOwed(viewer: Viewer) {
  return db().schoolReview.findMany({
    where: { trustId: viewer.trustId, status: { in: ["DRAFT", "SUBMITTED"] }, OR: [{ leadReviewerId: viewer.userId }, { team: { some: { userId: viewer.userId } } }] },
    orderBy: [{ status: "asc" }, { visitDate: { sort: "asc", nulls: "last" } }],
    select: { id: true, kind: true, status: true, visitDate: true, version: true, school: { select: { name: true } }, cycle: { select: { name: true } } },
  });
}

/** A school's CSI standing: published reviews, CSI level and its history, critical friend, actions and support. */
export async function schoolCsi(viewer: Viewer, schoolId: string) {
  if (!isId(schoolId)) notFound();
  requirePermission(viewer, "review:view", { schoolId });
  const school = await db().school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, name: true, phase: true, improvementCapacity: true } });
  if (!school) notFound();
  const [reviews, levels, friends, actions, agreements] = await Promise.all([
    db().schoolReview.findMany({
      where: { AND: [{ schoolId, status: "PUBLISHED" }, reviewVisibleTo(viewer)] },
      orderBy: [{ publishedAt: "desc" }],
      select: { id: true, kind: true, version: true, visitDate: true, publishedAt: true, supersededAt: true, cycle: { select: { name: true } } },
    }),
    db().csiLevel.findMany({
      where: { trustId: viewer.trustId, schoolId },
      orderBy: { setAt: "desc" },
      select: { id: true, level: true, rationale: true, setAt: true, cycle: { select: { name: true } }, setBy: { select: { name: true } } },
    }),
    db().criticalFriend.findMany({ where: { trustId: viewer.trustId, schoolId }, orderBy: { startsOn: "desc" }, select: { id: true, kind: true, name: true, organisation: true, startsOn: true, endsOn: true } }),
    schoolActions(viewer, schoolId),
    schoolAgreements(viewer, schoolId),
  ]);
  const now = londonToday();
  const friend = friends.find((f) => f.startsOn <= now && (!f.endsOn || f.endsOn >= now)) ?? null;
  return { school, reviews, level: levels[0] ?? null, levels, friend, friends, actions, agreements, may: { manageActions: can(viewer, "review-action:manage", { schoolId }), setLevel: can(viewer, "csi-level:set"), assignFriend: can(viewer, "csi-support:manage") } };
}

/** Whether the viewer reads this school's staff by name (its leaders and the trust); governors and trustees read roles. */
const namesStaff = (viewer: Viewer, schoolId: string) => can(viewer, "staff:view", { schoolId });

/**
 * A school's actions with their notes; overdue when not done and past the due date. The owner is a
 * label: named for the school's leaders and the trust, a job title ("Deputy headteacher") for
 * governors and trustees (the head is named), and the named support people only for the former.
 */
async function schoolActions(viewer: Viewer, schoolId: string) {
  const rows = await db().reviewAction.findMany({
    where: { AND: [{ schoolId }, reviewActionVisibleTo(viewer)] },
    orderBy: [{ status: "asc" }, { dueOn: "asc" }],
    select: {
      id: true, description: true, dueOn: true, status: true, completedAt: true, supportPeople: true, reviewId: true,
      area: { select: { name: true } },
      owner: { select: { firstName: true, lastName: true, jobTitle: true, careerStage: true } },
      supportAgreement: { select: { giver: { select: { name: true } } } },
      notes: { orderBy: { at: "asc" }, select: { id: true, note: true, at: true } },
    },
  });
  const now = londonToday();
  const named = namesStaff(viewer, schoolId);
  return rows.map(({ owner, supportPeople, ...a }) => ({
    ...a,
    owner: staffLabel(owner, named),
    supportPeople: named ? supportPeople : null,
    overdue: a.status !== "DONE" && a.dueOn < now,
  }));
}

/** The people who may own an action: the school's current staff. */
export async function actionOwners(viewer: Viewer, schoolId: string) {
  requirePermission(viewer, "review-action:manage", { schoolId });
  return db().staffMember.findMany({
    where: { trustId: viewer.trustId, schoolId, leaveDate: null },
    orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    select: { id: true, firstName: true, lastName: true, jobTitle: true },
  });
}

/** The head's "Reviews and actions" panel: latest published review, CSI level, friend, open and overdue actions. */
export async function reviewsPanel(viewer: Viewer, schoolId: string) {
  if (!can(viewer, "review:view", { schoolId })) return null;
  const now = londonToday();
  const [latest, level, friend, open, overdue, owed] = await Promise.all([
    db().schoolReview.findFirst({
      where: { AND: [{ schoolId, status: "PUBLISHED", supersededAt: null }, reviewVisibleTo(viewer)] },
      orderBy: { publishedAt: "desc" },
      select: { id: true, kind: true, visitDate: true, cycle: { select: { name: true } } },
    }),
    db().csiLevel.findFirst({ where: { trustId: viewer.trustId, schoolId }, orderBy: { setAt: "desc" }, select: { level: true } }),
    db().criticalFriend.findFirst({ where: { trustId: viewer.trustId, schoolId, startsOn: { lte: now }, OR: [{ endsOn: null }, { endsOn: { gte: now } }] }, orderBy: { startsOn: "desc" }, select: { name: true, kind: true } }),
    db().reviewAction.count({ where: { AND: [{ schoolId, status: { not: "DONE" } }, reviewActionVisibleTo(viewer)] } }),
    db().reviewAction.count({ where: { AND: [{ schoolId, status: { not: "DONE" }, dueOn: { lt: now } }, reviewActionVisibleTo(viewer)] } }),
    reviewsOwed(viewer),
  ]);
  return { schoolId, latest, level: level?.level ?? null, friend, open, overdue, owed };
}

/** The reviews hub: what the viewer owes, and the schools whose CSI standing they see (all of them for the trust). */
export async function reviewsHome(viewer: Viewer) {
  const scope = aggregateSchools(viewer);
  const [owed, schools] = await Promise.all([
    reviewsOwed(viewer),
    scope === "all" ? Promise.resolve([]) : db().school.findMany({ where: { trustId: viewer.trustId, id: { in: scope } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { owed, schools, trustWide: scope === "all" };
}

/**
 * Whether the viewer has reviews to reach without a role that reads them: a critical friend, or the lead
 * or a team member of a review (a critical friend with no other role). The navigation's Reviews entry asks it.
 */
export async function hasReviewRelation(viewer: Viewer): Promise<boolean> {
  const [review, friend] = await Promise.all([
    db().schoolReview.findFirst({ where: { trustId: viewer.trustId, OR: [{ leadReviewerId: viewer.userId }, { team: { some: { userId: viewer.userId } } }] }, select: { id: true } }),
    db().criticalFriend.findFirst({ where: { trustId: viewer.trustId, userId: viewer.userId }, select: { id: true } }),
  ]);
  return Boolean(review || friend);
}
