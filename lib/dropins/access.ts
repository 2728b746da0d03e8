import "server-only";
// Who reads a drop-in visit (issue 18 §3): the teacher visited ("dropin:view:own"), the visitor
// ("dropin:visitor:own") and the head of the teacher's school ("dropin:view:any"); nobody else, not
// the trust admin (unless they made the visit), governors or trustees. Leaders of a school record them.
import { can, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

type Visit = { trustId: string; schoolId: string; teacherId: string; visitorId: string };

/** Heads' schools, as a list (the permission never reaches "all"). */
export function headedForDropIns(v: Viewer): string[] {
  return PERMISSIONS["dropin:view:any"].schools(v);
}

export function dropInVisibleTo(v: Viewer): Prisma.DropInVisitWhereInput {
  const heads = headedForDropIns(v);
  return { trustId: v.trustId, OR: [{ teacherId: ownStaffId(v) }, { visitorId: v.userId }, ...(heads.length ? [{ schoolId: { in: heads } }] : [])] };
}

const isTeacher = (v: Viewer, visit: Visit) => can(v, "dropin:view:own", { trustId: visit.trustId, staffMemberId: visit.teacherId });
const isVisitor = (v: Viewer, visit: Visit) => can(v, "dropin:visitor:own", { trustId: visit.trustId, userId: visit.visitorId });

export const mayReadDropIn = (v: Viewer, visit: Visit) => isTeacher(v, visit) || isVisitor(v, visit) || can(v, "dropin:view:any", { trustId: visit.trustId, schoolId: visit.schoolId });

/** The teacher and the visitor write the thread; the head reads it. */
export const mayReply = (v: Viewer, visit: Visit) => isTeacher(v, visit) || isVisitor(v, visit);

export const mayRecordDropIn = (v: Viewer, school: { trustId: string; schoolId: string }) => can(v, "dropin:record", school);
