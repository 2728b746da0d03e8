import { getViewer } from "@/lib/access/viewer";
import { meetingIcs } from "@/lib/ics";
import { meetingForCalendar } from "@/lib/communities/meetings/queries";

export const dynamic = "force-dynamic";

/** The meeting as an iCalendar file, for the viewer allowed to see the meeting (404 otherwise: existence is not leaked). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; meetingId: string }> }) {
  const viewer = await getViewer();
  if (!viewer) return new Response("Not found", { status: 404 });
  const { id, meetingId } = await params;
  const meeting = await meetingForCalendar(viewer, id, meetingId).catch((error: { digest?: string }) => {
    if (String(error?.digest ?? "").includes("404")) return null;
    throw error;
  });
  if (!meeting) return new Response("Not found", { status: 404 });
  const url = new URL(`/communities/${id}/meetings/${meetingId}`, request.url).toString();
  return new Response(meetingIcs({ ...meeting, url }), {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="meeting-${meetingId}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
