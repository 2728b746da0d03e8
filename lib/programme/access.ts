import "server-only";
// Who reads and runs the CPD programme, built from the kernel (lib/access). A course belongs to a school
// (its head runs it), a community (its network leaders) or the trust (the trust admin); staff see
// published courses, organisers their drafts too. A booking awaiting approval is its school's head's.
import { can, canAny, headedSchools, isTrustAdmin, ledCommunities, type Viewer, whereSchoolIn } from "@/lib/access/policy";
import { NOBODY } from "@/lib/access/where";
import type { Prisma } from "@/lib/db/generated/client";

type Owned = { trustId: string; ownerSchoolId: string | null; communityId: string | null };

/** Runs the course: publishes it, takes its registers, reads its bookings and impact report. */
export function mayOrganise(v: Viewer, c: Owned): boolean {
  if (c.trustId !== v.trustId) return false;
  if (c.communityId) return can(v, "network-course:publish", { trustId: c.trustId, communityId: c.communityId });
  if (c.ownerSchoolId) return can(v, "course:publish", { trustId: c.trustId, schoolId: c.ownerSchoolId });
  return isTrustAdmin(v);
}

/** May publish courses at all (for navigation and the "publish a course" link). */
export const mayPublishAny = (v: Viewer) => canAny(v, "course:publish") || canAny(v, "network-course:publish");

/** Courses the viewer organises: their school's, their communities', every one for the trust admin. */
export function organisedBy(v: Viewer): Prisma.CourseWhereInput {
  if (isTrustAdmin(v)) return { trustId: v.trustId };
  const schools = headedSchools(v) as string[];
  const communities = ledCommunities(v) as string[];
  return { trustId: v.trustId, OR: [{ ownerSchoolId: { in: schools } }, { communityId: { in: communities } }] };
}

/** Published courses to anyone who may browse the programme, and drafts to their organisers. */
export function courseVisibleTo(v: Viewer): Prisma.CourseWhereInput {
  if (!can(v, "course:view")) return { id: NOBODY };
  return { trustId: v.trustId, OR: [{ status: "PUBLISHED" }, organisedBy(v)] };
}

/** Bookings the viewer decides or whose no-shows they see: their school's staff's (every one for the trust admin). */
export function bookingsOfHeadedSchools(v: Viewer): Prisma.CourseBookingWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(headedSchools(v)) };
}

export const mayBook = (v: Viewer) => Boolean(v.staff) && can(v, "course:book:own", { trustId: v.trustId, staffMemberId: v.staff?.id });
export const readsImpactNames = (v: Viewer) => can(v, "programme:impact");
