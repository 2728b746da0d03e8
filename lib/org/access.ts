import "server-only";
// Which schools a viewer may see, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { aggregateSchools, visibleSchools, whereSchoolIn, type Scope, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

/** Schools the viewer may open (or, given a scope, the schools of that scope), of their trust only. */
export function schoolVisibleTo(v: Viewer, scope: Scope = visibleSchools(v)): Prisma.SchoolWhereInput {
  // A school archived when it left the trust (GIAS import) keeps its history but leaves current lists.
  return { trustId: v.trustId, archivedAt: null, ...whereSchoolIn(scope, "id") };
}

/** Schools whose aggregates (never named records) the viewer may read. */
export const schoolAggregatesVisibleTo = (v: Viewer) => schoolVisibleTo(v, aggregateSchools(v));
