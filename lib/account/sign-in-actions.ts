"use server";
// Email-and-password sign-in as a server action, so the form works with JavaScript off: the
// password step, then (for an account with a second factor) the code step, then a session row and
// its cookie. Between the steps only an encrypted five-minute cookie says who passed the password.
import type { Route } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { clientAddress } from "./client-address";
import { signInMessage } from "./messages";
import { findUserByEmail } from "./mutations";
import { safeCallbackPath } from "./redirect";
import { clearChallengeCookie, readChallengeCookie, setChallengeCookie, setSessionCookie } from "./session-cookie";
import { createSession } from "./sessions/mutations";
import { authenticate, checkSignInCode, normaliseEmail } from "./sign-in";

export type SignInState = {
  step: "password" | "code";
  message: string | null;
  email: string;
};

async function startSession(userId: string, ip: string | null, userAgent: string | null, callbackUrl: string): Promise<never> {
  const session = await createSession({ userId, method: "PASSWORD", ip, userAgent });
  await setSessionCookie(userId, session.id);
  // A path from the browser, kept to this site by safeCallbackPath: no type can know it.
  redirect(callbackUrl as Route);
}

export async function signInAction(_prev: SignInState | null, form: FormData): Promise<SignInState> {
  const h = await headers();
  const ip = clientAddress(h, env().TRUSTED_PROXY_HOPS);
  const userAgent = h.get("user-agent");
  const callbackUrl = safeCallbackPath(form.get("callbackUrl"));
  const email = String(form.get("email") ?? "").slice(0, 320);

  if (form.get("step") === "code") {
    const userId = await readChallengeCookie();
    const user = userId ? await findUserByEmail(normaliseEmail(email)) : null;
    if (!userId || !user || user.id !== userId) {
      await clearChallengeCookie();
      return { step: "password", message: signInMessage("CHALLENGE_EXPIRED"), email };
    }
    const result = await checkSignInCode(userId, user.email, String(form.get("code") ?? "").slice(0, 40), ip);
    if (!result.ok) {
      if (result.error === "TOO_MANY_CODES" || result.error === "TOO_MANY_ATTEMPTS") {
        await clearChallengeCookie();
        return { step: "password", message: signInMessage(result.error), email };
      }
      return { step: "code", message: signInMessage(result.error), email };
    }
    await clearChallengeCookie();
    return startSession(userId, ip, userAgent, callbackUrl);
  }

  const result = await authenticate(email, String(form.get("password") ?? ""), ip);
  if (!result.ok) return { step: "password", message: signInMessage(result.error), email };
  if (result.mfa) {
    await setChallengeCookie(result.userId);
    return { step: "code", message: null, email };
  }
  return startSession(result.userId, ip, userAgent, callbackUrl);
}
