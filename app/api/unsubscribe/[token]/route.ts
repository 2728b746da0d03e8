// One-click unsubscribe (RFC 8058): the List-Unsubscribe address. A mail client POSTs
// "List-Unsubscribe=One-Click" with no sign-in; it takes effect at once. The page at
// /unsubscribe/<token> posts here too, and is shown the outcome. A GET changes nothing
// (mail scanners follow links): it leads to that page.
import { NextResponse } from "next/server";
import { unsubscribe } from "@/lib/notifications/unsubscribe/mutations";

export const dynamic = "force-dynamic";

const MESSAGES = {
  done: "You are unsubscribed: these emails have stopped. Your notifications stay in the portal.",
  used: "This unsubscribe link has already been used. Nothing has changed.",
  invalid: "This unsubscribe link is not valid. Nothing has changed.",
} as const;

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await unsubscribe(token);
  // A person's browser (the page's button) is shown the outcome; a mail client gets a plain answer.
  if ((request.headers.get("accept") ?? "").includes("text/html")) {
    // A relative Location: request.url may name another host than the browser used (a proxy,
    // localhost for 127.0.0.1), and the CSP's form-action 'self' would then block the redirect.
    return new NextResponse(null, { status: 303, headers: { location: `/unsubscribe/done?outcome=${result.outcome}` } });
  }
  return new NextResponse(MESSAGES[result.outcome], { status: result.outcome === "done" ? 200 : 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}

export async function GET(_: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return new NextResponse(null, { status: 303, headers: { location: `/unsubscribe/${encodeURIComponent(token)}` } });
}
