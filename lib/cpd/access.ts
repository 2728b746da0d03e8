import "server-only";
// Which CPD activities a viewer may see, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { staffRecordSchools, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

/** CPD activities of the schools whose staff records the viewer reads ("activity:view:any"). */
export function activityReviewableBy(v: Viewer): Prisma.CpdActivityWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(staffRecordSchools(v)) };
}

/** Every CPD activity the viewer may see: their own, and those of the schools they lead. */
export function activityVisibleTo(v: Viewer): Prisma.CpdActivityWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  return { trustId: v.trustId, OR: [{ staffMemberId: ownStaffId(v) }, { schoolId: { in: scope } }] };
}
