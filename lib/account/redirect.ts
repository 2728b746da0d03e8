import "server-only";
// Where to go after signing in: only somewhere on the portal itself. next-auth's default redirect
// callback throws on a URL it cannot parse (e.g. `http://localhost:3000.evil.example/`), which made
// sign-in answer 500; anything unparseable or off-site falls back to the portal's home.

/** For next-auth's redirect callback: `url` when it is on `baseUrl`'s origin, else `baseUrl`. */
export function sameOriginUrl(url: string, baseUrl: string): string {
  try {
    const base = new URL(baseUrl);
    const target = new URL(url, base);
    return target.origin === base.origin ? target.href : baseUrl;
  } catch {
    return baseUrl;
  }
}

const PLACEHOLDER = "http://portal.invalid";

/** For the sign-in form's callbackUrl: a path on this site ("/schools?page=2"), else "/". */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw) return "/";
  const resolved = sameOriginUrl(raw, PLACEHOLDER);
  if (resolved === PLACEHOLDER) return "/";
  const url = new URL(resolved);
  // The sign-in pages themselves are no destination after signing in.
  if (url.pathname.startsWith("/signin") || url.pathname.startsWith("/api/auth")) return "/";
  return `${url.pathname}${url.search}${url.hash}`;
}
