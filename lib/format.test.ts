import { describe, expect, it } from "vitest";
import { ENUM_LABEL } from "./format";

describe("ENUM_LABEL", () => {
  it("keeps abbreviations in capitals", () => {
    expect(["ECT", "EARLY_CAREER", "NPQ_SENCO", "SENIOR_LEADER"].map((value) => ENUM_LABEL(value))).toEqual(["ECT", "Early career", "NPQ SENCO", "Senior leader"]);
  });
});
