import { describe, expect, it } from "vitest";
import { fromIsoDay } from "@/lib/dates";
import { defaultCycle, inWindow, outOfCycle, progressOf, reviewWindow } from "./rules";

const day = fromIsoDay;
const cycle = defaultCycle(2026);

describe("the performance development cycle", () => {
  it("defaults to objectives 1 Sep–31 Oct (heads to 31 Dec), mid-year Feb–Mar, end of year Jun–Jul, two to four objectives", () => {
    expect(cycle).toMatchObject({
      objectivesFrom: day("2026-09-01"), objectivesTo: day("2026-10-31"), headsObjectivesTo: day("2026-12-31"),
      midYearFrom: day("2027-02-01"), midYearTo: day("2027-03-31"), endYearFrom: day("2027-06-01"), endYearTo: day("2027-07-31"),
      minObjectives: 2, maxObjectives: 4, supportStaff: true,
    });
  });

  it("opens a review's window on its first day and closes it after its last", () => {
    const w = reviewWindow(cycle, "MID_YEAR");
    expect(inWindow(w, day("2027-01-31"))).toBe(false);
    expect(inWindow(w, day("2027-02-01"))).toBe(true);
    expect(inWindow(w, day("2027-03-31"))).toBe(true);
    expect(inWindow(w, day("2027-04-01"))).toBe(false);
  });

  it("leaves ECTs in induction out, and support staff where the trust says so", () => {
    expect(outOfCycle(cycle, { category: "TEACHER", inInduction: true })).toBe("In induction: out of the cycle");
    expect(outOfCycle(cycle, { category: "SUPPORT", inInduction: false })).toBeNull();
    expect(outOfCycle({ ...cycle, supportStaff: false }, { category: "SUPPORT", inInduction: false })).toBe("Support staff: not in this year's cycle");
  });

  it("reads a step as overdue only once its window has closed, and a head's objectives as due until 31 December", () => {
    const none = { objectives: 0, revieweeAgreedAt: null, reviewerAgreedAt: null, signed: [] };
    expect(progressOf(cycle, false, none, day("2026-11-01"))).toEqual({ objectives: "overdue", midYear: "due", endYear: "due" });
    expect(progressOf(cycle, true, none, day("2026-11-01")).objectives).toBe("due");
    const agreed = { objectives: 3, revieweeAgreedAt: new Date(), reviewerAgreedAt: new Date(), signed: ["MID_YEAR" as const] };
    expect(progressOf(cycle, false, agreed, day("2027-04-02"))).toEqual({ objectives: "done", midYear: "done", endYear: "due" });
    expect(progressOf(cycle, false, { ...agreed, reviewerAgreedAt: null }, day("2026-12-01")).objectives).toBe("overdue");
  });
});
