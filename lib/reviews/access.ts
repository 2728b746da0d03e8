import "server-only";
// Which reviews, review actions and support agreements a viewer may read, built from the kernel (lib/access):
// the trust pin and the registry's scopes.
import { aggregateSchools, isTrustAdmin, PERMISSIONS, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * CSI reviews: the trust admin sees every one; anyone else the reviews they lead or join, and the
 * published reviews of schools whose figures they read ("review:view"). So a head never reads a draft
 * about their own school, and governors and trustees read published reviews only.
 */
export function reviewVisibleTo(v: Viewer): Prisma.SchoolReviewWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  return {
    trustId: v.trustId,
    OR: [{ leadReviewerId: v.userId }, { team: { some: { userId: v.userId } } }, { status: "PUBLISHED", ...whereSchoolIn(aggregateSchools(v)) }],
  };
}

/** Review actions: of the schools whose figures the viewer reads ("review:view"). */
export function reviewActionVisibleTo(v: Viewer): Prisma.ReviewActionWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(aggregateSchools(v)) };
}

/** Support agreements read in full ("csi-support:view"): those the viewer's school gives or receives; every one for the trust admin. */
export function supportAgreementVisibleTo(v: Viewer): Prisma.SupportAgreementWhereInput {
  const scope = PERMISSIONS["csi-support:view"].schools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ giverSchoolId: { in: scope } }, { receiverSchoolId: { in: scope } }] };
}
