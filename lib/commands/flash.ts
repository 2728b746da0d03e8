import "server-only";
// A result shown once on the page a form leads to ("Saved as a draft."), carried through the redirect
// in a short-lived cookie rather than a ?saved= flag in the URL. proxy.ts hands it to that one page
// (as a request header) and clears the cookie in the same response, so a reload does not repeat it.
import { cookies, headers } from "next/headers";

export const FLASH_COOKIE = "portal-flash";
export const FLASH_HEADER = "x-portal-flash";

export async function setFlash(message: string): Promise<void> {
  (await cookies()).set(FLASH_COOKIE, encodeURIComponent(message.slice(0, 300)), { path: "/", maxAge: 60, httpOnly: true, sameSite: "lax" });
}

/** The message flashed to this request, if any. */
export async function readFlash(): Promise<string | null> {
  const value = (await headers()).get(FLASH_HEADER);
  if (!value) return null;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
