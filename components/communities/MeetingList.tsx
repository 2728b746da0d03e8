"use client";
// Meetings of a community. A client component, so the page sends each meeting's fields once rather than
// a second copy of its markup (issue 22).
import Link from "next/link";
import { MEETING_STATUS_LABEL } from "@/lib/communities/labels";
import { formatMeetingTime, formatMinutes } from "@/lib/dates";

type Meeting = { id: string; title: string; startsAt: Date; durationMinutes: number; location: string | null; onlineUrl: string | null; status: keyof typeof MEETING_STATUS_LABEL; registerClosedAt: Date | null };

export function MeetingList({ communityId, meetings, empty, calendar }: { communityId: string; meetings: Meeting[]; empty: string; calendar: boolean }) {
  if (!meetings.length) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="space-y-2">
      {meetings.map((m) => (
        <li key={m.id} className="rounded border border-slate-200 bg-white p-3">
          <Link href={`/communities/${communityId}/meetings/${m.id}`} className="font-semibold text-brand-700 underline">
            {m.title}
          </Link>
          <p className="text-sm text-slate-700">
            {formatMeetingTime(m.startsAt)} · {formatMinutes(m.durationMinutes)}
            {m.location ? ` · ${m.location}` : ""}
            {m.onlineUrl ? " · online" : ""} · {MEETING_STATUS_LABEL[m.status]}
            {m.registerClosedAt ? " · register closed" : ""}
          </p>
          {calendar && m.status !== "CANCELLED" && (
            <a href={`/communities/${communityId}/meetings/${m.id}/calendar.ics`} className="text-sm text-brand-700 underline" download>
              Add to calendar<span className="sr-only"> ({m.title})</span> (.ics)
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}
