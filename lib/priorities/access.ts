import "server-only";
// Who reads and writes a school's improvement priorities, built from the kernel (lib/access): the
// trust pin and the registry's scopes ("priority:view", "priority:manage").
import { can, PERMISSIONS, whereSchoolIn, type Viewer } from "@/lib/access/policy";
import type { Prisma } from "@/lib/db/generated/client";

/** Priorities of the schools whose priorities the viewer reads: their leaders' and governors' schools, every school for the trust. */
export function priorityVisibleTo(v: Viewer): Prisma.ImprovementPriorityWhereInput {
  return { trustId: v.trustId, ...whereSchoolIn(PERMISSIONS["priority:view"].schools(v)) };
}

/** The head and senior leaders of the priority's school, and the trust admin. */
export const mayManagePriority = (v: Viewer, p: { trustId: string; schoolId: string }) => can(v, "priority:manage", p);

/**
 * Whether the viewer reads owners by name: only those who read the school's named staff records.
 * Governors and trustees read the owner's role (lib/people/shown.ts), the head excepted.
 */
export const readsNames = (v: Viewer, schoolId: string) => can(v, "staff:view", { trustId: v.trustId, schoolId });
