import "server-only";
// Who may read or manage one induction, from the registry (decision 018): a school's leaders by the
// "any" permissions (the host school's, of a seconded ECT, read only); the people of this induction by
// the "own" ones, asked with each of them as the target (the tutor manages; the ECT, mentor and tutor
// read). Commands and queries both ask here.
import { can, staffRecordSchools, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";
import { londonToday } from "@/lib/dates";
import { placedAt } from "@/lib/people/employment/where";

/** `hostSchoolIds`: the schools the ECT is seconded or swapped to today, whose staff-record readers read it too. */
export type InductionPeople = { trustId: string; schoolId: string; staffMemberId: string; mentorId: string | null; inductionTutorId: string | null; hostSchoolIds?: string[] };

export function mayManageInduction(v: Viewer, i: InductionPeople): boolean {
  return can(v, "induction:manage:any", { trustId: i.trustId, schoolId: i.schoolId }) || can(v, "induction:manage:own", { trustId: i.trustId, staffMemberId: i.inductionTutorId });
}

export function mayViewInduction(v: Viewer, i: InductionPeople): boolean {
  if (can(v, "induction:view:any", { trustId: i.trustId, schoolId: i.schoolId }) || mayManageInduction(v, i)) return true;
  // The host school of a secondment or swap reads it (never manages it: the home school and the tutor do), as it reads their record.
  if ((i.hostSchoolIds ?? []).some((schoolId) => can(v, "induction:view:any", { trustId: i.trustId, schoolId }))) return true;
  return [i.staffMemberId, i.mentorId, i.inductionTutorId].some((id) => can(v, "induction:view:own", { trustId: i.trustId, staffMemberId: id }));
}

/**
 * Early-career inductions (decision 018): of the schools whose staff records the viewer reads
 * ("induction:view:any", every school for the trust admin), and those where the viewer is the ECT,
 * their mentor or their induction tutor ("induction:view:own").
 */
export function inductionVisibleTo(v: Viewer): Prisma.EarlyCareerInductionWhereInput {
  const scope = staffRecordSchools(v);
  if (scope === "all") return { trustId: v.trustId };
  const me = ownStaffId(v);
  // A seconded or swapped ECT's host school reads their induction, as it reads their record (staffVisibleTo).
  return {
    trustId: v.trustId,
    OR: [{ staffMember: { schoolId: { in: scope } } }, { staffMember: placedAt(scope, londonToday()) }, { staffMemberId: me }, { mentorId: me }, { inductionTutorId: me }],
  };
}
