import "server-only";
import { db } from "@/lib/db/client";
import type { Viewer } from "./policy";

/** Loads a viewer by user id: roles and own employment. Null for a missing or disabled user. */
export async function loadViewer(userId: string): Promise<Viewer | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      trustId: true,
      name: true,
      email: true,
      status: true,
      staffMember: { select: { id: true, schoolId: true, leaveDate: true } },
      roleAssignments: { select: { id: true, role: true, schoolId: true, communityId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!user || user.status !== "ACTIVE") return null;
  const staff = user.staffMember && !user.staffMember.leaveDate ? user.staffMember : null;
  return {
    userId: user.id,
    trustId: user.trustId,
    name: user.name,
    email: user.email,
    staff: staff ? { id: staff.id, schoolId: staff.schoolId } : null,
    roles: user.roleAssignments,
  };
}
