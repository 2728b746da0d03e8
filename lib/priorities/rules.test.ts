import { describe, expect, it } from "vitest";
import { isUnfinished, plannableYears, recordableTerms, termsOfYear, yearBounds } from "./rules";

describe("priority rules", () => {
  it("offers the terms of the priority's year that have begun", () => {
    expect(termsOfYear(2026)).toEqual([6078, 6079, 6080]);
    expect(recordableTerms(2026, new Date("2027-01-15T12:00:00Z"))).toEqual([
      { term: 6078, label: "Autumn 2026" },
      { term: 6079, label: "Spring 2027" },
    ]);
    expect(recordableTerms(2027, new Date("2027-01-15T12:00:00Z"))).toEqual([]);
  });
  it("calls a priority unfinished while a milestone is open or none is set", () => {
    expect(isUnfinished([])).toBe(true);
    expect(isUnfinished([{ doneAt: new Date() }, { doneAt: null }])).toBe(true);
    expect(isUnfinished([{ doneAt: new Date() }])).toBe(false);
  });
  it("plans for this academic year and the next, bounded 1 September to 31 August", () => {
    expect(plannableYears(new Date("2026-12-07T12:00:00Z"))).toEqual([
      { year: 2026, label: "2026/27" },
      { year: 2027, label: "2027/28" },
    ]);
    expect(yearBounds(2026)).toEqual({ first: "2026-09-01", last: "2027-08-31" });
  });
});
