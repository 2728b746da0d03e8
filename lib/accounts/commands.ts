import "server-only";
import { trustSchool } from "@/lib/org/schools";
// Granting and revoking roles (issue 11 §4). The trust admin grants any role but network leader (a
// community appoints those) and staff (a staff record brings it); a head appoints and removes senior
// leaders of their own school's staff. Nobody changes their own roles, so nobody escalates them, and
// the last active trust admin stays. A role counts from the holder's next request: the viewer's
// roles are read with the session on every request (lib/access/queries.ts).
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { keepAnAdmin } from "@/lib/account/last-admin";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { accountsVisibleTo } from "./access";
import { GRANTABLE_ROLES, type GrantableRole, grantRoleSchema, revokeRoleSchema, SCHOOL_ROLES } from "./schema";
import { routes } from "@/lib/routes";

const NOT_YOURSELF = "You cannot change your own roles: ask another trust admin.";

/** May the viewer grant or revoke this role at this school? */
function mayAssign(viewer: Viewer, role: string, schoolId: string | null): boolean {
  if (role === "SENIOR_LEADER" && schoolId && can(viewer, "leader:appoint", { schoolId })) return true;
  return can(viewer, "role:manage") && (GRANTABLE_ROLES as readonly string[]).includes(role);
}

/** The person's account, found through accountsVisibleTo, with their school (a command's `load`). */
const holder = { id: true, name: true, staffMember: { select: { schoolId: true } } } as const;
const visibleAccount = (tx: Tx, viewer: Viewer, userId: string) => tx.user.findFirst({ where: { id: userId, ...accountsVisibleTo(viewer) }, select: holder });

/**
 * May the viewer change this person's role at this school: the trust admin anyone's; a head only a
 * role at the school the person works at (current staff of it: accountsVisibleTo).
 */
function mayAssignTo(viewer: Viewer, user: { staffMember: { schoolId: string } | null }, role: string, schoolId: string | null): boolean {
  return mayAssign(viewer, role, schoolId) && (can(viewer, "role:manage") || (schoolId !== null && user.staffMember?.schoolId === schoolId));
}

/** The role's school: only a school role has one. */
const schoolOf = (input: { role: GrantableRole; schoolId?: string | null }) => (SCHOOL_ROLES.includes(input.role) ? (input.schoolId ?? null) : null);

export const accountPaths = (userId: string) => [routes.accounts(), routes.account(userId), routes.home()];

export const grantRole = command({
  schema: grantRoleSchema,
  load: (tx, viewer, input) => visibleAccount(tx, viewer, input.userId),
  authorize: (viewer, input, user) => mayAssignTo(viewer, user, input.role, schoolOf(input)),
  async work(tx, viewer, input, user) {
    const schoolId = schoolOf(input);
    if (input.userId === viewer.userId) throw new AppError("FORBIDDEN", NOT_YOURSELF);
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
  // The role of an account the viewer sees.
  load: (tx, viewer, { assignmentId }) =>
    tx.roleAssignment.findFirst({ where: { id: assignmentId, trustId: viewer.trustId, user: accountsVisibleTo(viewer) }, include: { user: { select: holder } } }),
  authorize: (viewer, _, row) => mayAssignTo(viewer, row.user, row.role, row.schoolId),
  async work(tx, viewer, _, row) {
    if (row.userId === viewer.userId) throw new AppError("FORBIDDEN", NOT_YOURSELF);
    if (row.role === "TRUST_ADMIN") await keepAnAdmin(tx, viewer.trustId, row.userId);
    await tx.roleAssignment.delete({ where: { id: row.id } });
    return changed("User", row.userId, "role.revoke", { before: { role: row.role, schoolId: row.schoolId, assignmentId: row.id } }, { userId: row.userId });
  },
  revalidate: (_, data) => accountPaths(data.userId),
  success: "Role removed.",
});
