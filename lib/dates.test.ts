import { describe, expect, it } from "vitest";
import {
  academicYear, academicYearLabel, addYears, formatDate, formatDateTime, formatHours, formatMeetingTime, formatMinutes,
  hoursToMinutes, isCalendarDay, isoDay, londonDay, londonLocalToUtc, londonToday, startOfLondonDay, termKey, termLabel,
  utcToLondonLocal,
} from "./dates";

const at = (iso: string) => new Date(iso);
const day = (d: Date) => isoDay(londonDay(d));

// 2026's clock changes: forward at 01:00 UTC on Sunday 29 March, back at 01:00 UTC on Sunday 25 October.
describe("London days around the clock changes", () => {
  it("gives the London day of an instant, not the UTC one", () => {
    expect(day(at("2026-03-29T00:30:00Z"))).toBe("2026-03-29");
    expect(day(at("2026-03-28T23:30:00Z"))).toBe("2026-03-28"); // still GMT
    expect(day(at("2026-10-24T23:30:00Z"))).toBe("2026-10-25"); // 00:30 BST
    expect(day(at("2026-10-25T23:30:00Z"))).toBe("2026-10-25"); // GMT again
    expect(day(at("2026-06-15T23:30:00Z"))).toBe("2026-06-16");
    expect(isoDay(londonToday(at("2026-08-31T23:30:00Z")))).toBe("2026-09-01");
  });

  it("reads 00:30 and 01:30 on the last Sunday of March as London time", () => {
    expect(londonLocalToUtc("2026-03-29T00:30")?.toISOString()).toBe("2026-03-29T00:30:00.000Z");
    // 01:30 does not exist that night (01:00 GMT → 02:00 BST): it lands an hour later, 02:30 BST.
    expect(londonLocalToUtc("2026-03-29T01:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
    expect(londonLocalToUtc("2026-03-29T02:30")?.toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("reads 00:30 and 01:30 on the last Sunday of October as London time", () => {
    expect(londonLocalToUtc("2026-10-25T00:30")?.toISOString()).toBe("2026-10-24T23:30:00.000Z");
    // 01:30 happens twice that night: the winter-time one is taken.
    expect(londonLocalToUtc("2026-10-25T01:30")?.toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(londonLocalToUtc("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T02:30:00.000Z");
  });

  it("reads form times as London time in winter and summer, and refuses malformed ones", () => {
    expect(londonLocalToUtc("2026-01-15T16:00")?.toISOString()).toBe("2026-01-15T16:00:00.000Z");
    expect(londonLocalToUtc("2026-06-15T16:00")?.toISOString()).toBe("2026-06-15T15:00:00.000Z");
    expect(londonLocalToUtc("not a date")).toBeNull();
    expect(londonLocalToUtc("2026-02-30T10:00")).toBeNull();
    expect(londonLocalToUtc("2026-02-10T24:00")).toBeNull();
  });

  it("writes instants as London datetime-local values", () => {
    expect(utcToLondonLocal(at("2026-06-15T15:00:00Z"))).toBe("2026-06-15T16:00");
    expect(utcToLondonLocal(at("2026-03-29T00:30:00Z"))).toBe("2026-03-29T00:30");
    expect(utcToLondonLocal(at("2026-03-29T01:30:00Z"))).toBe("2026-03-29T02:30");
    expect(utcToLondonLocal(at("2026-10-25T00:30:00Z"))).toBe("2026-10-25T01:30");
    expect(utcToLondonLocal(at("2026-10-25T01:30:00Z"))).toBe("2026-10-25T01:30");
  });

  it("finds the instant the London day began", () => {
    expect(startOfLondonDay(at("2026-01-15T12:00:00Z")).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay(at("2026-06-15T12:00:00Z")).toISOString()).toBe("2026-06-14T23:00:00.000Z");
    expect(startOfLondonDay(at("2026-03-29T12:00:00Z")).toISOString()).toBe("2026-03-29T00:00:00.000Z");
    expect(startOfLondonDay(at("2026-10-25T12:00:00Z")).toISOString()).toBe("2026-10-24T23:00:00.000Z");
  });
});

describe("academic years", () => {
  it("run 1 September to 31 August, labelled 2025/26", () => {
    expect(academicYear(at("2025-09-01T00:00:00Z")).label).toBe("2025/26");
    expect(academicYear(at("2026-08-31T12:00:00Z")).label).toBe("2025/26");
    expect(academicYear(at("2026-09-01T09:00:00Z")).label).toBe("2026/27");
    const y = academicYear(at("2026-01-10T10:00:00Z"));
    expect([y.startYear, y.start.toISOString(), y.end.toISOString()]).toEqual([2025, "2025-09-01T00:00:00.000Z", "2026-09-01T00:00:00.000Z"]);
  });

  it("turn at midnight London time: 31 August 23:30 and 1 September 00:30 in summer time", () => {
    // Both instants fall on 31 August in UTC; only the second is 1 September in London.
    expect(academicYear(at("2026-08-31T22:30:00Z")).label).toBe("2025/26");
    expect(academicYear(at("2026-08-31T23:30:00Z")).label).toBe("2026/27");
  });

  it("take days as date columns hold them (UTC midnights)", () => {
    expect(academicYear(at("2026-08-31T00:00:00Z")).startYear).toBe(2025);
    expect(academicYear(at("2026-09-01T00:00:00Z")).startYear).toBe(2026);
  });

  it("label the turn of the century with two digits", () => {
    expect(academicYear(at("2099-10-01T00:00:00Z")).label).toBe("2099/00");
    expect(academicYearLabel(2009)).toBe("2009/10");
  });
});

describe("terms", () => {
  const term = (iso: string) => termLabel(termKey(at(iso)));

  it("turn at New Year: autumn to 31 December, spring from 1 January", () => {
    expect(term("2025-12-31T23:30:00Z")).toBe("Autumn 2025");
    expect(term("2026-01-01T00:30:00Z")).toBe("Spring 2026");
    expect(termKey(at("2026-01-01T00:30:00Z"))).toBe(termKey(at("2025-12-31T23:30:00Z")) + 1);
  });

  it("turn at midnight London time in summer time (1 April, 1 September)", () => {
    expect(term("2026-03-31T22:30:00Z")).toBe("Spring 2026"); // 23:30 BST, 31 March
    expect(term("2026-03-31T23:30:00Z")).toBe("Summer 2026"); // 00:30 BST, 1 April
    expect(term("2026-08-31T22:30:00Z")).toBe("Summer 2026");
    expect(term("2026-08-31T23:30:00Z")).toBe("Autumn 2026");
  });

  it("number consecutive terms consecutively", () => {
    const k = termKey(at("2025-10-01T12:00:00Z"));
    expect([k, k + 1, k + 2, k + 3].map(termLabel)).toEqual(["Autumn 2025", "Spring 2026", "Summer 2026", "Autumn 2026"]);
  });
});

describe("one date style", () => {
  it("writes dates as 1 Sept 2009, in London", () => {
    expect(formatDate(at("2009-09-01T00:00:00Z"))).toBe("1 Sept 2009");
    expect(formatDate(at("2009-08-31T23:30:00Z"))).toBe("1 Sept 2009"); // 00:30 BST
    expect(formatDate(at("2026-01-05T12:00:00Z"))).toBe("5 Jan 2026");
  });

  it("takes the yyyy-mm-dd days client components receive, and says — for none", () => {
    expect(formatDate("2009-09-01")).toBe("1 Sept 2009");
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    expect(formatDate("not a date")).toBe("—");
  });

  it("adds a 24-hour London time where the time matters", () => {
    expect(formatDateTime(at("2009-09-01T13:05:00Z"))).toBe("1 Sept 2009, 14:05");
    expect(formatDateTime(at("2026-01-05T09:00:00Z"))).toBe("5 Jan 2026, 09:00");
    expect(formatDateTime(null)).toBe("—");
  });

  it("gives meetings their weekday", () => {
    expect(formatMeetingTime(at("2026-11-26T16:00:00Z"))).toBe("Thu, 26 Nov 2026, 16:00");
    expect(formatMeetingTime(at("2026-06-15T15:00:00Z"))).toBe("Mon, 15 Jun 2026, 16:00");
  });
});

describe("hours", () => {
  it("are entered as decimals and stored as whole minutes", () => {
    expect(hoursToMinutes(1.5)).toBe(90);
    expect(hoursToMinutes(0.25)).toBe(15);
  });

  it("show with at most two decimals, trailing zeros dropped, no thousands separator", () => {
    expect(formatHours(90)).toBe("1.5");
    expect(formatHours(100)).toBe("1.67");
    expect(formatHours(120)).toBe("2");
    expect(formatHours(0)).toBe("0");
    expect(formatHours(66)).toBe("1.1");
    expect(formatHours(1)).toBe("0.02");
    expect(formatHours(74_070)).toBe("1234.5");
  });

  it("show durations as hours and minutes", () => {
    expect(formatMinutes(90)).toBe("1 h 30 min");
    expect(formatMinutes(120)).toBe("2 h");
    expect(formatMinutes(45)).toBe("45 min");
  });
});

describe("calendar days", () => {
  it("knows which days exist", () => {
    expect(isCalendarDay("2024-02-29")).toBe(true);
    expect(isCalendarDay("2026-02-29")).toBe(false);
    expect(isCalendarDay("2026-13-01")).toBe(false);
  });

  it("shifts days by whole years", () => {
    expect(addYears("2026-03-01", 5)).toBe("2031-03-01");
  });
});
