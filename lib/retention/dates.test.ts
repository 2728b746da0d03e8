// Retention dates on London's calendar (issue 21 §2): the 31 August / 1 September boundary of the
// academic year, the clock changes, and month ends that do not exist.
import { describe, expect, it } from "vitest";
import { addPeriod, cutoffInstant, dueOn, isPast, latestLeaveDatePast } from "./dates";

const day = (s: string) => new Date(`${s}T00:00:00Z`);

describe("a leaver's date", () => {
  it("runs six years from the last day of employment: a 31 August leaver is kept through 31 August and erased from 1 September", () => {
    const due = dueOn(day("2020-08-31"), 6, "YEARS");
    expect(due).toEqual(day("2026-08-31"));
    // 23:59 BST on 31 August is still the 31st in London…
    expect(isPast(due, new Date("2026-08-31T22:59:00Z"))).toBe(false);
    // …and 00:30 BST on 1 September (23:30 UTC on the 31st) is already the 1st.
    expect(isPast(due, new Date("2026-08-31T23:30:00Z"))).toBe(true);
  });

  it("a 1 September starter of the next year who leaves the next day is not swept with the 31 August leavers", () => {
    const due = dueOn(day("2020-09-01"), 6, "YEARS");
    expect(isPast(due, new Date("2026-08-31T23:30:00Z"))).toBe(false);
    expect(isPast(due, new Date("2026-09-01T23:30:00Z"))).toBe(true);
  });

  it("29 February plus a year is 28 February; month ends clamp", () => {
    expect(addPeriod(day("2024-02-29"), 1, "YEARS")).toEqual(day("2025-02-28"));
    expect(addPeriod(day("2024-02-29"), 4, "YEARS")).toEqual(day("2028-02-29"));
    expect(addPeriod(day("2026-08-31"), 6, "MONTHS")).toEqual(day("2027-02-28"));
    expect(addPeriod(day("2026-03-31"), -1, "MONTHS")).toEqual(day("2026-02-28"));
  });

  it("the query's bound never leaves out a leaver who is past their date", () => {
    for (const now of ["2026-03-01T12:00:00Z", "2026-08-31T23:30:00Z", "2026-02-28T12:00:00Z", "2026-10-25T00:30:00Z"]) {
      const t = new Date(now);
      const bound = latestLeaveDatePast(t, 6, "YEARS");
      for (let d = -5; d <= 5; d++) {
        const leave = addPeriod(bound, d, "DAYS");
        if (isPast(dueOn(leave, 6, "YEARS"), t)) expect(leave.getTime(), `${now} ${leave.toISOString()}`).toBeLessThanOrEqual(bound.getTime());
      }
    }
  });
});

describe("a cut-off for rows timed to the instant", () => {
  it("is a London midnight: in summer 23:00 UTC the evening before", () => {
    expect(cutoffInstant(new Date("2026-07-15T10:00:00Z"), 90, "DAYS")).toEqual(new Date("2026-04-15T23:00:00Z"));
  });

  it("across the spring clock change, ninety London days rather than 90 × 24 hours", () => {
    // 10 June 2026 (BST) − 90 days = 12 March 2026 (GMT): midnight there is 00:00 UTC, not 23:00 the day before.
    expect(cutoffInstant(new Date("2026-06-10T08:00:00Z"), 90, "DAYS")).toEqual(new Date("2026-03-12T00:00:00Z"));
  });

  it("just after the autumn change (00:30 GMT on 26 October) the day is the 26th", () => {
    expect(cutoffInstant(new Date("2026-10-26T00:30:00Z"), 90, "DAYS")).toEqual(new Date("2026-07-27T23:00:00Z"));
    // and at 00:30 BST on 25 October (23:30 UTC on the 24th) London is already on the 25th
    expect(cutoffInstant(new Date("2026-10-24T23:30:00Z"), 1, "DAYS")).toEqual(new Date("2026-10-23T23:00:00Z"));
  });

  it("at 00:30 BST on 1 September, the rows of 31 August two years back go, those of 1 September stay", () => {
    const cutoff = cutoffInstant(new Date("2026-08-31T23:30:00Z"), 2, "YEARS");
    expect(cutoff).toEqual(new Date("2024-08-31T23:00:00Z"));
    expect(new Date("2024-08-31T22:59:00Z").getTime()).toBeLessThan(cutoff.getTime()); // 23:59 BST on 31 Aug 2024
    expect(new Date("2024-08-31T23:00:00Z").getTime()).toBeGreaterThanOrEqual(cutoff.getTime()); // 00:00 BST on 1 Sep 2024
  });
});
