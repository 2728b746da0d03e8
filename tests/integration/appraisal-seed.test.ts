// The demo seed's performance development: as of a day in April (the mid-year window closed), most staff in
// the cycle have agreed objectives linked to their school's priorities, most have a mid-year review signed off
// by both, a few are left overdue, some have a pay recommendation, and the demo people's pages are full.
import { beforeAll, describe, expect, it } from "vitest";
import { trustCompletion } from "@/lib/appraisal/overview/queries";
import { myPerformance, planDetail } from "@/lib/appraisal/queries";
import { db } from "@/lib/db/client";
import { academicYear, londonToday } from "@/lib/dates";
import { seedAppraisal } from "@/prisma/seed/appraisal";
import { seedPriorities } from "@/prisma/seed/priorities";
import { seedCpdTrust } from "./cpd-fixture";

const YEAR = academicYear(londonToday()).startYear;
const APRIL = new Date(Date.UTC(YEAR + 1, 3, 20));
let trust: Awaited<ReturnType<typeof seedCpdTrust>>;

beforeAll(async () => {
  trust = await seedCpdTrust();
  await seedPriorities(db(), trust.built, new Date());
  await seedAppraisal(db(), trust.built, APRIL);
});

describe("the demo seed's performance development", () => {
  it("gives most staff agreed objectives linked to priorities, most a signed mid-year review, a few overdue", async () => {
    const plans = await db().appraisalPlan.findMany({ where: { academicYear: YEAR }, include: { objectives: true, reviews: true } });
    const staff = trust.built.staff.filter((s) => !s.leaveDate).length;
    expect(plans.length).toBeGreaterThan(staff * 0.6);
    for (const p of plans) {
      expect(p.objectives.length).toBeGreaterThanOrEqual(2);
      expect(p.objectives.length).toBeLessThanOrEqual(4);
      expect(p.reviews.every((r) => r.revieweeSignedAt && r.reviewerSignedAt && r.kind === "MID_YEAR")).toBe(true);
    }
    const agreed = plans.filter((p) => p.revieweeAgreedAt && p.reviewerAgreedAt);
    expect(agreed.length).toBeGreaterThan(plans.length * 0.7);
    expect(agreed.length).toBeLessThan(plans.length);
    expect(plans.filter((p) => p.reviews.length > 0).length).toBeGreaterThan(agreed.length * 0.6);
    const objectives = plans.flatMap((p) => p.objectives);
    expect(objectives.filter((o) => o.priorityId).length).toBeGreaterThan(objectives.length * 0.6);
    expect(objectives.every((o) => o.priorityId || o.trustPriority)).toBe(true);
    expect(await db().appraisalPay.count()).toBeGreaterThan(0);
    expect(await db().appraisalObjectiveEvidence.count()).toBeGreaterThan(0);
    // ECTs in induction are out of the cycle: none has a plan.
    const ects = await db().earlyCareerInduction.findMany({ where: { completedOn: null }, select: { staffMemberId: true } });
    expect(ects.length).toBeGreaterThan(0);
    expect(await db().appraisalPlan.count({ where: { staffMemberId: { in: ects.map((e) => e.staffMemberId) } } })).toBe(0);
  });

  it("fills the demo teacher's, their reviewer's, the governor's and the trustees' pages", async () => {
    const teacher = await myPerformance(await trust.viewer("teacher"));
    expect(teacher.own).not.toBeNull();
    const plan = await planDetail(await trust.viewer("teacher"), teacher.own!.id);
    expect(plan.agreed).toBe(true);
    expect(plan.objectives.some((o) => o.priority)).toBe(true);
    expect((await myPerformance(await trust.viewer("seniorLeader"))).reviewing.map((r) => r.id)).toContain(teacher.own!.id);
    expect((await myPerformance(await trust.viewer("governor"))).heads).toHaveLength(1);
    const rates = await trustCompletion(await trust.viewer("trustee"));
    expect(rates.rows.every((r) => r.objectives > 0)).toBe(true);
  });
});
