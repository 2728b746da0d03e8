import "server-only";
import { trustSchool } from "@/lib/org/schools";
// Granting and revoking roles (issue 11 §4). The trust admin grants any role but network leader (a
// community appoints those) and staff (a staff record brings it); a head appoints and removes senior
// leaders of their own school's staff. Nobody changes their own roles, so nobody escalates them, and
// the last active trust admin stays. A role counts from the holder's next request: the viewer's
// roles are read with the session on every request (lib/access/queries.ts).
import { can, canAny, type Viewer } from "@/lib/access/policy";
import { NOBODY } from "@/lib/access/where";
import { changed, command } from "@/lib/commands/command";
import { AppError, notFoundError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { keepAnAdmin } from "@/lib/account/last-admin";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { GRANTABLE_ROLES, grantRoleSchema, revokeRoleSchema, SCHOOL_ROLES } from "./schema";
import { routes } from "@/lib/routes";

const NOT_YOURSELF = "You cannot change your own roles: ask another trust admin.";

/** May the viewer grant or revoke this role at this school? */
function mayAssign(viewer: Viewer, role: string, schoolId: string | null): boolean {
  if (role === "SENIOR_LEADER" && schoolId && can(viewer, "leader:appoint", { schoolId })) return true;
  return can(viewer, "role:manage") && (GRANTABLE_ROLES as readonly string[]).includes(role);
}

/**
 * The person, if the viewer may change their roles: anyone of the trust for the trust admin; for a
 * head, current staff of the school whose senior leaders they appoint.
 */
async function assignable(tx: Tx, viewer: Viewer, userId: string, role: string, schoolId: string | null) {
  if (!mayAssign(viewer, role, schoolId)) return null;
  const byHead = !can(viewer, "role:manage");
  return tx.user.findFirst({
    where: { id: userId, trustId: viewer.trustId, ...(byHead ? { staffMember: { schoolId: schoolId ?? NOBODY, leaveDate: null } } : {}) },
    select: { id: true, name: true },
  });
}

export const accountPaths = (userId: string) => [routes.accounts(), routes.account(userId), routes.home()];

export const grantRole = command({
  schema: grantRoleSchema,
  authorize: (viewer, input) => mayAssign(viewer, input.role, input.schoolId ?? null),
  async work(tx, viewer, input) {
    const schoolId = SCHOOL_ROLES.includes(input.role) ? (input.schoolId ?? null) : null;
    if (input.userId === viewer.userId) throw new AppError("FORBIDDEN", NOT_YOURSELF);
    const user = await assignable(tx, viewer, input.userId, input.role, schoolId);
    if (!user) throw notFoundError();
    if (schoolId) await trustSchool(tx, viewer, schoolId);
    const existing = await tx.roleAssignment.findFirst({ where: { trustId: viewer.trustId, userId: user.id, role: input.role, schoolId } });
    if (existing) return { data: { id: existing.id, userId: user.id }, unchanged: true };
    const row = await tx.roleAssignment.create({ data: { trustId: viewer.trustId, userId: user.id, role: input.role, schoolId } });
    return changed("User", user.id, "role.grant", { after: { role: row.role, schoolId, assignmentId: row.id } }, { id: row.id, userId: user.id });
  },
  revalidate: (input) => accountPaths(input.userId),
  success: (_, input) => `${ROLE_LABELS[input.role]} role granted.`,
});

export const revokeRole = command({
  schema: revokeRoleSchema,
  authorize: (viewer) => canAny(viewer, "role:manage") || canAny(viewer, "leader:appoint"),
  async work(tx, viewer, { assignmentId }) {
    const row = await tx.roleAssignment.findFirst({ where: { id: assignmentId, trustId: viewer.trustId } });
    if (!row || !(await assignable(tx, viewer, row.userId, row.role, row.schoolId))) throw notFoundError();
    if (row.userId === viewer.userId) throw new AppError("FORBIDDEN", NOT_YOURSELF);
    if (row.role === "TRUST_ADMIN") await keepAnAdmin(tx, viewer.trustId, row.userId);
    await tx.roleAssignment.delete({ where: { id: row.id } });
    return changed("User", row.userId, "role.revoke", { before: { role: row.role, schoolId: row.schoolId, assignmentId: row.id } }, { userId: row.userId });
  },
  revalidate: (_, data) => accountPaths(data.userId),
  success: "Role removed.",
});
