import "server-only";
// Whose accounts a viewer may see and change the roles of, built from the kernel (lib/access): the
// trust admin every account of the trust; a head those of their school's current staff (whose senior
// leader role they grant); anyone else none.
import { can, headedSchools, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

export function accountsVisibleTo(viewer: Viewer): Prisma.UserWhereInput {
  if (can(viewer, "role:manage")) return { trustId: viewer.trustId };
  return { trustId: viewer.trustId, staffMember: { leaveDate: null, ...whereSchoolIn(headedSchools(viewer)) } };
}
