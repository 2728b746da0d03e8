import "server-only";
// Changes to an account that end its sessions: the owner's password change (every other session
// ends) and a trust admin disabling it (every session ends).
import { can, canAny, type Viewer } from "@/lib/access/policy";
import type { Tx } from "@/lib/db/client";
import { command } from "@/lib/commands/command";
import { AppError, assertPermission, fieldError, notFoundError } from "@/lib/commands/errors";
import { keepAnAdmin } from "@/lib/account/last-admin";
import { hashPassword, verifyPassword } from "./password";
import { revokeUserSessions } from "./sessions/mutations";
import { accountStatusSchema, changePasswordSchema } from "./schema";
import { routes } from "@/lib/routes";

export const ACCOUNT = routes.accountSecurity();

type OwnAccountPermission = "account:password:own" | "account:mfa:own";

/** Whether the viewer may make this kind of change at all (the registry: any sign-in, to an account of its own). */
export const ownAccount = (permission: OwnAccountPermission) => (viewer: Viewer) => canAny(viewer, permission);

/**
 * The account an own-account command changes, read in its transaction and put to the registry: the
 * viewer's own sign-in, of their trust, still active. A disabled account (a request already under way
 * when it was disabled, or a stale viewer) is not found, and nothing changes.
 */
export async function ownActiveAccount(tx: Tx, viewer: Viewer, permission: OwnAccountPermission) {
  const account = await tx.user.findFirst({ where: { id: viewer.userId, trustId: viewer.trustId, status: "ACTIVE" }, select: { id: true, trustId: true } });
  if (!account) throw notFoundError();
  assertPermission(viewer, permission, { userId: account.id, trustId: account.trustId });
  return account;
}
/** Commands on other people's accounts and sessions: trust admins only. */
export const admin = (viewer: Viewer) => can(viewer, "trust:admin");
/** The admin pages that list a person's sessions and status. */
export const sessionsPages = ({ userId }: { userId: string }) => [routes.userSessions(userId), routes.adminSessions()];

/** `keepSessionId`: the session making the change, which stays signed in. */
export const changePassword = (keepSessionId: string | null) =>
  command({
    schema: changePasswordSchema,
    authorize: ownAccount("account:password:own"),
    async work(tx, viewer, { currentPassword, newPassword }) {
      await ownActiveAccount(tx, viewer, "account:password:own");
      const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
      if (!user.passwordHash) throw new AppError("CONFLICT", "Your account signs in through your school's Microsoft or Google account: change the password there.");
      if (!(await verifyPassword(user.passwordHash, currentPassword))) throw fieldError("currentPassword", "Your current password is not right.");
      await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash: await hashPassword(newPassword) } });
      const ended = await revokeUserSessions(tx, viewer.userId, "PASSWORD_CHANGE", keepSessionId ?? undefined);
      return { data: { ended }, audit: { action: "user.passwordChange", entity: "User", entityId: viewer.userId, after: { sessionsEnded: ended } } };
    },
    revalidate: () => [ACCOUNT],
    success: "Password changed. You have been signed out everywhere else.",
  });

/** A trust admin disables (or re-enables) an account; disabling ends its sessions at once. */
export const setAccountStatus = command({
  schema: accountStatusSchema,
  authorize: admin,
  async work(tx, viewer, { userId, status }) {
    if (userId === viewer.userId) throw new AppError("CONFLICT", "You cannot disable your own account.");
    const before = await tx.user.findFirst({ where: { id: userId, trustId: viewer.trustId }, select: { id: true, status: true } });
    if (!before) throw notFoundError();
    if (status === "DISABLED") {
      // Disabling the only active trust admin would lock the trust out of its own administration.
      await keepAnAdmin(tx, viewer.trustId, userId);
      await tx.invitation.updateMany({ where: { userId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    }
    await tx.user.update({ where: { id: userId }, data: { status } });
    const ended = status === "DISABLED" ? await revokeUserSessions(tx, userId, "DISABLED") : 0;
    return {
      data: { ended },
      audit: { action: status === "DISABLED" ? "user.disable" : "user.enable", entity: "User", entityId: userId, before, after: { status, sessionsEnded: ended } },
    };
  },
  revalidate: sessionsPages,
  success: "Account updated.",
});
