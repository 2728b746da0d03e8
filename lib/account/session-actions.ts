"use server";
import "server-only";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { clearSessionCookie, secureCookies } from "./session-cookie";
import { revokeSession } from "./sessions/mutations";
import { CONTEXT_COOKIE, getSignedIn, requireViewer } from "@/lib/access/viewer";

/** The role switcher: remembers which of the viewer's roles the home page serves. */
export async function switchContext(formData: FormData) {
  const viewer = await requireViewer();
  const id = String(formData.get("context") ?? "");
  if (viewer.roles.some((r) => r.id === id)) {
    (await cookies()).set(CONTEXT_COOKIE, id, { httpOnly: true, secure: secureCookies(), sameSite: "lax", path: "/", maxAge: 60 * 60 * 24 * 180 });
  }
  redirect("/");
}

/** Sign-out as a plain form (works without JavaScript): the session row ends, so a copied cookie dies too. */
export async function signOutAction() {
  const signedIn = await getSignedIn();
  if (signedIn) await revokeSession(signedIn.sessionId, "SIGN_OUT");
  await clearSessionCookie();
  redirect("/signin");
}
