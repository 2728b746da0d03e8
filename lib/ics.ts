import "server-only";
// An iCalendar (RFC 5545) file for one meeting, so staff can add it to Outlook or Google Calendar.
type IcsMeeting = {
  id: string;
  title: string;
  communityName: string;
  startsAt: Date;
  durationMinutes: number;
  location: string | null;
  onlineUrl: string | null;
  agenda: string | null;
  status: "PLANNED" | "HELD" | "CANCELLED";
  url?: string;
};

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in text values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** RFC 5545 §3.1: lines longer than 75 octets are folded, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join("\r\n ");
}

export function meetingIcs(meeting: IcsMeeting, now: Date = new Date()): string {
  const end = new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000);
  const where = [meeting.location, meeting.onlineUrl].filter(Boolean).join(" · ");
  const description = [meeting.agenda ? `Agenda:\n${meeting.agenda}` : "", meeting.onlineUrl ? `Join online: ${meeting.onlineUrl}` : ""]
    .filter(Boolean)
    .join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Staff development portal//Communities//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:meeting-${meeting.id}@staff-development-portal`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(meeting.startsAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escapeText(`${meeting.communityName}: ${meeting.title}`)}`,
    ...(where ? [`LOCATION:${escapeText(where)}`] : []),
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(meeting.url ? [`URL:${meeting.url}`] : []),
    `STATUS:${meeting.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
