// The academic year turns at midnight in London, not in UTC: with the clock fixed at 00:30 on
// 1 September (23:30 UTC on 31 August), the school development view and My development count an
// activity of 1 September in the new year and one of 31 August in the old.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { myHours } from "@/lib/cpd/queries";
import { schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { academicYear } from "@/lib/dates";
import { db } from "@/lib/db/client";
import { seedSmallTrust } from "../support/fixtures";

const LONDON_0030_1_SEPT = new Date("2026-08-31T23:30:00Z");
let trust: Awaited<ReturnType<typeof seedSmallTrust>>;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(LONDON_0030_1_SEPT);
  trust = await seedSmallTrust();
  const teacher = await trust.viewer("teacher");
  const activity = (day: string, minutes: number) => ({
    trustId: teacher.trustId, schoolId: teacher.staff!.schoolId, staffMemberId: teacher.staff!.id, title: `Course on ${day}`,
    type: "COURSE" as const, strand: "PROFESSIONAL_LEARNING" as const, startDate: new Date(`${day}T00:00:00Z`), endDate: new Date(`${day}T00:00:00Z`), minutes, status: "VERIFIED" as const,
  });
  await db().cpdActivity.createMany({ data: [activity("2026-09-01", 60), activity("2026-08-31", 30)] });
});
afterAll(() => vi.useRealTimers());

it("the helper says 2026/27 where UTC arithmetic would say 2025/26", () => {
  expect(academicYear().label).toBe("2026/27");
  expect(LONDON_0030_1_SEPT.getUTCMonth()).toBe(7);
});

it("the school development view and My development count only 1 September in this year", async () => {
  const teacher = await trust.viewer("teacher");
  const view = await schoolDevelopment(await trust.viewer("head"), schoolDevelopmentParams.parse({}));
  expect(view.rows.find((r) => r.id === teacher.staff!.id)?.minutes).toBe(60);
  expect(await myHours(teacher)).toMatchObject({ year: "2026/27", verified: 60 });
});
