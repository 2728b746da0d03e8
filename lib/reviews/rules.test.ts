import { describe, expect, it } from "vitest";
import { agreementOpen, areaApplies } from "./rules";

describe("areaApplies", () => {
  const primary = { hasEarlyYears: true, hasSixthForm: false };
  it("applies early years and sixth form only where the school has them", () => {
    expect(areaApplies({ appliesTo: "ALL" }, primary)).toBe(true);
    expect(areaApplies({ appliesTo: "EARLY_YEARS" }, primary)).toBe(true);
    expect(areaApplies({ appliesTo: "SIXTH_FORM" }, primary)).toBe(false);
  });
});

describe("agreementOpen", () => {
  it("counts proposed and active agreements, not closed ones", () => {
    expect((["PROPOSED", "ACTIVE", "COMPLETED", "ENDED_EARLY"] as const).map(agreementOpen)).toEqual([true, true, false, false]);
  });
});
