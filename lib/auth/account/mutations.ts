import "server-only";
// Changes to an account that end its sessions: the owner's password change (every other session
// ends) and a trust admin disabling it (every session ends).
import { audit } from "@/lib/audit";
import { can, type Viewer } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError, notFoundError } from "@/lib/commands/errors";
import { hashPassword, verifyPassword } from "../password";
import { revokeUserSessions } from "../sessions/mutations";
import { accountStatusSchema, changePasswordSchema } from "./schema";

/** `keepSessionId`: the session making the change, which stays signed in. */
export const changePassword = (keepSessionId: string | null) =>
  defineCommand(changePasswordSchema, async (viewer: Viewer, { currentPassword, newPassword }) => {
    const user = await db().user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { passwordHash: true } });
    if (!user.passwordHash) throw new AppError("CONFLICT", "Your account signs in through your school's Microsoft or Google account: change the password there.");
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new AppError("INVALID", "There is a problem: check the highlighted fields.", { currentPassword: ["Your current password is not right."] });
    }
    const passwordHash = await hashPassword(newPassword);
    return db().$transaction(async (tx) => {
      await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash } });
      const ended = await revokeUserSessions(tx, viewer.userId, "PASSWORD_CHANGE", keepSessionId ?? undefined);
      await audit(tx, viewer, { action: "user.passwordChange", entity: "User", entityId: viewer.userId, after: { sessionsEnded: ended } });
      return { ended };
    });
  }, "Password changed. You have been signed out everywhere else.");

/** A trust admin disables (or re-enables) an account; disabling ends its sessions at once. */
export const setAccountStatus = defineCommand(accountStatusSchema, async (viewer, { userId, status }) => {
  if (!can(viewer, "trust:admin")) throw notFoundError();
  if (userId === viewer.userId) throw new AppError("CONFLICT", "You cannot disable your own account.");
  return db().$transaction(async (tx) => {
    const before = await tx.user.findFirst({ where: { id: userId, trustId: viewer.trustId }, select: { id: true, status: true } });
    if (!before) throw notFoundError();
    await tx.user.update({ where: { id: userId }, data: { status } });
    const ended = status === "DISABLED" ? await revokeUserSessions(tx, userId, "DISABLED") : 0;
    await audit(tx, viewer, { action: status === "DISABLED" ? "user.disable" : "user.enable", entity: "User", entityId: userId, before, after: { status, sessionsEnded: ended } });
    return { ended };
  });
}, "Account updated.");
