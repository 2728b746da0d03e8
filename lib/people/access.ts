import "server-only";
// Whose named staff records a viewer may read, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { staffRecordSchools, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";
import { londonToday } from "@/lib/dates";
import { placedAt } from "./employment/where";

/**
 * Named staff records: of the schools the viewer leads (all of them for the trust admin), and of
 * anyone seconded or swapped to one of those schools today (decision 017): they work there now.
 */
export function staffVisibleTo(v: Viewer): Prisma.StaffMemberWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ schoolId: { in: scope } }, placedAt(scope, londonToday())] };
}
