import "server-only";
import { trustSchool } from "@/lib/org/schools";
// Invitations (issue 11 §4): the trust admin invites someone without a staff record (a governor, a
// trustee) or sends a not-yet-set-up account its link again; the link sets a password once, within
// seven days. Only the token's hash is stored. The mail is a "mail.send" job enqueued in the same
// transaction (lib/jobs): it goes out once the invitation is saved, and is retried if SMTP is down.
import { createHash, randomBytes } from "node:crypto";
import { can, canAny, type Viewer } from "@/lib/access/policy";
import { hashPassword } from "@/lib/account/password";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { PRIORITY } from "@/lib/jobs/queues";
import { accountsVisibleTo } from "./access";
import { accountPaths } from "./commands";
import { ROLE_LABELS } from "@/lib/shell/roles";
import { GRANTABLE_ROLES, inviteSchema, resendInvitationSchema, SCHOOL_ROLES, setPasswordSchema } from "./schema";

const INVITATION_DAYS = 7;
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const admin = (viewer: Viewer) => can(viewer, "role:manage");

/** A new link for the user, replacing any earlier one, mailed to them. */
export async function issueInvitation(tx: Tx, viewer: Viewer, user: { id: string; name: string; email: string }, role: string) {
  const now = new Date();
  await tx.invitation.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 86_400_000);
  const row = await tx.invitation.create({
    data: { trustId: viewer.trustId, userId: user.id, tokenHash: hashToken(token), expiresAt, invitedById: viewer.userId },
    select: { id: true, expiresAt: true },
  });
  const trust = await tx.trust.findUniqueOrThrow({ where: { id: viewer.trustId }, select: { name: true } });
  const link = `${(env().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/$/, "")}/invite/${token}`;
  await enqueue(tx, "mail.send", {
    trustId: viewer.trustId,
    to: { name: user.name, address: user.email },
    subject: `Set up your account on ${trust.name}'s staff development portal`,
    text: [
      `Hello ${user.name},`,
      "",
      `${viewer.name} has invited you to ${trust.name}'s staff development portal as ${role}.`,
      `Choose your password here (the link works once, for ${INVITATION_DAYS} days):`,
      "",
      link,
      "",
      "If you did not expect this, you can ignore this message.",
    ].join("\n"),
  }, { priority: PRIORITY.PERSON });
  return row;
}

export const inviteUser = command({
  schema: inviteSchema,
  authorize: admin,
  async work(tx, viewer, input) {
    const schoolId = SCHOOL_ROLES.includes(input.role) ? (input.schoolId ?? null) : null;
    if (schoolId) await trustSchool(tx, viewer, schoolId);
    // Email addresses are unique across the installation: say so without naming another trust.
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw fieldError("email", "Someone already has an account with this email address.");
    }
    const user = await tx.user.create({ data: { trustId: viewer.trustId, name: input.name, email: input.email }, select: { id: true, name: true, email: true } });
    const role = await tx.roleAssignment.create({ data: { trustId: viewer.trustId, userId: user.id, role: input.role, schoolId } });
    const invitation = await issueInvitation(tx, viewer, user, ROLE_LABELS[input.role].toLowerCase());
    return {
      data: { userId: user.id },
      audit: [
        { action: "user.invite", entity: "User", entityId: user.id, after: { name: user.name, email: user.email, invitationExpires: invitation.expiresAt } },
        { action: "role.grant", entity: "User", entityId: user.id, after: { role: role.role, schoolId, assignmentId: role.id } },
      ],
    };
  },
  revalidate: (_, data) => accountPaths(data.userId),
  success: (_, input) => `Invitation sent to ${input.email}.`,
});

export const resendInvitation = command({
  schema: resendInvitationSchema,
  // An account the viewer sees (accountsVisibleTo: the trust admin, every one of the trust).
  load: (tx, viewer, { userId }) =>
    tx.user.findFirst({
      where: { id: userId, ...accountsVisibleTo(viewer) },
      select: { id: true, name: true, email: true, passwordHash: true, status: true, roleAssignments: { select: { role: true } } },
    }),
  authorize: admin,
  async work(tx, viewer, { userId }, user) {
    if (user.passwordHash) throw new AppError("CONFLICT", "This account is already set up: its owner signs in with their password.");
    if (user.status !== "ACTIVE") throw new AppError("CONFLICT", "This account is disabled: enable it before inviting its owner.");
    const roles = user.roleAssignments.filter((r) => (GRANTABLE_ROLES as readonly string[]).includes(r.role)).map((r) => ROLE_LABELS[r.role]);
    const invitation = await issueInvitation(tx, viewer, user, roles.join(", ").toLowerCase() || "a member of staff");
    return changed("User", userId, "user.invite", { after: { resent: true, invitationExpires: invitation.expiresAt } }, { userId });
  },
  revalidate: (input) => accountPaths(input.userId),
  success: "Invitation sent again. The earlier link no longer works.",
});

/** The invitation a link names, if it can still be used: unused, not replaced, in date, its account active. */
export async function liveInvitation(tx: Pick<Tx, "invitation">, token: string) {
  const row = await tx.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, trustId: true, usedAt: true, revokedAt: true, expiresAt: true, user: { select: { id: true, name: true, email: true, status: true, passwordHash: true } } },
  });
  if (!row || row.usedAt || row.revokedAt || row.expiresAt <= new Date() || row.user.status !== "ACTIVE") return null;
  return row;
}

/**
 * Sets the password of the link's account, once. Run with the invited person as the viewer (they are
 * not signed in); the invitation is claimed with a conditional update, so a second use finds nothing.
 */
export const acceptInvitation = command({
  schema: setPasswordSchema,
  // The link's holder is not signed in: the action runs this as the account the link names (invitationViewer).
  // Any sign-in may activate an account of its own; which account is the invitation's, asked below.
  authorize: (viewer) => canAny(viewer, "account:activate:own"),
  async work(tx, viewer, { token, newPassword }) {
    const invitation = await liveInvitation(tx, token);
    // A live link (unused, in date, its account active) for this very account, of this trust; any other reads as expired.
    if (!invitation || !can(viewer, "account:activate:own", { userId: invitation.user.id, trustId: invitation.trustId })) throw new AppError("NOT_FOUND", EXPIRED);
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, usedAt: null, revokedAt: null }, data: { usedAt: new Date() } });
    if (claimed.count !== 1) throw new AppError("NOT_FOUND", EXPIRED);
    await tx.user.update({ where: { id: viewer.userId }, data: { passwordHash: await hashPassword(newPassword) } });
    return changed("User", viewer.userId, "user.setPassword", { after: { invitationId: invitation.id } }, { email: invitation.user.email });
  },
  success: "Your password is set: sign in with your email address and your new password.",
});

export const EXPIRED = "This link has expired or has already been used. Ask the trust to send a new one.";
