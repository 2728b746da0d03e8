import "server-only";
// Which governance visits a viewer may read, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { aggregateSchools, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

/** Governance visits: to the schools whose aggregates the viewer reads ("visit:view"). */
export function governanceVisitVisibleTo(v: Viewer): Prisma.GovernanceVisitWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(aggregateSchools(v)) };
}
