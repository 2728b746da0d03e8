import { describe, expect, it } from "vitest";
import { escapeText, foldLine, meetingIcs } from "@/lib/ics";

const meeting = {
  id: "6f1c1c9e-0000-4000-8000-000000000001",
  title: "Spring term moderation; Year 6 writing, with samples",
  communityName: "English Subject Community",
  startsAt: new Date("2026-03-10T16:00:00Z"),
  durationMinutes: 90,
  location: "Northbridge Academy, Room 4",
  onlineUrl: null,
  agenda: "1. Welcome\n2. Moderation",
  status: "PLANNED" as const,
};

describe("meetingIcs", () => {
  const ics = meetingIcs(meeting, new Date("2026-03-01T09:00:00Z"));

  it("is one VEVENT with UTC start and end from the duration", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics).toContain("DTSTART:20260310T160000Z\r\n");
    expect(ics).toContain("DTEND:20260310T173000Z\r\n");
    expect(ics).toContain("DTSTAMP:20260301T090000Z\r\n");
    expect(ics).toContain(`UID:meeting-${meeting.id}@staff-development-portal`);
    expect(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("STATUS:CONFIRMED");
  });

  it("escapes text and folds long lines at 75 octets", () => {
    expect(ics).toContain("SUMMARY:English Subject Community: Spring term moderation\\; Year 6 writing\\");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, "")).toContain("DESCRIPTION:Agenda:\\n1. Welcome\\n2. Moderation");
  });

  it("marks a cancelled meeting cancelled", () => {
    expect(meetingIcs({ ...meeting, status: "CANCELLED" })).toContain("STATUS:CANCELLED");
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslashes, commas, semicolons and newlines", () => {
    expect(escapeText("a\\b,c;d\ne")).toBe("a\\\\b\\,c\\;d\\ne");
    expect(escapeText("one\rtwo\r\nthree")).toBe("one\\ntwo\\nthree");
  });
  it("never splits a multi-byte character", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(60)}`);
    expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(60)}`);
  });
});
