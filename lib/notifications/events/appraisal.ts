// Performance development (lib/appraisal): the other party of a plan is told when objectives are proposed
// or changed, when they wait for their agreement, and when a review waits for their sign-off. Both may
// open the plan; the text names the reviewee and the step, nothing of the contents.
import type { Tx } from "@/lib/db/client";
import { londonToday, isoDay } from "@/lib/dates";
import { notify } from "../notify";
import { routes } from "@/lib/routes";

type Plan = { id: string; trustId: string; reviewerId: string; staffMember: { firstName: string; lastName: string; userId: string | null } };

const whose = (plan: Plan, to: string | null) => (to === plan.reviewerId ? `${plan.staffMember.firstName} ${plan.staffMember.lastName}'s` : "Your");

export async function notifyObjectives(tx: Tx, plan: Plan, to: string | null, what: "proposed" | "awaiting") {
  await notify(tx, {
    trustId: plan.trustId,
    userIds: [to],
    kind: "appraisal.objectives",
    title: what === "proposed" ? `${whose(plan, to)} objectives: changes proposed` : `${whose(plan, to)} objectives are awaiting your agreement`,
    body: what === "proposed" ? "Read them and agree them when you are both content." : "The other party has agreed them.",
    link: routes.performancePlan(plan.id),
    // Several objectives written in one sitting make one notification a day, not one each.
    ...(what === "proposed" ? { dedupeKey: `appraisal.objectives:${plan.id}:${isoDay(londonToday())}` } : {}),
  });
}

/** `review`: the review's name ("Mid-year review") and its path's slug ("mid-year"), from lib/appraisal/labels.ts. */
export async function notifySignOff(tx: Tx, plan: Plan, to: string | null, review: { label: string; slug: string }) {
  await notify(tx, {
    trustId: plan.trustId,
    userIds: [to],
    kind: "appraisal.sign-off",
    title: `${whose(plan, to)} ${review.label.toLowerCase()} is waiting for your sign-off`,
    body: "The other party has signed it off.",
    link: routes.performanceReview(plan.id, review.slug),
  });
}
