import "server-only";
// Who reads and writes coaching (issue 18 §3), from the registry. A pairing itself (who, focus, cadence,
// last session date) is read by the pair, the heads of the coachee's or the coach's school and the trust
// admin ("coaching:view:any"); its steps and session notes by the pair alone ("coaching:view:own"), so
// a head, a reviewer or the trust admin never reads them: coaching is not surveillance.
import { can, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

type PairingPeople = { trustId: string; coachId: string; coacheeId: string };

/** Pairings the viewer may list: their own (either side), those touching a school they head, all for the trust admin. */
export function pairingVisibleTo(v: Viewer): Prisma.CoachingPairingWhereInput {
  const scope = PERMISSIONS["coaching:view:any"].schools(v);
  if (scope === "all") return { trustId: v.trustId };
  const me = ownStaffId(v);
  return { trustId: v.trustId, OR: [{ coachId: me }, { coacheeId: me }, { coachee: { schoolId: { in: scope } } }, { coach: { schoolId: { in: scope } } }] };
}

/** Pairings whose steps and notes the viewer reads: only those they coach or are coached in. */
export function pairingContentVisibleTo(v: Viewer): Prisma.CoachingPairingWhereInput {
  const me = ownStaffId(v);
  return { trustId: v.trustId, OR: [{ coachId: me }, { coacheeId: me }] };
}

/** The coach or the coachee: the only readers of steps and notes. */
export const mayReadContent = (v: Viewer, p: PairingPeople) =>
  can(v, "coaching:view:own", { trustId: p.trustId, staffMemberId: p.coachId }) || can(v, "coaching:view:own", { trustId: p.trustId, staffMemberId: p.coacheeId });

/** The coach alone sets steps and records sessions. */
export const mayCoach = (v: Viewer, p: PairingPeople) => can(v, "coaching:coach:own", { trustId: p.trustId, staffMemberId: p.coachId });

/** The head of the coachee's school (the trust admin: any) sets a pairing up and ends it. */
export const mayManagePairing = (v: Viewer, p: { trustId: string; coachee: { schoolId: string } }) => can(v, "coaching:manage", { trustId: p.trustId, schoolId: p.coachee.schoolId });
