import { describe, expect, it } from "vitest";
import { inductionListParams, startInductionSchema } from "./schema";

const ID = "00000000-0000-4000-8000-000000000001";

describe("the inductions list's URL filters", () => {
  it("are optional, and a malformed school or status is no filter rather than an error", () => {
    expect(inductionListParams.parse({})).toEqual({ school: undefined, status: undefined, page: 1, lapsed: 1 });
    expect(inductionListParams.parse({ school: ["a", "b"], status: "LATE", page: "x", lapsed: "0" })).toEqual({ school: undefined, status: undefined, page: 1, lapsed: 1 });
    expect(inductionListParams.parse({ page: "3", lapsed: "2" })).toMatchObject({ page: 3, lapsed: 2 });
    expect(inductionListParams.parse({ school: "not-an-id" }).school).toBeUndefined();
    expect(inductionListParams.parse({ school: ID, status: "BEHIND" })).toEqual({ school: ID, status: "BEHIND", page: 1, lapsed: 1 });
  });
});

describe("starting an induction", () => {
  const fields = { staffMemberId: ID, startDate: "2025-09-01", expectedTerms: "6", mentorId: ID, inductionTutorId: ID, appropriateBody: " Northbridge Teaching School Hub " };
  it("takes whole terms from 2 to 18 and a trimmed appropriate body", () => {
    expect(startInductionSchema.parse(fields)).toMatchObject({ expectedTerms: 6, appropriateBody: "Northbridge Teaching School Hub" });
    for (const expectedTerms of ["1", "19", "6.5", "six", ""]) expect(startInductionSchema.safeParse({ ...fields, expectedTerms }).success).toBe(false);
    expect(startInductionSchema.safeParse({ ...fields, startDate: "2020-09-01" }).success).toBe(false);
  });
});
