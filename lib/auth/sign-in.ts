import "server-only";
import { hashPassword, verifyPassword } from "./password";
import { accountBucket, blockedFor, clear, findUserByEmail, ipBucket, markSignedIn, recordFailure } from "./mutations";

import type { SignInError } from "./messages";

export type SignInResult = { ok: true; userId: string } | { ok: false; error: SignInError; minutes?: number };

// Verifying against a real hash for unknown emails keeps their response time like a wrong password's.
let dummyHash: Promise<string> | undefined;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export async function authenticate(rawEmail: string, password: string, ip: string): Promise<SignInResult> {
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
  await Promise.all([clear(account), markSignedIn(user.id)]);
  return { ok: true, userId: user.id };
}

/** For single sign-on: the active user with this email, or null (no account is created). */
export async function findSsoUser(rawEmail: string | null | undefined): Promise<string | null> {
  if (!rawEmail) return null;
  const user = await findUserByEmail(normaliseEmail(rawEmail));
  if (!user || user.status !== "ACTIVE" || (user.lockedUntil && user.lockedUntil > new Date())) return null;
  return user.id;
}
