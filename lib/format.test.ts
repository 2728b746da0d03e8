import { describe, expect, it } from "vitest";
import { academicYear, ENUM_LABEL, formatDate, formatDateTime } from "./format";

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

describe("one date style", () => {
  it("writes dates as 1 Sept 2009, in London", () => {
    expect(formatDate(new Date("2009-09-01T00:00:00Z"))).toBe("1 Sept 2009");
    // 23:30 UTC on 31 August is 00:30 on 1 September in London (summer time).
    expect(formatDate(new Date("2009-08-31T23:30:00Z"))).toBe("1 Sept 2009");
    expect(formatDate(new Date("2026-01-05T12:00:00Z"))).toBe("5 Jan 2026");
  });

  it("takes the yyyy-mm-dd days client components receive, and says — for none", () => {
    expect(formatDate("2009-09-01")).toBe("1 Sept 2009");
    expect(formatDate(null)).toBe("—");
    expect(formatDate(undefined)).toBe("—");
    expect(formatDate("not a date")).toBe("—");
  });

  it("adds a 24-hour London time where the time matters", () => {
    expect(formatDateTime(new Date("2009-09-01T13:05:00Z"))).toBe("1 Sept 2009, 14:05");
    expect(formatDateTime(new Date("2026-01-05T09:00:00Z"))).toBe("5 Jan 2026, 09:00");
    expect(formatDateTime(null)).toBe("—");
  });
});

describe("ENUM_LABEL", () => {
  it("keeps abbreviations in capitals", () => {
    expect(ENUM_LABEL("ECT")).toBe("ECT");
    expect(ENUM_LABEL("EARLY_CAREER")).toBe("Early career");
    expect(ENUM_LABEL("NPQ_SENCO")).toBe("NPQ SENCO");
    expect(ENUM_LABEL("SENIOR_LEADER")).toBe("Senior leader");
  });
});
