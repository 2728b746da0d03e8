import "server-only";
// The cycle and who reviews whom: the trust admin sets the year's windows and rules and each head's
// reviewer and panel; a head sets their staff's reviewers (the line manager by default); a member of
// staff or their line manager starts the year's plan with the line manager as reviewer.
import { can } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { academicYear, academicYearLabel, fromIsoDay, londonToday } from "@/lib/dates";
import { routes } from "@/lib/routes";
import { maySetReviewer } from "./access";
import { activeUser, appraisee, planYear, upsertPlan, whyOut, type Appraisee } from "./mutations";
import { cycleSchema, setHeadReviewerSchema, setReviewerSchema, startPlanSchema } from "./schema";

const schoolPages = (schoolId: string, planId?: string) => [routes.performance(), routes.performanceSchool(schoolId), ...(planId ? [routes.performancePlan(planId)] : [])];

const PAIRS = [["objectivesFrom", "objectivesTo"], ["objectivesFrom", "headsObjectivesTo"], ["midYearFrom", "midYearTo"], ["endYearFrom", "endYearTo"], ["objectivesTo", "midYearFrom"], ["midYearTo", "endYearFrom"]] as const;

export const setCycle = command({
  schema: cycleSchema,
  authorize: (viewer) => can(viewer, "appraisal-cycle:set", { trustId: viewer.trustId }),
  async work(tx, viewer, input) {
    const { startYear } = academicYear(londonToday());
    if (input.academicYear !== startYear && input.academicYear !== startYear + 1) throw fieldError("academicYear", "Choose this academic year or the next.");
    const first = `${input.academicYear}-09-01`;
    const last = `${input.academicYear + 1}-08-31`;
    for (const key of ["objectivesFrom", "objectivesTo", "headsObjectivesTo", "midYearFrom", "midYearTo", "endYearFrom", "endYearTo"] as const) {
      if (input[key] < first || input[key] > last) throw fieldError(key, `The date must be in ${academicYearLabel(input.academicYear)} (1 September to 31 August).`);
    }
    for (const [a, b] of PAIRS) if (input[a] > input[b]) throw fieldError(b, "This date must not be before the window it follows.");
    if (input.minObjectives > input.maxObjectives) throw fieldError("maxObjectives", "The most objectives must not be fewer than the fewest.");
    const data = {
      objectivesFrom: fromIsoDay(input.objectivesFrom), objectivesTo: fromIsoDay(input.objectivesTo), headsObjectivesTo: fromIsoDay(input.headsObjectivesTo),
      midYearFrom: fromIsoDay(input.midYearFrom), midYearTo: fromIsoDay(input.midYearTo), endYearFrom: fromIsoDay(input.endYearFrom), endYearTo: fromIsoDay(input.endYearTo),
      supportStaff: input.supportStaff, payRecommendations: input.payRecommendations, minObjectives: input.minObjectives, maxObjectives: input.maxObjectives, updatedById: viewer.userId,
    };
    const key = { trustId_academicYear: { trustId: viewer.trustId, academicYear: input.academicYear } };
    const before = await tx.appraisalCycle.findUnique({ where: key });
    const after = await tx.appraisalCycle.upsert({ where: key, create: { trustId: viewer.trustId, academicYear: input.academicYear, ...data }, update: data });
    return changed("AppraisalCycle", after.id, "appraisal.cycle.set", { before, after }, { id: after.id });
  },
  revalidate: () => [routes.performanceTrust(), routes.performance()],
  success: "Cycle saved.",
});

async function inCycle(tx: Tx, s: Appraisee) {
  const why = await whyOut(tx, s, planYear());
  if (why) throw new AppError("CONFLICT", `${s.firstName} ${s.lastName} is out of this year's cycle (${why.toLowerCase()}).`);
}

