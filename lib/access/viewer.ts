import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { loadSession, type SignedInSession } from "./queries";
import { env } from "@/lib/env";
import type { Viewer } from "./policy";

export type { Viewer } from "./policy";

/** Where someone the trust requires a second factor of, without one yet, sets it up. */
export const MFA_SETUP_PATH = "/signin/two-step";

/** Secure cookies whenever the portal is served over https (what next-auth decides from the same URL). */
export const secureCookies = () => (env().NEXTAUTH_URL ?? "").startsWith("https://");

/** next-auth's session cookie, which lib/account mints (password sign-in) or next-auth does (single sign-on). */
export const sessionCookieName = () => `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;

/** The ids the session cookie carries: read here, below lib/account, so the kernel needs no sign-in code
 *  (what getServerSession reads for a JWT session, whose token the portal's callbacks leave as minted). */
async function sessionToken(): Promise<Record<string, unknown> | null> {
  const raw = (await cookies()).get(sessionCookieName())?.value;
  if (!raw) return null;
  try {
    return await decode({ token: raw, secret: env().NEXTAUTH_SECRET });
  } catch {
    return null;
  }
}

/** The session behind the cookie, once per request: null when signed out or the session has ended. */
export const getSignedIn = cache(async (): Promise<SignedInSession | null> => {
  const token = await sessionToken();
  // A token without a session id predates server-side sessions: it is not honoured.
  return typeof token?.uid === "string" && typeof token.sid === "string" ? loadSession(token.uid, token.sid) : null;
});

/** The signed-in viewer, once per request; null when signed out or still to set up a required second factor. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const signedIn = await getSignedIn();
  return signedIn && !signedIn.mfaEnrolmentRequired ? signedIn.viewer : null;
});

/** The signed-in viewer, or a redirect to the sign-in page (or to set up a required second factor first). */
export async function requireViewer(): Promise<Viewer> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect("/signin");
  if (signedIn.mfaEnrolmentRequired) redirect(MFA_SETUP_PATH);
  return signedIn.viewer;
}

/** Asserts a policy answer; out of scope is indistinguishable from missing. */
export function ensure(allowed: boolean): void {
  if (!allowed) notFound();
}

export const CONTEXT_COOKIE = "portal-context";

/** The role assignment the viewer is acting in (the switcher); defaults to the most senior. */
export async function activeRole(viewer: Viewer) {
  const chosen = (await cookies()).get(CONTEXT_COOKIE)?.value;
  return viewer.roles.find((r) => r.id === chosen) ?? mostSenior(viewer);
}

const SENIORITY = ["TRUST_ADMIN", "TRUSTEE", "HEADTEACHER", "SENIOR_LEADER", "NETWORK_LEADER", "LOCAL_GOVERNOR", "STAFF"];

export function mostSenior(viewer: Viewer) {
  return [...viewer.roles].sort((a, b) => SENIORITY.indexOf(a.role) - SENIORITY.indexOf(b.role))[0] ?? null;
}
