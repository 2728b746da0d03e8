import "server-only";
// The pay recommendation: the reviewer's, where the trust records them, kept apart from the objectives and
// reviews (its own page, its own where-builder) so the reviewee never reads it.
import { changed, command } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import { routes } from "@/lib/routes";
import { isReviewee, isReviewer } from "./access";
import { loadPlan } from "./load";
import { cycleFor } from "./mutations";
import { paySchema } from "./schema";

export const recordPay = command({
  schema: paySchema,
  load: (tx, viewer, input) => loadPlan(tx, viewer, input.planId),
  authorize: (viewer, _, plan) => isReviewer(viewer, plan) && !isReviewee(viewer, plan),
  async work(tx, viewer, input, plan) {
    if (!(await cycleFor(tx, plan.trustId, plan.academicYear)).payRecommendations) throw new AppError("CONFLICT", "The trust records no pay recommendations this year.");
    const before = await tx.appraisalPay.findUnique({ where: { planId: plan.id } });
    const values = { outcome: input.outcome, reason: input.reason, recordedById: viewer.userId, at: new Date() };
    const after = await tx.appraisalPay.upsert({ where: { planId: plan.id }, create: { trustId: plan.trustId, planId: plan.id, ...values }, update: values });
    return changed("AppraisalPay", after.id, "appraisal.pay.record", { before, after }, { id: plan.id, schoolId: plan.schoolId });
  },
  revalidate: (_, data) => [routes.performancePay(data.id), routes.performanceSchool(data.schoolId)],
  success: "Pay recommendation recorded.",
});