export const startPlan = command({
  schema: startPlanSchema,
  load: (tx, viewer, input) => appraisee(tx, viewer.trustId, input.staffMemberId),
  // The reviewee, or their line manager, starts the year; heads' plans are the trust's to set.
  authorize: (viewer, _, s) => can(viewer, "appraisal:view:own", s) || can(viewer, "appraisal-reports:view:own", { trustId: s.trustId, staffMemberId: s.lineManagerId }),
  async work(tx, _viewer, _input, s) {
    if (s.isHead) throw new AppError("CONFLICT", "A head's reviewer and panel are set by the trust.");
    await inCycle(tx, s);
    const existing = await tx.appraisalPlan.findUnique({ where: { staffMemberId_academicYear: { staffMemberId: s.id, academicYear: planYear() } } });
    if (existing) return { data: { id: existing.id, schoolId: s.schoolId }, unchanged: true };
    if (!s.lineManager?.userId) throw new AppError("CONFLICT", "No reviewer yet: there is no line manager with a sign-in. The head sets the reviewer.");
    const { after } = await upsertPlan(tx, s, planYear(), s.lineManager.userId);
    return changed("AppraisalPlan", after.id, "appraisal.plan.start", { after }, { id: after.id, schoolId: s.schoolId });
  },
  revalidate: (_, data) => schoolPages(data.schoolId, data.id),
  success: "Performance development started for this year.",
});

export const setReviewer = command({
  schema: setReviewerSchema,
  load: (tx, viewer, input) => appraisee(tx, viewer.trustId, input.staffMemberId),
  authorize: (viewer, _, s) => maySetReviewer(viewer, { trustId: s.trustId, schoolId: s.schoolId, isHead: s.isHead }),
  async work(tx, viewer, input, s) {
    await inCycle(tx, s);
    if (s.userId === input.reviewerId) throw fieldError("reviewerId", "A reviewer cannot be the person reviewed.");
    const reviewer = await activeUser(tx, viewer.trustId, input.reviewerId);
    if (!reviewer || reviewer.staffMember?.schoolId !== s.schoolId) throw fieldError("reviewerId", "Choose a member of this school's staff with a sign-in.");
    const { before, after } = await upsertPlan(tx, s, planYear(), reviewer.id);
    const data = { id: after.id, schoolId: s.schoolId };
    if (before?.reviewerId === reviewer.id) return { data, unchanged: true };
    return changed("AppraisalPlan", after.id, "appraisal.reviewer.set", { before: { reviewerId: before?.reviewerId ?? null }, after: { reviewerId: reviewer.id } }, data);
  },
  revalidate: (_, data) => schoolPages(data.schoolId, data.id),
  success: "Reviewer set.",
});

export const setHeadReviewer = command({
  schema: setHeadReviewerSchema,
  load: (tx, viewer, input) => appraisee(tx, viewer.trustId, input.staffMemberId),
  authorize: (viewer, _, s) => s.isHead && maySetReviewer(viewer, { trustId: s.trustId, schoolId: s.schoolId, isHead: true }),
  async work(tx, viewer, input, s) {
    if (s.userId === input.reviewerId) throw fieldError("reviewerId", "A reviewer cannot be the person reviewed.");
    if (!(await activeUser(tx, viewer.trustId, input.reviewerId))) throw fieldError("reviewerId", "Choose a trust leader with a sign-in.");
    const panel = [...new Set(input["panel[]"])];
    const governors = await tx.roleAssignment.count({ where: { trustId: viewer.trustId, role: "LOCAL_GOVERNOR", schoolId: s.schoolId, userId: { in: panel } } });
    if (governors !== panel.length) throw fieldError("panel[]", "Choose governors of the head's own school.");
    const { before, after } = await upsertPlan(tx, s, planYear(), input.reviewerId);
    const was = await tx.appraisalPanelMember.findMany({ where: { planId: after.id }, select: { userId: true } });
    await tx.appraisalPanelMember.deleteMany({ where: { planId: after.id, userId: { notIn: panel } } });
    await tx.appraisalPanelMember.createMany({ data: panel.map((userId) => ({ trustId: viewer.trustId, planId: after.id, userId })), skipDuplicates: true });
    return changed("AppraisalPlan", after.id, "appraisal.head-reviewer.set", {
      before: { reviewerId: before?.reviewerId ?? null, panel: was.map((p) => p.userId) }, after: { reviewerId: after.reviewerId, panel },
    }, { id: after.id, schoolId: s.schoolId });
  },
  revalidate: (_, data) => [routes.performanceTrust(), ...schoolPages(data.schoolId, data.id)],
  success: "Head's reviewer and panel saved.",
});
