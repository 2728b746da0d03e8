import { describe, expect, it } from "vitest";
import { enumLabel, enumOptions, options } from "./format";

describe("enumLabel", () => {
  it("keeps abbreviations in capitals", () => {
    expect(["ECT", "EARLY_CAREER", "NPQ_SENCO", "SENIOR_LEADER"].map((value) => enumLabel(value))).toEqual(["ECT", "Early career", "NPQ SENCO", "Senior leader"]);
  });
});

describe("options", () => {
  it("offers a label map's entries in the map's order", () => {
    expect(options({ B: "Bee", A: "Ay" })).toEqual([{ value: "B", label: "Bee" }, { value: "A", label: "Ay" }]);
  });

  it("labels enum values in the order given", () => {
    expect(enumOptions(["SENIOR_LEADER", "ECT"])).toEqual([{ value: "SENIOR_LEADER", label: "Senior leader" }, { value: "ECT", label: "ECT" }]);
  });
});
