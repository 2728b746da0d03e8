import "server-only";
// Who reads and writes performance development, built from the kernel (lib/access). A plan's contents are
// read by its reviewee, its reviewer and the head of its school (a head's own plan: the trust's reviewer
// and the panel's governors); the line manager reads the objectives, not the reviews' conversation; the
// trust reads completion rates only. The pay recommendation is apart: never the reviewee's to read.
import { can, isTrustAdmin, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

type PlanLite = { trustId: string; schoolId: string; staffMemberId: string; reviewerId: string; isHead: boolean; panel?: { userId: string }[] };

/** The schools whose plans the viewer reads as their head (never the trust admin: the trust reads rates). */
const headOf = (v: Viewer) => PERMISSIONS["appraisal:view:any"].schools(v) as string[];

/**
 * Plans whose objectives (`"objectives"`) or also reviews (`"reviews"`) the viewer reads: their own, those
 * they review, their school's as head (a head's own plan is the trust's), a head's they sit on the panel
 * of; for objectives also their line reports'.
 */
export function planVisibleTo(v: Viewer, reading: "objectives" | "reviews" = "objectives"): Prisma.AppraisalPlanWhereInput {
  const me = ownStaffId(v);
  return {
    trustId: v.trustId,
    OR: [
      { staffMemberId: me },
      { reviewerId: v.userId },
      { panel: { some: { userId: v.userId } } },
      { isHead: false, schoolId: { in: headOf(v) } },
      ...(reading === "objectives" ? [{ staffMember: { lineManagerId: me } }] : []),
    ],
  };
}

/** Pay recommendations: the plan's reviewer, the head of its school (not of their own), the trust admin; never the reviewee. */
export function payVisibleTo(v: Viewer): Prisma.AppraisalPayWhereInput {
  const notOwn = { staffMemberId: { not: ownStaffId(v) } };
  if (isTrustAdmin(v)) return { trustId: v.trustId, plan: notOwn };
  return { trustId: v.trustId, plan: { ...notOwn, OR: [{ reviewerId: v.userId }, { isHead: false, schoolId: { in: headOf(v) } }] } };
}

export const isReviewee = (v: Viewer, p: PlanLite) => can(v, "appraisal:view:own", { trustId: p.trustId, staffMemberId: p.staffMemberId });
export const isReviewer = (v: Viewer, p: PlanLite) => can(v, "appraisal:review:own", { trustId: p.trustId, userId: p.reviewerId });
const isHeadOf = (v: Viewer, p: PlanLite) => !p.isHead && can(v, "appraisal:view:any", { trustId: p.trustId, schoolId: p.schoolId });
const onPanel = (v: Viewer, p: PlanLite) => Boolean(p.panel?.some((m) => can(v, "appraisal-panel:view:own", { trustId: p.trustId, userId: m.userId })));

/** The two parties write the objectives and reviews; nobody else does. */
export const isParty = (v: Viewer, p: PlanLite) => isReviewee(v, p) || isReviewer(v, p);

/** Reads the reviews' conversation (workload, wellbeing, flexible working, aspirations). */
export const mayReadReviews = (v: Viewer, p: PlanLite) => isParty(v, p) || isHeadOf(v, p) || onPanel(v, p);

/** Reads the pay recommendation: as payVisibleTo. */
export const mayReadPay = (v: Viewer, p: PlanLite) =>
  !isReviewee(v, p) && (isReviewer(v, p) || isHeadOf(v, p) || (can(v, "appraisal-pay:view", { trustId: p.trustId, schoolId: p.schoolId }) && isTrustAdmin(v)));

/** Sets a plan's reviewer: the head for their school's staff, the trust admin for heads (their reviewer and panel). */
export const maySetReviewer = (v: Viewer, p: { trustId: string; schoolId: string; isHead: boolean }) =>
  p.isHead ? can(v, "appraisal-cycle:set", { trustId: p.trustId }) : can(v, "appraisal:view:any", { trustId: p.trustId, schoolId: p.schoolId });
