import "server-only";
// Who proposes, approves and reads workload demands (issue 20 §2), from the registry ("workload:*"):
// a school's leaders propose, its head approves, and a trust-wide demand is the trust admin's alone.
import { can, isTrustAdmin, PERMISSIONS, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

/** Demands of the schools whose load the viewer reads, and the trust-wide ones. */
export function demandVisibleTo(v: Viewer): Prisma.WorkloadDemandWhereInput {
  const scope = PERMISSIONS["workload:view"].schools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ schoolId: null, ...(scope.length ? {} : { id: { in: [] } }) }, whereSchoolIn(scope)] };
}

export const mayPropose = (v: Viewer, schoolId: string | null) => (schoolId ? can(v, "workload:propose", { trustId: v.trustId, schoolId }) : isTrustAdmin(v));
export const mayApprove = (v: Viewer, d: { trustId: string; schoolId: string | null }) => (d.schoolId ? can(v, "workload:approve", d) : isTrustAdmin(v) && d.trustId === v.trustId);
