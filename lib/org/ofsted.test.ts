import { describe, expect, it } from "vitest";
import { ofstedOutcome, ofstedSummary } from "./ofsted";

const on = new Date("2025-11-20");

describe("ofstedOutcome", () => {
  it("reads a legacy grade in words", () => {
    const outcome = ofstedOutcome({ ofstedFramework: "FOUR_GRADE", ofstedGrade: "REQUIRES_IMPROVEMENT", ofstedReportCard: null, ofstedInspectedOn: on });
    expect(outcome).toEqual({ kind: "grade", label: "Requires improvement", inspectedOn: on });
    expect(ofstedSummary(outcome)).toBe("Requires improvement");
  });

  it("reads a report card in the report card's order, leaving out the areas a school does not have", () => {
    const card = {
      leadership_and_governance: "strong_standard", inclusion: "expected_standard", curriculum_and_teaching: "exceptional", achievement: "needs_attention",
      attendance_and_behaviour: "urgent_improvement", personal_development_and_wellbeing: "expected_standard", early_years: "strong_standard", safeguarding: "met",
    };
    expect(ofstedOutcome({ ofstedFramework: "REPORT_CARD", ofstedGrade: null, ofstedReportCard: card, ofstedInspectedOn: on })).toEqual({
      kind: "reportCard",
      areas: [
        { area: "Inclusion", grade: "Expected standard" },
        { area: "Curriculum and teaching", grade: "Exceptional" },
        { area: "Achievement", grade: "Needs attention" },
        { area: "Attendance and behaviour", grade: "Urgent improvement" },
        { area: "Personal development and well-being", grade: "Expected standard" },
        { area: "Early years", grade: "Strong standard" },
        { area: "Leadership and governance", grade: "Strong standard" },
      ],
      safeguarding: "Met",
      inspectedOn: on,
    });
  });

  it("is no outcome when the card does not read", () => {
    const outcome = ofstedOutcome({ ofstedFramework: "REPORT_CARD", ofstedGrade: null, ofstedReportCard: { inclusion: "good" }, ofstedInspectedOn: on });
    expect(outcome).toEqual({ kind: "none" });
    expect(ofstedSummary(outcome)).toBe("Not yet inspected");
  });
});
