// Runs before every page, file and API route (Next.js 16's proxy, formerly middleware): the security
// headers with a fresh CSP nonce per request, and two refusals Next.js would otherwise answer with a
// 500: a body too large to accept, and a server action posted from another site (decision 006).
import net from "node:net";
import { NextResponse, type NextRequest } from "next/server";
import { FLASH_COOKIE, FLASH_HEADER } from "@/lib/commands/flash-cookie";
import { env } from "@/lib/env";

/** Largest request body accepted. Uploads between 10 MB and this get the form's own "10 MB or smaller". */
const MAX_BODY_MB = 40; // next.config.ts lets Next.js read a little more than this
const MAX_BODY_BYTES = MAX_BODY_MB * 1024 * 1024;

/** Served over https: directly, or behind a proxy that says so, or configured with an https address. */
function isHttps(request: NextRequest): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded === "https" || request.nextUrl.protocol === "https:" || (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

function contentSecurityPolicy(nonce: string | null, https: boolean): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  const dev = env().NODE_ENV === "development" ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    `script-src ${scripts}${dev}`,
    // Stylesheets and <style> elements need the nonce; style attributes (recharts' SVG, React's
    // server-rendered style props) cannot carry one, so attributes alone are allowed inline.
    `style-src 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    `style-src-elem 'self'${nonce ? ` 'nonce-${nonce}'` : ""}`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The headers every answer carries, whatever produced it. */
function secure(response: Response, csp: string, https: boolean): Response {
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-frame-options", "DENY");
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "same-origin");
  response.headers.set("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=()");
  if (https) response.headers.set("strict-transport-security", "max-age=63072000; includeSubDomains");
  return response;
}

function refusal(status: 403 | 413 | 503, title: string, message: string): Response {
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title} · Staff development portal</title></head><body><h1>${title}</h1><p>${message}</p><p><a href="/">Go to your dashboard</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

/** The host a browser sent the request to, as Next.js's own server-action check reads it. */
function requestHost(request: NextRequest): string | null {
  return request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
}

/** A form post (server action) whose Origin names another site. No Origin (old browsers, curl) passes. */
function crossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  try {
    return new URL(origin).host !== requestHost(request);
  } catch {
    return true; // "null" (a sandboxed frame, a privacy redirect) or garbage
  }
}

/** Whether PostgreSQL accepts a TCP connection: a cheap probe, made only while an outage is suspected. */
function databaseListening(): Promise<boolean> {
  let target: URL;
  try {
    target = new URL(env().DATABASE_URL);
  } catch {
    return Promise.resolve(true);
  }
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (!host) return Promise.resolve(true); // a Unix socket: nothing to probe here
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(target.port || 5432) });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

// Set by lib/db/client.ts when a query found the database unreachable, cleared by the next success.
const outage = globalThis as unknown as { __portalDatabaseDownSince?: number };

/** A page asked for while the database is down: 503 with advice, rather than a page that fails with 500. */
async function outagePage(request: NextRequest, https: boolean): Promise<Response | null> {
  if (!outage.__portalDatabaseDownSince || !["GET", "HEAD"].includes(request.method) || request.nextUrl.pathname.startsWith("/api/")) return null;
  if (await databaseListening()) {
    delete outage.__portalDatabaseDownSince;
    return null;
  }
  const response = refusal(503, "The portal cannot reach its database just now", "Nothing you entered has been lost or half-saved. Try again in a moment.");
  response.headers.set("retry-after", "5");
  return secure(response, contentSecurityPolicy(null, https), https);
}

export async function proxy(request: NextRequest) {
  const https = isHttps(request);
  const unavailable = await outagePage(request, https);
  if (unavailable) return unavailable;
  if (request.method === "POST") {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BODY_BYTES) {
      return secure(
        refusal(413, "That upload is too large", `The portal accepts files of 10 MB or smaller (and nothing over ${MAX_BODY_MB} MB in one request). Go back and choose a smaller file.`),
        contentSecurityPolicy(null, https),
        https,
      );
    }
    // Pages take POSTs only as server actions; next-auth's own routes under /api check their CSRF token.
    if (!request.nextUrl.pathname.startsWith("/api/") && crossSite(request)) {
      return secure(
        refusal(403, "Sent from another website", "This form was sent from another website, so the portal did not act on it. Open the portal at its own address and try again."),
        contentSecurityPolicy(null, https),
        https,
      );
    }
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, https);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts and styles.
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", csp);
  // A flash message (lib/commands/flash.ts) goes to this one request as a header, never one a client
  // sent, and its cookie is cleared in the same response, so a reload does not show it again.
  headers.delete(FLASH_HEADER);
  const flash = request.cookies.get(FLASH_COOKIE)?.value;
  if (flash) headers.set(FLASH_HEADER, flash);
  const response = NextResponse.next({ request: { headers } });
  if (flash !== undefined) response.cookies.delete(FLASH_COOKIE);
  return secure(response, csp, https);
}

export const config = {
  // Build assets are immutable files (next.config.ts gives them nosniff); everything else passes here.
  // The GIAS upload streams a body far larger than the proxy may buffer; its route makes its own checks.
  matcher: ["/((?!_next/static|_next/image|api/admin/gias).*)"],
};
