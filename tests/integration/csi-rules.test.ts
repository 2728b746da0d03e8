// Bad input: every CSI command refuses with a field error and writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { assignReview, createCycle, publishReview } from "@/lib/reviews/commands/cycles";
import { addAction } from "@/lib/reviews/commands/followup";
import { saveReview } from "@/lib/reviews/commands/review";
import { createSupportAgreement } from "@/lib/reviews/commands/support";
import { gradeField } from "@/lib/reviews/schema";
import { rowCounts } from "../support/writes";
import { day, seedCsiTrust } from "./csi-fixture";

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
beforeAll(async () => {
  t = await seedCsiTrust();
});

// Publishing adds no row: the published count shows a refused publish changed nothing.
const counts = async () => ({ ...(await rowCounts()), published: await db().schoolReview.count({ where: { status: "PUBLISHED" } }) });

/** Runs a command expecting a refusal on `field`, and checks nothing was written. */
async function refuses(run: () => Promise<{ ok: boolean; fieldErrors?: Record<string, string[]> }>, field: string, message?: RegExp) {
  const before = await counts();
  const result = await run();
  expect(result.ok).toBe(false);
  expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
  if (message) expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
  expect(await counts()).toEqual(before);
}

describe("assigning reviewers", () => {
  it("refuses a head reviewing their own school", async () => {
    const admin = await t.viewer("admin");
    await refuses(() => assignReview.run(admin, { cycleId: t.cycle.id, schoolId: t.headSchool, kind: "HEAD_PEER_REVIEW", leadReviewerId: t.headUser }), "leadReviewerId", /own school/);
  });
  it("refuses a reviewer beyond the cycle's maximum", async () => {
    const admin = await t.viewer("admin");
    const created = await createCycle.run(admin, { name: "Tight cycle", academicYear: "2026", opensOn: day(-30), closesOn: day(200), maxReviewsPerReviewer: "1" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const reviewer = t.headOf(t.otherSchools[0]?.id ?? "");
    const targets = t.built.schools.filter((s) => s.id !== t.otherSchools[0]?.id);
    expect(await assignReview.run(admin, { cycleId: created.data.id, schoolId: targets[0]?.id, kind: "HEAD_PEER_REVIEW", leadReviewerId: reviewer })).toMatchObject({ ok: true });
    await refuses(() => assignReview.run(admin, { cycleId: created.data.id, schoolId: targets[1]?.id, kind: "HEAD_PEER_REVIEW", leadReviewerId: reviewer }), "leadReviewerId", /maximum/);
  });
  it("refuses a window that closes before it opens", async () => {
    const admin = await t.viewer("admin");
    await refuses(() => createCycle.run(admin, { name: "Backwards", academicYear: "2026", opensOn: day(10), closesOn: day(0), maxReviewsPerReviewer: "2" }), "closesOn");
  });
});

describe("writing and publishing a review", () => {
  async function draftOf(schoolFilter: { hasSixthForm?: boolean } = {}) {
    const school = await db().school.findFirstOrThrow({ where: { id: { not: t.headSchool }, ...schoolFilter } });
    const lead = t.headOf(t.headSchool);
    const review = await db().schoolReview.create({ data: { trustId: t.built.trust.id, cycleId: t.cycle.id, schoolId: school.id, kind: "CRITICAL_FRIEND_VISIT", leadReviewerId: lead, visitDate: new Date(`${day(-5)}T00:00:00Z`) } });
    return { review, school };
  }
  const area = (code: string) => db().evaluationArea.findFirstOrThrow({ where: { frameworkId: t.cycle.frameworkId, code } });

  it("refuses a grade not in the framework, an area not in it, and an area that does not apply", async () => {
    const head = await t.viewer("head");
    const { review } = await draftOf({ hasSixthForm: false });
    const inclusion = await area("inclusion");
    await refuses(() => saveReview.run(head, { reviewId: review.id, intent: "draft", [gradeField(inclusion.id)]: "good" }), gradeField(inclusion.id), /Choose a grade/);
    const legacy = await db().evaluationArea.findFirstOrThrow({ where: { code: "overall_effectiveness" } });
    await refuses(() => saveReview.run(head, { reviewId: review.id, intent: "draft", [gradeField(legacy.id)]: "strong_standard" }), gradeField(legacy.id), /not in the cycle/);
    const sixth = await area("sixth_form");
    await refuses(() => saveReview.run(head, { reviewId: review.id, intent: "draft", [gradeField(sixth.id)]: "strong_standard" }), gradeField(sixth.id), /does not apply/);
  });

  it("refuses to submit with missing judgements, and to publish a review with missing judgements", async () => {
    const head = await t.viewer("head");
    const { review } = await draftOf();
    const inclusion = await area("inclusion");
    // The first applicable area left ungraded carries the error.
    const curriculum = await area("curriculum_and_teaching");
    await refuses(
      () => saveReview.run(head, { reviewId: review.id, intent: "submit", visitDate: day(-5), strengths: "s", areasForDevelopment: "a", safeguarding: "met", [gradeField(inclusion.id)]: "exceptional" }),
      gradeField(curriculum.id),
      /Give a judgement/,
    );
    // A submitted review missing judgements (as an import might leave one) is not published.
    await db().schoolReview.update({ where: { id: review.id }, data: { status: "SUBMITTED", safeguardingMet: true } });
    const admin = await t.viewer("admin");
    await refuses(() => publishReview.run(admin, { reviewId: review.id }), "reviewId", /no judgement/);
  });
});

describe("actions and support", () => {
  it("refuses a due date before the visit and an owner from another school", async () => {
    const head = await t.viewer("head");
    const review = await db().schoolReview.findFirstOrThrow({ where: { schoolId: t.headSchool, status: "PUBLISHED", supersededAt: null }, orderBy: { publishedAt: "desc" } });
    const ownStaff = await db().staffMember.findFirstOrThrow({ where: { schoolId: t.headSchool, leaveDate: null } });
    const otherStaff = await db().staffMember.findFirstOrThrow({ where: { schoolId: { not: t.headSchool }, leaveDate: null } });
    const visit = review.visitDate?.toISOString().slice(0, 10) ?? day(0);
    const before = new Date(new Date(`${visit}T00:00:00Z`).getTime() - 86_400_000).toISOString().slice(0, 10);
    await refuses(() => addAction.run(head, { reviewId: review.id, description: "x", ownerId: ownStaff.id, dueOn: before }), "dueOn", /before the review/);
    await refuses(() => addAction.run(head, { reviewId: review.id, description: "x", ownerId: otherStaff.id, dueOn: day(30) }), "ownerId", /this school/);
  });
  it("refuses a giver that is not a capacity giver, and a school supporting itself", async () => {
    const admin = await t.viewer("admin");
    const notGiver = await db().school.findFirstOrThrow({ where: { improvementCapacity: { not: "CAPACITY_GIVER" }, id: { not: t.headSchool } } });
    await refuses(() => createSupportAgreement.run(admin, { giverSchoolId: notGiver.id, receiverSchoolId: t.headSchool, focus: "x", startsOn: day(0) }), "giverSchoolId", /not a capacity-giving/);
    await refuses(() => createSupportAgreement.run(admin, { giverSchoolId: t.headSchool, receiverSchoolId: t.headSchool, focus: "x", startsOn: day(0) }), "receiverSchoolId");
  });
});
