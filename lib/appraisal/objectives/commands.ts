import "server-only";
// Objectives, written by either party of the plan and agreed by both. Changing what an objective asks
// (not the CPD linked to it as evidence) after either has agreed clears both agreements: the changed set
// is agreed again. The link to a school priority must be one of the reviewee's school for the year.
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { routes } from "@/lib/routes";
import { notifyObjectives } from "@/lib/notifications/events/appraisal";
import { isParty } from "../access";
import { loadPlan, otherParty, type LoadedPlan } from "../load";
import { cycleFor, planYear } from "../mutations";
import { agreeSchema, objectiveSchema, removeObjectiveSchema } from "../schema";

const pages = (planId: string, schoolId: string) => [routes.performancePlan(planId), routes.performance(), routes.performanceSchool(schoolId)];
const party = (viewer: Parameters<typeof isParty>[0], _: unknown, plan: LoadedPlan) => isParty(viewer, plan);

function thisYear(plan: LoadedPlan) {
  if (plan.academicYear !== planYear()) throw new AppError("CONFLICT", "That year's performance development is closed.");
}

async function clearAgreement(tx: Tx, plan: LoadedPlan) {
  if (plan.revieweeAgreedAt || plan.reviewerAgreedAt) await tx.appraisalPlan.update({ where: { id: plan.id }, data: { revieweeAgreedAt: null, reviewerAgreedAt: null } });
}

export const saveObjective = command({
  schema: objectiveSchema,
  load: (tx, viewer, input) => loadPlan(tx, viewer, input.planId),
  authorize: party,
  async work(tx, viewer, input, plan) {
    thisYear(plan);
    const before = input.objectiveId ? await tx.appraisalObjective.findFirst({ where: { id: input.objectiveId, planId: plan.id, trustId: viewer.trustId }, include: { evidence: true } }) : null;
    if (input.objectiveId && !before) throw fieldError("objectiveId", "Choose one of this plan's objectives.");
    const cycle = await cycleFor(tx, plan.trustId, plan.academicYear);
    if (!before && (await tx.appraisalObjective.count({ where: { planId: plan.id } })) >= cycle.maxObjectives) {
      throw new AppError("CONFLICT", `The trust asks for ${cycle.maxObjectives} objectives at most: change or remove one before adding another.`);
    }
    const trustPriority = input.trustPriority || null;
    if (input.priorityId) {
      const p = await tx.improvementPriority.findFirst({ where: { id: input.priorityId, trustId: viewer.trustId, schoolId: plan.schoolId, academicYear: plan.academicYear }, select: { id: true } });
      if (!p) throw fieldError("priorityId", "Choose one of the school's priorities for this year.");
    } else if (!trustPriority) {
      throw fieldError("priorityId", "Link the objective to a school priority, or name the trust priority it serves.");
    }
    const evidence = [...new Set(input["evidence[]"])];
    const own = await tx.cpdActivity.count({ where: { id: { in: evidence }, trustId: viewer.trustId, staffMemberId: plan.staffMemberId } });
    if (own !== evidence.length) throw fieldError("evidence[]", "Choose CPD records of the person reviewed.");
    const fields = { title: input.title, successIndicators: input.successIndicators, timeframe: input.timeframe, priorityId: input.priorityId ?? null, trustPriority: input.priorityId ? null : trustPriority };
    const after = before
      ? await tx.appraisalObjective.update({ where: { id: before.id }, data: fields })
      : await tx.appraisalObjective.create({ data: { trustId: viewer.trustId, planId: plan.id, ...fields } });
    await tx.appraisalObjectiveEvidence.deleteMany({ where: { objectiveId: after.id, activityId: { notIn: evidence } } });
    await tx.appraisalObjectiveEvidence.createMany({ data: evidence.map((activityId) => ({ trustId: viewer.trustId, objectiveId: after.id, activityId })), skipDuplicates: true });
    const asks = (o: typeof fields) => [o.title, o.successIndicators, o.timeframe, o.priorityId, o.trustPriority].join("\u0000");
    const data = { id: plan.id, schoolId: plan.schoolId };
    if (before && asks(before) === asks(fields) && before.evidence.map((e) => e.activityId).sort().join() === evidence.sort().join()) return { data, unchanged: true };
    if (!before || asks(before) !== asks(fields)) {
      await clearAgreement(tx, plan);
      await notifyObjectives(tx, plan, otherParty(viewer, plan), "proposed");
    }
    return changed("AppraisalObjective", after.id, before ? "appraisal.objective.edit" : "appraisal.objective.add", { before, after: { ...after, evidence } }, data);
  },
  revalidate: (_, data) => pages(data.id, data.schoolId),
  success: (_, input) => (input.objectiveId ? "Objective saved." : "Objective added."),
});

export const removeObjective = command({
  schema: removeObjectiveSchema,
  load: async (tx, viewer, input) => {
    const o = await tx.appraisalObjective.findFirst({ where: { id: input.objectiveId, trustId: viewer.trustId }, select: { id: true, planId: true, title: true, _count: { select: { progress: true } } } });
    const plan = o ? await loadPlan(tx, viewer, o.planId) : null;
    return o && plan ? { ...plan, objective: o } : null;
  },
  authorize: party,
  async work(tx, viewer, _input, plan) {
    thisYear(plan);
    if (plan.objective._count.progress > 0) throw new AppError("CONFLICT", "This objective is in a review already: change it rather than remove it.");
    await tx.appraisalObjective.delete({ where: { id: plan.objective.id } });
    await clearAgreement(tx, plan);
    await notifyObjectives(tx, plan, otherParty(viewer, plan), "proposed");
    return changed("AppraisalObjective", plan.objective.id, "appraisal.objective.remove", { before: plan.objective }, { id: plan.id, schoolId: plan.schoolId });
  },
  revalidate: (_, data) => pages(data.id, data.schoolId),
  success: "Objective removed.",
});

export const agreeObjectives = command({
  schema: agreeSchema,
  load: (tx, viewer, input) => loadPlan(tx, viewer, input.planId),
  authorize: party,
  async work(tx, viewer, _input, plan) {
    thisYear(plan);
    const cycle = await cycleFor(tx, plan.trustId, plan.academicYear);
    const count = await tx.appraisalObjective.count({ where: { planId: plan.id } });
    if (count < cycle.minObjectives || count > cycle.maxObjectives) {
      throw new AppError("CONFLICT", `The trust asks for ${cycle.minObjectives} to ${cycle.maxObjectives} objectives; there ${count === 1 ? "is 1" : `are ${count}`}.`);
    }
    const side = plan.reviewerId === viewer.userId ? "reviewerAgreedAt" : "revieweeAgreedAt";
    const data = { id: plan.id, schoolId: plan.schoolId };
    if (plan[side]) return { data, unchanged: true };
    const after = await tx.appraisalPlan.update({ where: { id: plan.id }, data: { [side]: new Date() } });
    if (!after.revieweeAgreedAt || !after.reviewerAgreedAt) await notifyObjectives(tx, plan, otherParty(viewer, plan), "awaiting");
    return changed("AppraisalPlan", plan.id, "appraisal.objectives.agree", { before: { [side]: null }, after: { [side]: after[side] } }, data);
  },
  revalidate: (_, data) => pages(data.id, data.schoolId),
  success: "You have agreed the objectives.",
});
