import "server-only";
// Which CPD activities a viewer may see, built from the kernel (lib/access): the trust pin and the registry's scopes.
import { staffRecordSchools, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

/** CPD activities of the schools whose staff records the viewer reads ("activity:view:any"). */
export function activityReviewableBy(v: Viewer): Prisma.CpdActivityWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(staffRecordSchools(v)) };
}

/**
 * Every CPD activity the viewer may see: their own, those of the schools they lead, and their current line
 * reports' ("appraisal-reports:view:own", issue 18 §2: a line manager who is not a senior leader reads their
 * reports' objectives and the CPD behind them). Reading only: verifying stays with activityReviewableBy.
 */
export function activityVisibleTo(v: Viewer): Prisma.CpdActivityWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  const me = ownStaffId(v);
  return { trustId: v.trustId, OR: [{ staffMemberId: me }, { schoolId: { in: scope } }, { staffMember: { lineManagerId: me, leaveDate: null } }] };
}
