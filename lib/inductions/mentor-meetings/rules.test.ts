import { describe, expect, it } from "vitest";
import { isoDay } from "@/lib/dates";
import { isHoliday, lapsesOn, mentorLapse } from "./rules";

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const induction = (lastMeeting: string | null, over: { startDate?: string; completedOn?: string } = {}) => ({
  id: "ind-1", startDate: day(over.startDate ?? "2026-09-01"), completedOn: over.completedOn ? day(over.completedOn) : null, lastMeeting: lastMeeting ? day(lastMeeting) : null,
});

describe("holidays", () => {
  it("knows Christmas (across the year's end), Easter and summer; half-term is term", () => {
    expect(["2026-12-20", "2027-01-01", "2027-01-03", "2027-03-29", "2027-04-11", "2027-07-22", "2027-09-03"].map((d) => isHoliday(day(d)))).toEqual([true, true, true, true, true, true, true]);
    expect(["2026-12-19", "2027-01-04", "2027-03-28", "2027-04-12", "2027-07-21", "2027-09-04", "2026-10-28"].map((d) => isHoliday(day(d)))).toEqual([false, false, false, false, false, false, false]);
  });
});

describe("when mentor meetings lapse", () => {
  it("in term: fourteen days after the last meeting, not thirteen", () => {
    expect(isoDay(lapsesOn(day("2026-10-05")))).toBe("2026-10-19");
    expect(mentorLapse(induction("2026-10-05"), day("2026-10-18"))).toBeNull();
    expect(mentorLapse(induction("2026-10-05"), day("2026-10-19"))).toEqual({ since: day("2026-10-19"), lastMeeting: day("2026-10-05"), key: "ind-1:2026-10-05" });
  });

  it("a week's half-term between weekly meetings is no lapse", () => {
    expect(mentorLapse(induction("2026-10-23"), day("2026-11-02"))).toBeNull();
  });

  it("the Christmas holiday stops the clock: a meeting on 14 December lapses on 12 January, not 28 December", () => {
    // 15–19 December: 5 term days; 20 December–3 January: holiday; 4–12 January: the other 9.
    expect(isoDay(lapsesOn(day("2026-12-14")))).toBe("2027-01-12");
    expect(mentorLapse(induction("2026-12-14"), day("2027-01-05"))).toBeNull();
    expect(mentorLapse(induction("2026-12-14"), day("2027-01-12"))?.since).toEqual(day("2027-01-12"));
  });

  it("the summer holiday too: a meeting on 20 July lapses in mid-September", () => {
    expect(isoDay(lapsesOn(day("2027-07-20")))).toBe("2027-09-16");
  });

  it("with no meeting yet, the clock starts on the induction's first day", () => {
    expect(mentorLapse(induction(null, { startDate: "2026-09-07" }), day("2026-09-19"))).toBeNull();
    expect(mentorLapse(induction(null, { startDate: "2026-09-07" }), day("2026-09-20"))).toMatchObject({ since: day("2026-09-20"), lastMeeting: null, key: "ind-1:2026-09-06" });
  });

  it("never for an induction not started yet or complete", () => {
    expect(mentorLapse(induction(null, { startDate: "2027-01-04" }), day("2026-12-01"))).toBeNull();
    expect(mentorLapse(induction("2026-10-01", { completedOn: "2026-10-02" }), day("2026-12-01"))).toBeNull();
  });

  it("a new meeting ends the lapse, and a later lapse has a new key", () => {
    expect(mentorLapse(induction("2026-11-20"), day("2026-11-25"))).toBeNull();
    expect(mentorLapse(induction("2026-11-20"), day("2026-12-04"))?.key).toBe("ind-1:2026-11-20");
  });
});
