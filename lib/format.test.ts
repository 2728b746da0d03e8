import { describe, expect, it } from "vitest";
import { academicYear } from "./format";

describe("academicYear", () => {
  it("runs 1 September to 31 August, labelled 2025/26", () => {
    expect(academicYear(new Date("2025-09-01T00:00:00Z")).label).toBe("2025/26");
    expect(academicYear(new Date("2026-08-31T12:00:00Z")).label).toBe("2025/26");
    expect(academicYear(new Date("2026-09-01T09:00:00Z")).label).toBe("2026/27");
  });

  it("uses London time at the boundary (23:30 UTC on 31 August is 1 September in BST)", () => {
    expect(academicYear(new Date("2026-08-31T23:30:00Z")).label).toBe("2026/27");
  });

  it("labels the turn of the century with two digits", () => {
    expect(academicYear(new Date("2099-10-01T00:00:00Z")).label).toBe("2099/00");
  });
});
