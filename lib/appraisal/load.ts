import "server-only";
// A plan read inside a command's transaction through the where-builder, with its panel, so the "may"
// rules of ./access.ts can be asked about it; a plan out of the viewer's sight is "not found".
import type { Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { planVisibleTo } from "./access";

export const loadPlan = (tx: Tx, viewer: Viewer, planId: string) =>
  tx.appraisalPlan.findFirst({
    where: { id: planId, ...planVisibleTo(viewer) },
    include: { panel: { select: { userId: true } }, staffMember: { select: { firstName: true, lastName: true, userId: true } } },
  });
export type LoadedPlan = NonNullable<Awaited<ReturnType<typeof loadPlan>>>;

/** The other party of the plan to the viewer: the reviewer's sign-in for the reviewee, and the other way round. */
export const otherParty = (viewer: Viewer, plan: LoadedPlan) => (plan.reviewerId === viewer.userId ? plan.staffMember.userId : plan.reviewerId);
