import "server-only";
// The session cookie is next-auth's own JWT (so getServerSession and SSO keep working); the portal
// mints it itself after a password (and code) sign-in, because that flow is a server action that
// must work without JavaScript (next-auth's credentials endpoint needs a CSRF token from script).
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { secureCookies, sessionCookieName } from "@/lib/access/viewer";
import { SESSION_HOURS } from "./sessions/mutations";

export { secureCookies, sessionCookieName } from "@/lib/access/viewer";

export const SESSION_MAX_AGE = SESSION_HOURS * 60 * 60;

const cookieOptions = (maxAge: number) => ({ httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies(), maxAge });

export async function setSessionCookie(userId: string, sessionId: string): Promise<void> {
  const token = await encode({ token: { sub: userId, uid: userId, sid: sessionId }, secret: env().NEXTAUTH_SECRET, maxAge: SESSION_MAX_AGE });
  (await cookies()).set(sessionCookieName(), token, cookieOptions(SESSION_MAX_AGE));
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).delete(sessionCookieName());
}

// Between the password and the code: who passed the password, for five minutes. Encrypted with a
// key of its own (the salt), so it can never pass for a session cookie.
const CHALLENGE_COOKIE = "portal-sign-in-challenge";
const CHALLENGE_SALT = "portal second-factor challenge";
const CHALLENGE_SECONDS = 5 * 60;

export async function setChallengeCookie(userId: string): Promise<void> {
  const token = await encode({ token: { uid: userId }, secret: env().NEXTAUTH_SECRET, maxAge: CHALLENGE_SECONDS, salt: CHALLENGE_SALT });
  (await cookies()).set(CHALLENGE_COOKIE, token, cookieOptions(CHALLENGE_SECONDS));
}

export async function readChallengeCookie(): Promise<string | null> {
  const raw = (await cookies()).get(CHALLENGE_COOKIE)?.value;
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: env().NEXTAUTH_SECRET, salt: CHALLENGE_SALT });
    return typeof token?.uid === "string" ? token.uid : null;
  } catch {
    return null;
  }
}

export async function clearChallengeCookie(): Promise<void> {
  (await cookies()).delete(CHALLENGE_COOKIE);
}
