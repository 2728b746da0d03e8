// The computed metrics against figures worked out by hand on a school built for the purpose:
// three staff (one leaves in the year), known verified CPD, one requirement, one membership, one NPQ.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { computeYear } from "@/lib/governance/computed";
import { seedSmallTrust } from "../support/fixtures";

let values: Record<string, number>;
const TODAY = new Date("2026-07-01T00:00:00Z");
const d = (s: string) => new Date(`${s}T00:00:00Z`);

beforeAll(async () => {
  const { built } = await seedSmallTrust();
  const trustId = built.trust.id;
  const school = await db().school.create({ data: { trustId, urn: 990001, name: "Fixture Primary", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 200, postcode: "AB1 2CD" } });
  const staff = (firstName: string, category: "TEACHER" | "SUPPORT", fte: string, leaveDate: Date | null) =>
    db().staffMember.create({ data: { trustId, schoolId: school.id, firstName, lastName: "Fixture", email: `${firstName}@fixture.example`, jobTitle: "Teacher", category, careerStage: "ESTABLISHED", fte, startDate: d("2020-09-01"), leaveDate } });
  const a = await staff("a", "TEACHER", "1.000", null);
  const b = await staff("b", "SUPPORT", "0.500", null);
  await staff("c", "TEACHER", "1.000", d("2025-12-31"));
  const cpd = (staffMemberId: string, startDate: string, minutes: number, status: "VERIFIED" | "SUBMITTED") =>
    db().cpdActivity.create({ data: { trustId, schoolId: school.id, staffMemberId, title: "Course", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: d(startDate), endDate: d(startDate), minutes, status } });
  await cpd(a.id, "2025-10-01", 600, "VERIFIED");
  await cpd(b.id, "2025-11-01", 300, "VERIFIED");
  await cpd(a.id, "2025-11-02", 120, "SUBMITTED"); // not verified: does not count
  await cpd(a.id, "2024-10-01", 60, "VERIFIED"); // last year: does not count
  // One active requirement for everyone: a has an in-date completion, b none.
  await db().trainingRequirement.updateMany({ where: { trustId }, data: { active: false } });
  const req = await db().trainingRequirement.create({ data: { trustId, name: "Fixture safeguarding", categories: [], validityMonths: 12 } });
  await db().trainingCompletion.create({ data: { trustId, staffMemberId: a.id, requirementId: req.id, completedOn: d("2025-09-10"), expiresOn: d("2026-09-10") } });
  const community = await db().community.create({ data: { trustId, name: "Fixture community", kind: "SUBJECT_COMMUNITY" } });
  await db().membership.create({ data: { trustId, communityId: community.id, staffMemberId: a.id, joinedAt: d("2025-10-01") } });
  await db().qualification.create({ data: { trustId, staffMemberId: b.id, kind: "NPQ_LEADING_TEACHING", status: "IN_PROGRESS", startDate: d("2025-01-01") } });
  const rows = await computeYear(db(), trustId, 2025, TODAY);
  values = Object.fromEntries(rows.filter((r) => r.schoolId === school.id).map((r) => [r.key, r.value]));
});

describe("computed metrics for 2025/26, as of 1 July 2026", () => {
  it("CPD hours per FTE: (600 + 300) verified minutes = 15 hours over 1.5 FTE of current staff", () => expect(values.cpd_hours_per_fte).toBe(10));
  it("training compliance: 1 of 2 current staff × requirement pairs in date", () => expect(values.training_compliance).toBe(50));
  it("turnover: 1 leaver over the average of 3 at the start and 2 at the end", () => expect(values.staff_turnover).toBe(40));
  it("community participation: 1 of 2 current staff in a community", () => expect(values.community_participation).toBe(50));
  it("NPQs in progress: 1; no ECTs, so no ECT figure; no review actions", () => {
    expect(values.npq_in_progress).toBe(1);
    expect(values.ect_on_track).toBeUndefined();
    expect([values.open_review_actions, values.overdue_review_actions]).toEqual([0, 0]);
  });
});
