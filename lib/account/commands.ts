import "server-only";
// Changes to an account that end its sessions: the owner's password change (every other session
// ends) and a trust admin disabling it (every session ends).
import { can, type Viewer } from "@/lib/access/policy";
import type { Prisma, Tx } from "@/lib/db/client";
import { command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import { keepAnAdmin } from "@/lib/account/last-admin";
import { hashPassword, verifyPassword } from "./password";
import { revokeUserSessions } from "./sessions/mutations";
import { accountStatusSchema, changePasswordSchema } from "./schema";
import { routes } from "@/lib/routes";

export const ACCOUNT = routes.accountSecurity();

type OwnAccountPermission = "account:password:own" | "account:mfa:own";

/** What the own-account commands read of the account: its password and second factor, and the trust's rule on it. */
const OWN_ACCOUNT = {
  id: true,
  trustId: true,
  passwordHash: true,
  mfaSecret: true,
  mfaPendingSecret: true,
  mfaLastStep: true,
  trust: { select: { requireMfa: true } },
} satisfies Prisma.UserSelect;

/**
 * The account an own-account command changes (its `load`), read in its transaction: the viewer's own
 * sign-in, of their trust, still active. A disabled account (a request already under way when it was
 * disabled, or a stale viewer) is not found, and nothing changes.
 */
export const ownActiveAccount = (tx: Tx, viewer: Viewer) =>
  tx.user.findFirst({ where: { id: viewer.userId, trustId: viewer.trustId, status: "ACTIVE" }, select: OWN_ACCOUNT });

export type OwnAccount = NonNullable<Awaited<ReturnType<typeof ownActiveAccount>>>;

/** The registry, asked about the account row the command loaded (not the viewer's own id, which cannot refuse). */
export const ownAccount = (permission: OwnAccountPermission) => (viewer: Viewer, _: unknown, account: { id: string; trustId: string }) =>
  can(viewer, permission, { userId: account.id, trustId: account.trustId });
/** An account of the viewer's trust, whose admin sees them all (a command's `load`); null when missing or of another trust. */
export const trustAccount = (tx: Tx, viewer: Viewer, userId: string) => tx.user.findFirst({ where: { id: userId, trustId: viewer.trustId }, select: { id: true, status: true } });
/** Commands on other people's accounts and sessions: trust admins only. */
export const admin = (viewer: Viewer) => can(viewer, "trust:admin");
/** The admin pages that list a person's sessions and status. */
export const sessionsPages = ({ userId }: { userId: string }) => [routes.userSessions(userId), routes.adminSessions()];

/** `keepSessionId`: the session making the change, which stays signed in. */
export const changePassword = (keepSessionId: string | null) =>
  command({
    schema: changePasswordSchema,
    load: ownActiveAccount,
    authorize: ownAccount("account:password:own"),
    async work(tx, viewer, { currentPassword, newPassword }, user) {
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
  load: (tx, viewer, { userId }) => trustAccount(tx, viewer, userId),
  authorize: admin,
  async work(tx, viewer, { userId, status }, before) {
    if (userId === viewer.userId) throw new AppError("CONFLICT", "You cannot disable your own account.");
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
