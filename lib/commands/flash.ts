import "server-only";
// A result shown once on the page a form leads to ("Saved as a draft."), carried through the redirect
// in a short-lived cookie rather than a ?saved= flag in the URL. proxy.ts hands it to that one page
// (as a request header) and clears the cookie in the same response, so a reload does not repeat it.
import { cookies, headers } from "next/headers";
import { FLASH_COOKIE, FLASH_HEADER } from "./flash-cookie";

export async function setFlash(message: string): Promise<void> {
  // With JavaScript the action is a fetch, and Next.js renders the page it redirects to inside this
  // same response, passing this response's cookies to that render (through proxy.ts): the browser need
  // not keep the cookie, and must not, or a reload would show the message again. Without JavaScript
  // the browser follows a 303 and brings the cookie to the next page, where proxy.ts clears it.
  const fetchAction = (await headers()).has("next-action");
  (await cookies()).set(FLASH_COOKIE, encodeURIComponent(message.slice(0, 300)), { path: "/", maxAge: fetchAction ? 0 : 60, httpOnly: true, sameSite: "lax" });
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
