import "server-only";
// The CSI slice's access rules, as pure functions of the viewer built on lib/auth/policy.ts's
// scopes; they will move into the permission registry as it lands. Every review query spreads
// reviewVisibleTo, so a head never reads a draft about their own school and a governor or trustee
// reads only published reviews.
import type { Prisma } from "@/lib/db/generated/client";
import { aggregateSchools, hasRole, inScope, isTrustAdmin, staffRecordSchools, whereSchoolIn, type Viewer } from "@/lib/auth/policy";

const headSchools = (v: Viewer) => [...new Set(v.roles.filter((r) => r.role === "HEADTEACHER" && r.schoolId).map((r) => r.schoolId as string))];

/** The reviews the viewer may open: the trust's for an admin; otherwise the ones they review, and published ones of schools whose figures they see. */
export function reviewVisibleTo(v: Viewer): Prisma.SchoolReviewWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  const schools = aggregateSchools(v);
  return {
    trustId: v.trustId,
    OR: [
      { leadReviewerId: v.userId },
      { team: { some: { userId: v.userId } } },
      { status: "PUBLISHED", ...whereSchoolIn(schools) },
    ],
  };
}

/** Evidence notes and reviewer names: the trust, the school's head and senior leaders, and the reviewers; never governors or trustees. */
export function seesEvidence(v: Viewer, review: { schoolId: string; leadReviewerId: string; teamUserIds: string[] }): boolean {
  return isTrustAdmin(v) || review.leadReviewerId === v.userId || review.teamUserIds.includes(v.userId) || inScope(staffRecordSchools(v), review.schoolId);
}

/** The lead reviewer writes a review until it is submitted. */
export const canWriteReview = (v: Viewer, review: { leadReviewerId: string; status: string }) => review.status === "DRAFT" && review.leadReviewerId === v.userId;

/** The school's head (or the trust) manages its actions: add, assign, progress notes, done. */
export const canManageActions = (v: Viewer, schoolId: string) => isTrustAdmin(v) || headSchools(v).includes(schoolId);

/** Actions and CSI standing of a school are read by whoever sees its figures. */
export const schoolCsiVisible = (v: Viewer, schoolId: string) => inScope(aggregateSchools(v), schoolId);

/** The action where for a viewer: its school in their figures' scope. */
export function actionVisibleTo(v: Viewer): Prisma.ReviewActionWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(aggregateSchools(v)) };
}

/** The CSI board: trust admins and trustees. */
export const seesBoard = (v: Viewer) => hasRole(v, "TRUST_ADMIN", "TRUSTEE");

/** Trust admins run the programme: cycles, assignments, publishing, CSI levels, critical friends, agreements. */
export const runsCsi = (v: Viewer) => isTrustAdmin(v);

export { headSchools };

/** The "Reviews" link: the trust, trustees, anyone who sees a school's figures, and heads (who review other schools). */
export const seesReviews = (v: Viewer) => isTrustAdmin(v) || hasRole(v, "TRUSTEE", "HEADTEACHER") || aggregateSchools(v) === "all" || (aggregateSchools(v) as string[]).length > 0;
