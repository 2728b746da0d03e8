import { describe, expect, it } from "vitest";
import { ENUM_LABEL } from "./format";

describe("ENUM_LABEL", () => {
  it("keeps abbreviations in capitals", () => {
    expect(ENUM_LABEL("ECT")).toBe("ECT");
    expect(ENUM_LABEL("EARLY_CAREER")).toBe("Early career");
    expect(ENUM_LABEL("NPQ_SENCO")).toBe("NPQ SENCO");
    expect(ENUM_LABEL("SENIOR_LEADER")).toBe("Senior leader");
  });
});
