import "server-only";
// Checking a second factor at sign-in: a current authenticator code or an unused recovery code. The
// commands that set the second factor up, renew its recovery codes or turn it off are in commands.ts.
import { db } from "@/lib/db/client";
import { acceptTotp, looksLikeRecoveryCode, normaliseRecoveryCode } from "../totp";
import { verifyPassword } from "../password";

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
