import "server-only";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { mfaRequiredFor } from "@/lib/access/mfa-rules";
import { totpUri } from "../totp";

/** The viewer's own second-factor state; the pending secret (and its otpauth URI) only while setting up. */
export async function mfaStatus(viewer: Viewer) {
  const user = await db().user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { email: true, mfaEnabledAt: true, mfaPendingSecret: true, trust: { select: { requireMfa: true } } },
  });
  const recoveryCodesLeft = user.mfaEnabledAt ? await db().mfaRecoveryCode.count({ where: { userId: viewer.userId, usedAt: null } }) : 0;
  return {
    enabledAt: user.mfaEnabledAt,
    /** Turned on in the last 10 minutes: the page keeps the form that shows the recovery codes in place
     *  (without JavaScript the page is rendered again around the action's answer). */
    justEnabled: Boolean(user.mfaEnabledAt && Date.now() - user.mfaEnabledAt.getTime() < 10 * 60_000),
    required: mfaRequiredFor(viewer, user.trust.requireMfa),
    pending: !user.mfaEnabledAt && user.mfaPendingSecret ? { secret: user.mfaPendingSecret, uri: totpUri(user.mfaPendingSecret, user.email) } : null,
    recoveryCodesLeft,
  };
}
