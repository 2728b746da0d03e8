// The NPQ form's rules: the cohort is a term and a year (written as people type it, stored one way), and
// a completed NPQ needs a completion date that is not in the future.
import { describe, expect, it } from "vitest";
import { npqForm } from "./schema";

const base = { kind: "NPQ_HEADSHIP", cohort: "Autumn 2026", provider: "Ambition Institute", funding: "FUNDED", status: "APPLIED" };

describe("the NPQ form", () => {
  it("accepts the cohort in any case and stores it capitalised", () => {
    expect(npqForm.parse({ ...base, cohort: " spring 2027 " }).cohort).toBe("Spring 2027");
    expect(npqForm.parse({ ...base, cohort: "AUTUMN 2025" }).cohort).toBe("Autumn 2025");
  });

  it("refuses a cohort without a term and a year", () => {
    for (const cohort of ["2026", "Autumn", "Winter 2026", "Autumn 26", ""]) {
      expect(npqForm.safeParse({ ...base, cohort }).success).toBe(false);
    }
  });

  it("refuses a kind that is not an NPQ and a status that is not an NPQ's", () => {
    expect(npqForm.safeParse({ ...base, kind: "MASTERS" }).success).toBe(false);
    expect(npqForm.safeParse({ ...base, status: "PLANNED" }).success).toBe(false);
    expect(npqForm.safeParse({ ...base, kind: "EARLY_HEADSHIP_COACHING_OFFER", status: "NOT_PASSED" }).success).toBe(true);
  });

  it("needs a completion date once completed, on or after the start", () => {
    expect(npqForm.safeParse({ ...base, status: "COMPLETED" }).success).toBe(false);
    expect(npqForm.safeParse({ ...base, status: "COMPLETED", startDate: "2024-09-01", completedOn: "2024-08-01" }).success).toBe(false);
    expect(npqForm.safeParse({ ...base, status: "COMPLETED", startDate: "2024-09-01", completedOn: "2025-07-01" }).success).toBe(true);
  });
});
