import "server-only";
// Who reads and writes the leadership pipeline, built from the kernel (lib/access): a person's own
// aspirations and NPQs; their head (the school they work at today by their staff record) for
// endorsing, verifying and the named talent pool; the trust admin everywhere. Trustees read counts only.
import { PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { ownStaffId } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

const headed = (v: Viewer, permission: "aspiration:endorse" | "qualification:verify" | "talent:view" | "succession:manage") => {
  const scope = PERMISSIONS[permission].schools(v);
  return scope === "all" ? {} : { schoolId: { in: scope } };
};

/** The viewer's own aspirations, and those of the staff of the schools they head. */
export function aspirationVisibleTo(v: Viewer): Prisma.AspirationWhereInput {
  return { trustId: v.trustId, OR: [{ staffMemberId: ownStaffId(v) }, { staffMember: { trustId: v.trustId, ...headed(v, "talent:view") } }] };
}

/** Aspirations the viewer may endorse: their school's staff's, never their own. */
export function endorsableBy(v: Viewer): Prisma.AspirationWhereInput {
  return { trustId: v.trustId, staffMemberId: { not: ownStaffId(v) }, staffMember: { trustId: v.trustId, ...headed(v, "aspiration:endorse") } };
}

/** Qualifications the viewer may verify: their school's staff's, never their own. */
export function verifiableBy(v: Viewer): Prisma.QualificationWhereInput {
  return { trustId: v.trustId, staffMemberId: { not: ownStaffId(v) }, staffMember: { trustId: v.trustId, ...headed(v, "qualification:verify") } };
}

/** Succession plans the viewer keeps: their school's (every school's for the trust admin). */
export function successionPostVisibleTo(v: Viewer): Prisma.SuccessionPostWhereInput {
  return { trustId: v.trustId, ...headed(v, "succession:manage") };
}

/** A school's current staff, the people a plan may name. */
export const currentStaffOf = (v: Viewer, schoolId: string): Prisma.StaffMemberWhereInput => ({ trustId: v.trustId, schoolId, leaveDate: null });
