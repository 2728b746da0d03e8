import { calendarIcs } from "@/lib/programme/calendar/ics";
import { feedEvents } from "@/lib/programme/calendar/queries";

export const dynamic = "force-dynamic";

/**
 * A person's private calendar feed, read by its secret token alone (calendar apps cannot sign in): their
 * booked sessions and their communities' meetings. An unknown or revoked token is "not found".
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const token = (await params).token.replace(/\.ics$/, "");
  const events = await feedEvents(token);
  if (!events) return new Response("Not found", { status: 404 });
  const body = calendarIcs("My CPD and meetings", events.map((e) => ({ ...e, url: new URL(e.path, request.url).toString() })));
  return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store" } });
}
