import "server-only";
import { hashPassword, verifyPassword } from "./password";
import { accountBucket, blockedFor, clear, codeBucket, findUserByEmail, ipBucket, markSignedIn, recordFailure } from "./mutations";
import { verifySecondFactor } from "./mfa/mutations";
import type { CodeError, SignInError } from "./messages";

/** `mfa`: the password was right and a second factor (authenticator code) must follow. */
export type SignInResult = { ok: true; userId: string; mfa: boolean } | { ok: false; error: SignInError; minutes?: number };

// Verifying against a real hash for unknown emails keeps their response time like a wrong password's.
let dummyHash: Promise<string> | undefined;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** `ip`: the client address from lib/account/client-address.ts, null when it cannot be known. */
export async function authenticate(rawEmail: string, password: string, ip: string | null): Promise<SignInResult> {
  const email = normaliseEmail(rawEmail);
  const account = accountBucket(email);
  const network = ipBucket(ip);
  const [accountMinutes, ipMinutes] = await Promise.all([blockedFor(account), blockedFor(network)]);
  if (ipMinutes) return { ok: false, error: "TOO_MANY_ATTEMPTS", minutes: ipMinutes };
  if (accountMinutes) return { ok: false, error: "LOCKED", minutes: accountMinutes };

  const user = email ? await findUserByEmail(email) : null;
  dummyHash ??= hashPassword("not-a-real-password");
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  if (!user || !valid) {
    await Promise.all([recordFailure(account), recordFailure(network)]);
    return { ok: false, error: "INVALID" };
  }
  if (user.status === "DISABLED") return { ok: false, error: "DISABLED" };
  if (user.lockedUntil && user.lockedUntil > new Date()) {
    const minutes = Math.ceil((user.lockedUntil.getTime() - Date.now()) / 60_000);
    return { ok: false, error: "LOCKED", minutes };
  }
  const mfa = Boolean(user.mfaEnabledAt && user.mfaSecret);
  // With a second factor to come, the account's failure count is cleared only once the code is right.
  if (mfa) return { ok: true, userId: user.id, mfa };
  await Promise.all([clear(account), markSignedIn(user.id)]);
  return { ok: true, userId: user.id, mfa };
}

export type CodeResult = { ok: true; method: "totp" | "recovery" } | { ok: false; error: CodeError; minutes?: number };

/** The second step: an authenticator or recovery code for the user who passed the password step. */
export async function checkSignInCode(userId: string, email: string, code: string, ip: string | null): Promise<CodeResult> {
  const codes = codeBucket(userId);
  const network = ipBucket(ip);
  const [codeMinutes, ipMinutes] = await Promise.all([blockedFor(codes), blockedFor(network)]);
  if (ipMinutes) return { ok: false, error: "TOO_MANY_ATTEMPTS", minutes: ipMinutes };
  if (codeMinutes) return { ok: false, error: "TOO_MANY_CODES", minutes: codeMinutes };
  const method = await verifySecondFactor(userId, code);
  if (!method) {
    await Promise.all([recordFailure(codes), recordFailure(network)]);
    return { ok: false, error: "INVALID_CODE" };
  }
  await Promise.all([clear(codes), clear(accountBucket(normaliseEmail(email))), markSignedIn(userId)]);
  return { ok: true, method };
}

/** For single sign-on: the active user with this email, or null (no account is created). */
export async function findSsoUser(rawEmail: string | null | undefined): Promise<string | null> {
  if (!rawEmail) return null;
  const user = await findUserByEmail(normaliseEmail(rawEmail));
  if (!user || user.status !== "ACTIVE" || (user.lockedUntil && user.lockedUntil > new Date())) return null;
  return user.id;
}
