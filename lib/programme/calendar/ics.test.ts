import { describe, expect, it } from "vitest";
import { calendarIcs } from "./ics";

describe("calendarIcs", () => {
  it("writes one VEVENT per event with escaped text, UTC times and a cancelled status", () => {
    const ics = calendarIcs("My CPD", [
      { uid: "a", title: "Phonics, part 1", startsAt: new Date("2026-03-02T16:00:00Z"), durationMinutes: 90, location: "Hall; room 2", cancelled: false },
      { uid: "b", title: "Maths network", startsAt: new Date("2026-03-03T16:00:00Z"), durationMinutes: 60, location: "", cancelled: true },
    ], new Date("2026-01-01T00:00:00Z"));
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("SUMMARY:Phonics\\, part 1");
    expect(ics).toContain("DTSTART:20260302T160000Z\r\nDTEND:20260302T173000Z");
    expect(ics).toContain("LOCATION:Hall\\; room 2");
    expect(ics).toContain("STATUS:CANCELLED");
    expect(ics).toContain("X-WR-CALNAME:My CPD");
  });
});
