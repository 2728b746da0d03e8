import "server-only";
// Second factor: enrolment (a pending secret until the first code proves the app has it), the
// recovery codes (argon2id hashes, single use) and checking a code at sign-in.
import { audit } from "@/lib/audit";
import type { Viewer } from "@/lib/auth/policy";
import { db, type Tx } from "@/lib/db/client";
import { defineCommand } from "@/lib/server/action";
import { AppError } from "@/lib/commands/errors";
import { hashPassword, verifyPassword } from "../password";
import { mfaRequiredFor } from "../mfa-rules";
import { acceptTotp, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode } from "../totp";
import { confirmEnrolmentSchema, newRecoveryCodesSchema, startEnrolmentSchema, turnOffMfaSchema } from "./schema";

const wrongCode = () => new AppError("INVALID", "There is a problem: check the highlighted fields.", { code: ["That code is not right. Enter the code your app shows now."] });

async function replaceRecoveryCodes(tx: Tx, viewer: Viewer): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await tx.mfaRecoveryCode.deleteMany({ where: { userId: viewer.userId } });
  await tx.mfaRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ trustId: viewer.trustId, userId: viewer.userId, codeHash })) });
  return codes;
}

/** Starts (or restarts) setting up an authenticator app: a new secret, kept pending until confirmed. */
export const startEnrolment = defineCommand(startEnrolmentSchema, async (viewer) => {
  const { count } = await db().user.updateMany({ where: { id: viewer.userId, mfaEnabledAt: null }, data: { mfaPendingSecret: newTotpSecret() } });
  if (count === 0) throw new AppError("CONFLICT", "Two-step verification is already on.");
  return {};
});

/** The first right code turns the second factor on and hands out the recovery codes (shown once). */
export const confirmEnrolment = defineCommand(confirmEnrolmentSchema, async (viewer, { code }) => {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { mfaPendingSecret: true } });
    if (!user.mfaPendingSecret) throw new AppError("CONFLICT", "Start setting up your authenticator app again.");
    const step = acceptTotp(user.mfaPendingSecret, code, null);
    if (step === null) throw wrongCode();
    await tx.user.update({
      where: { id: viewer.userId },
      data: { mfaSecret: user.mfaPendingSecret, mfaPendingSecret: null, mfaEnabledAt: new Date(), mfaLastStep: step },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer);
    await audit(tx, viewer, { action: "mfa.enable", entity: "User", entityId: viewer.userId });
    return { recoveryCodes };
  });
}, "Two-step verification is on.");

/** Checks a current code of the viewer's own app (for changes to the second factor itself). */
async function requireCurrentCode(tx: Tx, viewer: Viewer, code: string) {
  const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { mfaSecret: true, mfaLastStep: true, trust: { select: { requireMfa: true } } } });
  if (!user.mfaSecret) throw new AppError("CONFLICT", "Two-step verification is not on.");
  const step = acceptTotp(user.mfaSecret, code, user.mfaLastStep);
  if (step === null) throw wrongCode();
  await tx.user.update({ where: { id: viewer.userId }, data: { mfaLastStep: step } });
  return user;
}

export const regenerateRecoveryCodes = defineCommand(newRecoveryCodesSchema, async (viewer, { code }) => {
  return db().$transaction(async (tx) => {
    await requireCurrentCode(tx, viewer, code);
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer);
    await audit(tx, viewer, { action: "mfa.recoveryCodes", entity: "User", entityId: viewer.userId });
    return { recoveryCodes };
  });
}, "New recovery codes made: the old ones no longer work.");

export const turnOffMfa = defineCommand(turnOffMfaSchema, async (viewer, { code }) => {
  return db().$transaction(async (tx) => {
    const user = await requireCurrentCode(tx, viewer, code);
    if (mfaRequiredFor(viewer, user.trust.requireMfa)) {
      throw new AppError("FORBIDDEN", "The trust requires two-step verification for your role, so it cannot be turned off.");
    }
    await tx.user.update({ where: { id: viewer.userId }, data: { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: viewer.userId } });
    await audit(tx, viewer, { action: "mfa.disable", entity: "User", entityId: viewer.userId });
    return {};
  });
}, "Two-step verification is off.");

/**
 * At sign-in, after the password: a current authenticator code (not one already used) or an
 * unused recovery code, which is then spent. Both are claimed by a conditional update, so two
 * requests racing with the same code cannot both pass.
 */
export async function verifySecondFactor(userId: string, rawCode: string): Promise<"totp" | "recovery" | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { mfaSecret: true, mfaLastStep: true } });
  if (!user?.mfaSecret) return null;
  if (looksLikeRecoveryCode(rawCode)) {
    const code = normaliseRecoveryCode(rawCode);
    const unused = await db().mfaRecoveryCode.findMany({ where: { userId, usedAt: null }, select: { id: true, codeHash: true } });
    for (const row of unused) {
      if (await verifyPassword(row.codeHash, code)) {
        const { count } = await db().mfaRecoveryCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
        return count === 1 ? "recovery" : null;
      }
    }
    return null;
  }
  const step = acceptTotp(user.mfaSecret, rawCode, user.mfaLastStep);
  if (step === null) return null;
  const { count } = await db().user.updateMany({
    where: { id: userId, OR: [{ mfaLastStep: null }, { mfaLastStep: { lt: step } }] },
    data: { mfaLastStep: step },
  });
  return count === 1 ? "totp" : null;
}
