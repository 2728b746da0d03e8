import { describe, expect, it } from "vitest";
import { fromIsoDay } from "@/lib/dates";
import { cadenceStatus, isActive, termBounds } from "./rules";

const d = fromIsoDay;
const fortnightly = { startsOn: d("2026-09-07"), endsOn: d("2027-07-16"), cadence: "FORTNIGHTLY" as const };

describe("cadenceStatus", () => {
  it("is on track within the cadence and a week's grace, lapsed after", () => {
    expect(cadenceStatus(fortnightly, d("2026-10-01"), d("2026-10-22"))).toBe("ON_TRACK"); // 21 days
    expect(cadenceStatus(fortnightly, d("2026-10-01"), d("2026-10-23"))).toBe("LAPSED"); // 22 days
  });
  it("counts from the start before the first session", () => {
    expect(cadenceStatus(fortnightly, null, d("2026-09-28"))).toBe("ON_TRACK");
    expect(cadenceStatus(fortnightly, null, d("2026-09-29"))).toBe("LAPSED");
  });
  it("is not started before the start and ended after the end, whatever the sessions", () => {
    expect(cadenceStatus(fortnightly, null, d("2026-09-01"))).toBe("NOT_STARTED");
    expect(cadenceStatus(fortnightly, null, d("2027-07-17"))).toBe("ENDED");
    expect(cadenceStatus({ ...fortnightly, cadence: "WEEKLY" }, d("2026-11-01"), d("2026-11-15"))).toBe("ON_TRACK");
    expect(cadenceStatus({ ...fortnightly, cadence: "HALF_TERMLY" }, d("2026-09-07"), d("2026-11-01"))).toBe("ON_TRACK");
  });
  it("isActive: from the start day to the end day inclusive; no end runs on", () => {
    expect([isActive(fortnightly, d("2026-09-07")), isActive(fortnightly, d("2027-07-16")), isActive(fortnightly, d("2027-07-17"))]).toEqual([true, true, false]);
    expect(isActive({ ...fortnightly, endsOn: null }, d("2030-01-01"))).toBe(true);
  });
});

describe("termBounds", () => {
  it("gives autumn, spring and summer of a year", () => {
    expect(termBounds(2026 * 3)).toEqual({ start: d("2026-09-01"), end: d("2027-01-01") });
    expect(termBounds(2026 * 3 + 1)).toEqual({ start: d("2027-01-01"), end: d("2027-04-01") });
    expect(termBounds(2026 * 3 + 2)).toEqual({ start: d("2027-04-01"), end: d("2027-09-01") });
  });
});
