import "server-only";
// Second factor: enrolment (a pending secret until the first code proves the app has it), the
// recovery codes (argon2id hashes, single use), and turning it off.
import type { Viewer } from "@/lib/access/policy";
import { command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { ACCOUNT, type OwnAccount, ownAccount, ownActiveAccount } from "../commands";
import { mfaRequiredFor } from "@/lib/access/mfa-rules";
import { hashPassword } from "../password";
import { acceptTotp, newRecoveryCodes, newTotpSecret } from "../totp";
import { confirmEnrolmentSchema, newRecoveryCodesSchema, startEnrolmentSchema, turnOffMfaSchema } from "./schema";
import { routes } from "@/lib/routes";

const WRONG_CODE = "That code is not right. Enter the code your app shows now.";
const userEntry = (action: string, viewer: Viewer) => ({ action, entity: "User", entityId: viewer.userId });

async function replaceRecoveryCodes(tx: Tx, viewer: Viewer): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await tx.mfaRecoveryCode.deleteMany({ where: { userId: viewer.userId } });
  await tx.mfaRecoveryCode.createMany({ data: hashes.map((codeHash) => ({ trustId: viewer.trustId, userId: viewer.userId, codeHash })) });
  return codes;
}

/** Starts (or restarts) setting up an authenticator app: a new secret, kept pending until confirmed. */
export const startEnrolment = command({
  schema: startEnrolmentSchema,
  load: ownActiveAccount,
  authorize: ownAccount("account:mfa:own"),
  async work(tx, viewer) {
    const { count } = await tx.user.updateMany({ where: { id: viewer.userId, mfaEnabledAt: null }, data: { mfaPendingSecret: newTotpSecret() } });
    if (count === 0) throw new AppError("CONFLICT", "Two-step verification is already on.");
    // The entry says that setting up began, never the secret.
    return { data: {}, audit: userEntry("mfa.start", viewer) };
  },
  revalidate: () => [ACCOUNT, routes.twoStep()],
});

/** The first right code turns the second factor on and hands out the recovery codes (shown once). */
export const confirmEnrolment = command({
  schema: confirmEnrolmentSchema,
  load: ownActiveAccount,
  authorize: ownAccount("account:mfa:own"),
  async work(tx, viewer, { code }, user) {
    if (!user.mfaPendingSecret) throw new AppError("CONFLICT", "Start setting up your authenticator app again.");
    const step = acceptTotp(user.mfaPendingSecret, code, null);
    if (step === null) throw fieldError("code", WRONG_CODE);
    await tx.user.update({
      where: { id: viewer.userId },
      data: { mfaSecret: user.mfaPendingSecret, mfaPendingSecret: null, mfaEnabledAt: new Date(), mfaLastStep: step },
    });
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer);
    return { data: { recoveryCodes }, audit: userEntry("mfa.enable", viewer) };
  },
  // No revalidation: the page would render again without the form that shows the recovery codes.
  success: "Two-step verification is on.",
});

/** Checks a current code of the viewer's own app (for changes to the second factor itself). */
async function requireCurrentCode(tx: Tx, user: OwnAccount, code: string) {
  if (!user.mfaSecret) throw new AppError("CONFLICT", "Two-step verification is not on.");
  const step = acceptTotp(user.mfaSecret, code, user.mfaLastStep);
  if (step === null) throw fieldError("code", WRONG_CODE);
  await tx.user.update({ where: { id: user.id }, data: { mfaLastStep: step } });
}

export const regenerateRecoveryCodes = command({
  schema: newRecoveryCodesSchema,
  load: ownActiveAccount,
  authorize: ownAccount("account:mfa:own"),
  async work(tx, viewer, { code }, user) {
    await requireCurrentCode(tx, user, code);
    const recoveryCodes = await replaceRecoveryCodes(tx, viewer);
    return { data: { recoveryCodes }, audit: userEntry("mfa.recoveryCodes", viewer) };
  },
  success: "New recovery codes made: the old ones no longer work.",
});

export const turnOffMfa = command({
  schema: turnOffMfaSchema,
  load: ownActiveAccount,
  authorize: ownAccount("account:mfa:own"),
  async work(tx, viewer, { code }, user) {
    await requireCurrentCode(tx, user, code);
    if (mfaRequiredFor(viewer, user.trust.requireMfa)) {
      throw new AppError("FORBIDDEN", "The trust requires two-step verification for your role, so it cannot be turned off.");
    }
    await tx.user.update({ where: { id: viewer.userId }, data: { mfaSecret: null, mfaPendingSecret: null, mfaEnabledAt: null, mfaLastStep: null } });
    await tx.mfaRecoveryCode.deleteMany({ where: { userId: viewer.userId } });
    return { data: {}, audit: userEntry("mfa.disable", viewer) };
  },
  revalidate: () => [ACCOUNT],
  success: "Two-step verification is off.",
});
