import { getViewer } from "@/lib/access/viewer";
import { calendarIcs } from "@/lib/programme/calendar/ics";
import { sessionForCalendar } from "@/lib/programme/calendar/queries";

export const dynamic = "force-dynamic";

/** One session as an iCalendar file, for anyone who may see its course (404 otherwise: existence is not leaked). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  const { id, sessionId } = await params;
  const s = await sessionForCalendar(viewer, id, sessionId).catch((error: { digest?: string }) => {
    if (String(error?.digest ?? "").includes("404")) return null;
    throw error;
  });
  if (!s) return new Response("Not found", { status: 404 });
  const event = {
    uid: `course-session-${s.id}`, title: s.title ? `${s.course.title}: ${s.title}` : s.course.title, startsAt: s.startsAt, durationMinutes: s.durationMinutes,
    location: [s.venue, s.onlineUrl].filter(Boolean).join(" · "), url: new URL(`/programme/${id}`, request.url).toString(), cancelled: false,
  };
  return new Response(calendarIcs(s.course.title, [event]), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `attachment; filename="session-${sessionId}.ics"`, "cache-control": "private, no-store" },
  });
}
