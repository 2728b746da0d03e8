import { describe, expect, it } from "vitest";
import { expectationSchema, refreshSchema, trainingSchema } from "./schema";

const training = (hours: unknown) => trainingSchema.safeParse({ title: "Safeguarding", completedOn: "2025-01-10", hours });
const expectation = (withinMonths: unknown, renewMonths: unknown = "") =>
  expectationSchema.safeParse({ name: "Safeguarding", "roles[]": ["TRUSTEE"], withinMonths, renewMonths });
const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("governance number fields (the shared plain-decimal rule)", () => {
  it("reads plain decimals", () => {
    expect(training(" 1.5 ")).toMatchObject({ success: true, data: { hours: 1.5 } });
    expect(expectation("6", "12")).toMatchObject({ success: true, data: { withinMonths: 6, renewMonths: 12 } });
    expect(expectation("6", "")).toMatchObject({ success: true, data: { renewMonths: null } });
    expect(refreshSchema.safeParse({ startYear: "2025" })).toMatchObject({ success: true, data: { startYear: 2025 } });
  });

  it.each(["1e1", "0x10", " ", "", "Infinity", "1,5"])("refuses %j hours with the field's message", (typed) => {
    expect(errors(training(typed))).toEqual({ hours: "Enter the hours, e.g. 1.5." });
  });

  it("reads a blank renewal as never renewed", () => {
    expect(expectation("6", " ")).toMatchObject({ success: true, data: { renewMonths: null } });
    expect(expectation("6", undefined)).toMatchObject({ success: true, data: { renewMonths: null } });
  });

  it.each(["1e1", "0x10", "Infinity", "6.0.0"])("refuses %j months with the field's message", (typed) => {
    expect(errors(expectation(typed))).toEqual({ withinMonths: "Enter how soon after appointment in whole months." });
    expect(errors(expectation(" "))).toEqual({ withinMonths: "Enter how soon after appointment in whole months." });
    expect(errors(expectation("6", typed))).toEqual({ renewMonths: "Enter how often it is renewed in whole months." });
  });

  it("keeps the ranges", () => {
    expect(errors(training("0.2"))).toEqual({ hours: "At least a quarter of an hour." });
    expect(errors(training("40.5"))).toEqual({ hours: "At most 40 hours." });
    expect(errors(expectation("1.5"))).toEqual({ withinMonths: "Enter how soon after appointment in whole months." });
    expect(errors(expectation("61"))).toEqual({ withinMonths: "At most 60 months." });
  });

  it("refuses a start year written other than as a plain number", () => {
    expect(refreshSchema.safeParse({ startYear: "2e3" }).success).toBe(false);
    expect(refreshSchema.safeParse({ startYear: "0x7E9" }).success).toBe(false);
  });
});
