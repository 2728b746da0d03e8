import "server-only";
// The address a sign-in is counted against. X-Forwarded-For is whatever the client sent plus what
// each proxy appended, so only the entries our own proxies appended can be believed: the Nth entry
// counted from the right, for N trusted hops. With no proxy configured the header proves nothing
// (and Next.js gives route handlers no socket address), so the request is "unattributed".
// See docs/decisions/005-sessions-mfa-and-sign-in-limits.md.

type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (Array.isArray(value)) return value.join(",");
  return typeof value === "string" ? value : undefined;
}

/** The client's address as our own proxies saw it, or null when it cannot be known. */
export function clientAddress(headers: HeaderSource, trustedProxyHops: number | undefined): string | null {
  if (!trustedProxyHops) return null;
  const entries = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them, so nothing in it is ours.
  if (entries.length < trustedProxyHops) return null;
  return entries[entries.length - trustedProxyHops] ?? null;
}
