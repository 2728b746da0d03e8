import "server-only";
// Reads of performance development, always through the where-builders (./access.ts): a person's own plan,
// the plans they review or line-manage, a head's panel; one plan's objectives (never its pay recommendation).
import { notFound } from "next/navigation";
import { canAny, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import { activityVisibleTo } from "@/lib/cpd/access";
import { db } from "@/lib/db/client";
import { academicYear, academicYearLabel, isoDay, londonToday } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { isParty, isReviewee, isReviewer, mayReadPay, mayReadReviews, planVisibleTo } from "./access";
import { cycleFor, planYear } from "./mutations";
import { objectivesAgreed, objectivesWindow, outOfCycle, progressOf, type Cycle } from "./rules";

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;
const PLAN_ROW = {
  id: true, isHead: true, reviewerId: true, staffMemberId: true, revieweeAgreedAt: true, reviewerAgreedAt: true, schoolId: true, trustId: true,
  staffMember: { select: { firstName: true, lastName: true, jobTitle: true, lineManagerId: true } },
  reviewer: { select: { name: true } },
  panel: { select: { userId: true } },
  _count: { select: { objectives: true } },
  reviews: { where: { supersededAt: null, revieweeSignedAt: { not: null }, reviewerSignedAt: { not: null } }, select: { kind: true } },
} as const;

type PlanRow = { isHead: boolean; revieweeAgreedAt: Date | null; reviewerAgreedAt: Date | null; _count: { objectives: number }; reviews: { kind: "MID_YEAR" | "END_OF_YEAR" }[] };
export const stepsOf = (cycle: Cycle, p: PlanRow | null, isHead: boolean, today: Date) =>
  progressOf(cycle, isHead, p && { objectives: p._count.objectives, revieweeAgreedAt: p.revieweeAgreedAt, reviewerAgreedAt: p.reviewerAgreedAt, signed: p.reviews.map((r) => r.kind) }, today);

/** The landing page: one's own plan, the people one reviews or line-manages, the heads whose panel one sits on. */
export async function myPerformance(viewer: Viewer) {
  const year = planYear();
  const today = londonToday();
  const me = ownStaffId(viewer);
  const [cycle, plans, self, reportsWithout] = await Promise.all([
    cycleFor(db(), viewer.trustId, year),
    db().appraisalPlan.findMany({
      // Of what the viewer may read, the plans they are part of (a head reaches the rest of the school from their overview).
      where: { AND: [planVisibleTo(viewer), { academicYear: year, OR: [{ staffMemberId: me }, { reviewerId: viewer.userId }, { panel: { some: { userId: viewer.userId } } }, { staffMember: { lineManagerId: me } }] }] },
      select: PLAN_ROW,
      orderBy: [{ staffMember: { lastName: "asc" } }, { staffMember: { firstName: "asc" } }],
    }),
    db().staffMember.findFirst({ where: { id: me, trustId: viewer.trustId }, select: { category: true, lineManager: { select: { userId: true } }, induction: { select: { completedOn: true } } } }),
    db().staffMember.findMany({
      where: { trustId: viewer.trustId, lineManagerId: me, leaveDate: null, appraisals: { none: { academicYear: year } } },
      select: { id: true, firstName: true, lastName: true, jobTitle: true, category: true, induction: { select: { completedOn: true } } },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
    }),
  ]);
  const row = (p: (typeof plans)[number]) => ({ id: p.id, name: fullName(p.staffMember), jobTitle: p.staffMember.jobTitle, reviewer: p.reviewer.name, steps: stepsOf(cycle, p, p.isHead, today), pay: mayReadPay(viewer, p) && cycle.payRecommendations });
  const own = plans.find((p) => p.staffMemberId === me);
  const inInduction = (s: { induction: { completedOn: Date | null } | null }) => Boolean(s.induction && !s.induction.completedOn);
  return {
    yearLabel: academicYearLabel(year),
    cycle,
    own: own ? row(own) : null,
    // Without a plan: why not, or whether one can start (a line manager with a sign-in is the default reviewer).
    ownStart: !own && self ? { out: outOfCycle(cycle, { category: self.category, inInduction: inInduction(self) }), staffMemberId: me, hasReviewer: Boolean(self.lineManager?.userId) } : null,
    reviewing: plans.filter((p) => p.reviewerId === viewer.userId && !p.isHead).map(row),
    heads: plans.filter((p) => p.isHead && p.staffMemberId !== me && (p.reviewerId === viewer.userId || p.panel.some((m) => m.userId === viewer.userId))).map(row),
    reports: plans.filter((p) => p.staffMember.lineManagerId === me && p.reviewerId !== viewer.userId).map(row),
    reportsWithout: reportsWithout.map((s) => ({ id: s.id, name: fullName(s), jobTitle: s.jobTitle, out: outOfCycle(cycle, { category: s.category, inInduction: inInduction(s) }) })),
    school: viewer.roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? null,
    trust: canAny(viewer, "appraisal-completion:view"),
  };
}

/** One plan's objectives, their links and evidence, where each step stands, and the forms for its two parties. */
export async function planDetail(viewer: Viewer, planId: string) {
  if (!isId(planId)) notFound();
  const plan = await db().appraisalPlan.findFirst({
    where: { id: planId, ...planVisibleTo(viewer) },
    include: {
      staffMember: { select: { firstName: true, lastName: true, jobTitle: true, school: { select: { name: true } } } },
      reviewer: { select: { name: true } },
      panel: { select: { userId: true } },
      objectives: { orderBy: { createdAt: "asc" }, include: { priority: { select: { id: true, title: true } }, evidence: { select: { activity: { select: { id: true, title: true, startDate: true } } } } } },
      reviews: { where: { supersededAt: null }, select: { kind: true, revieweeSignedAt: true, reviewerSignedAt: true } },
    },
  });
  if (!plan) notFound();
  const today = londonToday();
  const cycle = await cycleFor(db(), viewer.trustId, plan.academicYear);
  const party = isParty(viewer, plan) && plan.academicYear === planYear();
  const { first, last } = { first: new Date(Date.UTC(plan.academicYear, 8, 1)), last: new Date(Date.UTC(plan.academicYear + 1, 7, 31)) };
  const [priorities, cpd] = await Promise.all([
    party ? db().improvementPriority.findMany({ where: { trustId: viewer.trustId, schoolId: plan.schoolId, academicYear: plan.academicYear }, select: { id: true, title: true }, orderBy: { createdAt: "asc" } }) : [],
    // The reviewee's CPD this year, as the CPD where-builder lets the viewer read it (own, school leaders, line manager).
    db().cpdActivity.findMany({ where: { ...activityVisibleTo(viewer), staffMemberId: plan.staffMemberId, startDate: { gte: first, lte: last } }, select: { id: true, title: true, startDate: true, status: true }, orderBy: { startDate: "desc" }, take: 50 }),
  ]);
  const window = objectivesWindow(cycle, plan.isHead);
  return {
    id: plan.id,
    reviewee: fullName(plan.staffMember),
    jobTitle: plan.staffMember.jobTitle,
    school: plan.staffMember.school.name,
    schoolId: plan.schoolId,
    yearLabel: academicYearLabel(plan.academicYear),
    reviewer: plan.reviewer.name,
    isHead: plan.isHead,
    window: { from: window.from, to: window.to },
    minObjectives: cycle.minObjectives,
    maxObjectives: cycle.maxObjectives,
    agreed: objectivesAgreed({ ...plan, objectives: plan.objectives.length }),
    revieweeAgreed: Boolean(plan.revieweeAgreedAt),
    reviewerAgreed: Boolean(plan.reviewerAgreedAt),
    asReviewee: isReviewee(viewer, plan),
    asReviewer: isReviewer(viewer, plan),
    party,
    readsReviews: mayReadReviews(viewer, plan),
    steps: progressOf(cycle, plan.isHead, { objectives: plan.objectives.length, revieweeAgreedAt: plan.revieweeAgreedAt, reviewerAgreedAt: plan.reviewerAgreedAt, signed: plan.reviews.filter((r) => r.revieweeSignedAt && r.reviewerSignedAt).map((r) => r.kind) }, today),
    objectives: plan.objectives.map((o) => ({
      id: o.id, title: o.title, successIndicators: o.successIndicators, timeframe: o.timeframe,
      priority: o.priority, trustPriority: o.trustPriority,
      evidence: o.evidence.map((e) => ({ id: e.activity.id, title: e.activity.title, on: isoDay(e.activity.startDate) })),
    })),
    cpd: cpd.map((a) => ({ id: a.id, title: a.title, on: isoDay(a.startDate), status: a.status })),
    priorities: priorities.map((p) => ({ value: p.id, label: p.title })),
    thisYear: plan.academicYear === academicYear(today).startYear,
  };
}
