import { describe, expect, it } from "vitest";
import { activityForm } from "./schema";
import { addMonths, applies, trainingExpiry, onTrack, percentOf, targetFor, trainingStatus, yearElapsed } from "./rules";

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe("targets", () => {
  const targets = [
    { startYear: 2025, scope: "DEFAULT" as const, minutes: 1800 },
    { startYear: 2025, scope: "SUPPORT" as const, minutes: 1200 },
    { startYear: 2026, scope: "DEFAULT" as const, minutes: 2100 },
  ];
  it("prefers the category's target, then the default, then the latest earlier year", () => {
    expect(targetFor(targets, "SUPPORT", 2025)).toBe(1200);
    expect(targetFor(targets, "TEACHER", 2025)).toBe(1800);
    expect(targetFor(targets, "SUPPORT", 2026)).toBe(2100);
    expect(targetFor(targets, "TEACHER", 2027)).toBe(2100);
    expect(targetFor(targets, "TEACHER", 2024)).toBeNull();
  });
  it("measures progress", () => {
    expect(percentOf(900, 1800)).toBe(50);
    expect(percentOf(900, null)).toBeNull();
    const elapsed = yearElapsed(d("2026-09-01"), d("2027-09-01"), d("2027-03-02"));
    expect(elapsed).toBeCloseTo(0.5, 1);
    expect(onTrack(900, 1800, elapsed)).toBe(true);
    expect(onTrack(800, 1800, elapsed)).toBe(false);
  });
});

describe("statutory training", () => {
  const today = d("2026-11-25");
  it("is valid, expiring within 30 days, expired or missing", () => {
    expect(trainingStatus(d("2027-06-01"), today)).toBe("VALID");
    expect(trainingStatus(d("2026-12-20"), today)).toBe("EXPIRING");
    expect(trainingStatus(today, today)).toBe("EXPIRING");
    expect(trainingStatus(d("2026-11-24"), today)).toBe("EXPIRED");
    expect(trainingStatus(null, today)).toBe("MISSING");
  });
  it("applies by category and designation", () => {
    expect(applies({ categories: [], designation: null }, { category: "SUPPORT", designations: [] })).toBe(true);
    expect(applies({ categories: ["TEACHER"], designation: null }, { category: "SUPPORT", designations: [] })).toBe(false);
    expect(applies({ categories: [], designation: "FIRST_AIDER" }, { category: "SUPPORT", designations: [] })).toBe(false);
    expect(applies({ categories: [], designation: "FIRST_AIDER" }, { category: "SUPPORT", designations: ["FIRST_AIDER"] })).toBe(true);
  });
  it("adds months, clamping to the month's end", () => {
    expect(addMonths(d("2026-01-31"), 1).toISOString().slice(0, 10)).toBe("2026-02-28");
    expect(addMonths(d("2026-11-25"), 24).toISOString().slice(0, 10)).toBe("2028-11-25");
  });
  it("sets a training completion's expiry from the requirement's validity", () => {
    const iso = (x: Date) => x.toISOString().slice(0, 10);
    expect(iso(trainingExpiry(d("2026-01-31"), 1))).toBe("2026-02-28");
    expect(iso(trainingExpiry(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(iso(trainingExpiry(d("2028-02-29"), 12))).toBe("2029-02-28");
    expect(iso(trainingExpiry(d("2026-08-31"), 36))).toBe("2029-08-31");
    expect(iso(trainingExpiry(d("2026-12-15"), 3))).toBe("2027-03-15");
  });
});

describe("the activity form's schema (browser and server)", () => {
  const base = { title: "Course", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: "2025-01-10", endDate: "2025-01-10", hours: "2" };
  it("accepts a valid activity and rejects bad hours and dates on their fields", () => {
    expect(activityForm.safeParse(base).success).toBe(true);
    const bad = (change: object) => activityForm.safeParse({ ...base, ...change }).error?.issues.map((i) => i.path.join("."));
    expect(bad({ hours: "0" })).toEqual(["hours"]);
    expect(bad({ hours: "201" })).toEqual(["hours"]);
    expect(bad({ endDate: "2025-01-09" })).toEqual(["endDate"]);
    expect(bad({ startDate: "2999-01-01", endDate: "2999-01-02" })).toEqual(["startDate", "endDate"]);
  });

  it("refuses hours that are not decimals or round to no minute, impossible dates and days over 24 hours", () => {
    const bad = (change: object) => activityForm.safeParse({ ...base, ...change }).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(bad({ hours: "0.001" })).toEqual(["hours: The hours must be at least 1 minute (0.02 hours)."]);
    expect(bad({ hours: "0x10" })).toEqual(["hours: Enter the hours as a number, for example 1.5."]);
    expect(bad({ startDate: "0001-01-01" })).toEqual(["startDate: The start date must be in 2000 or later."]);
    expect(bad({ startDate: "2025-02-30", endDate: "2025-03-01" })).toEqual(["startDate: Enter a real start date."]);
    expect(bad({ hours: "25" })).toEqual(["hours: One day's activity cannot be more than 24 hours."]);
    expect(bad({ endDate: "2025-01-11", hours: "25" })).toBeUndefined();
    expect(bad({ evidence: new File([], "notes.pdf") })).toEqual(["evidence: The file is empty."]);
  });
});
