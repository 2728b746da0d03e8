import "server-only";
// Who may read or manage one induction, from the registry (decision 018): a school's leaders by the
// "any" permissions; the people of this induction by the "own" ones, asked with each of them as the
// target (the tutor manages; the ECT, mentor and tutor read). Commands and queries both ask here.
import { can, type Viewer } from "@/lib/auth/policy";

export type InductionPeople = { trustId: string; schoolId: string; staffMemberId: string; mentorId: string | null; inductionTutorId: string | null };

export function mayManageInduction(v: Viewer, i: InductionPeople): boolean {
  return can(v, "induction:manage:any", { trustId: i.trustId, schoolId: i.schoolId }) || can(v, "induction:manage:own", { trustId: i.trustId, staffMemberId: i.inductionTutorId });
}

export function mayViewInduction(v: Viewer, i: InductionPeople): boolean {
  if (can(v, "induction:view:any", { trustId: i.trustId, schoolId: i.schoolId }) || mayManageInduction(v, i)) return true;
  return [i.staffMemberId, i.mentorId, i.inductionTutorId].some((id) => can(v, "induction:view:own", { trustId: i.trustId, staffMemberId: id }));
}
