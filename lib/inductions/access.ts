import "server-only";
// Who may read or manage one induction, from the registry (decision 018): a school's leaders by the
// "any" permissions (the host school's, of a seconded ECT, read only); the people of this induction by
// the "own" ones, asked with each of them as the target (the tutor manages; the ECT, mentor and tutor
// read). Commands and queries both ask here.
import { can, type Viewer } from "@/lib/access/policy";

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
