// Performance development (issue 18 §2) through its commands, the real FormData path: the trust's cycle,
// starting a plan with the line manager as reviewer, the head setting a reviewer, objectives agreed by both
// (and again after a change), reviews signed off by both inside their window, corrections as new versions,
// and the pay recommendation. Each refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { setCycle, setReviewer, startPlan } from "@/lib/appraisal/commands";
import { agreeObjectives, removeObjective, saveObjective } from "@/lib/appraisal/objectives/commands";
import { recordPay } from "@/lib/appraisal/pay";
import { correctReview, saveReview } from "@/lib/appraisal/reviews/commands";
import { db } from "@/lib/db/client";
import { runForm } from "../support/form";
import { invalid, notFoundResult } from "../support/writes";
import { appraisalCounts, appraisalTrust, closedDay, openWindows, priorityOf, YEAR } from "./appraisal-fixture";

let t: Awaited<ReturnType<typeof appraisalTrust>>;
let planA: string;
let priorityId: string;
const objective = (extra: Record<string, string | string[]> = {}) => ({ planId: planA, title: "Raise Year 2 reading fluency", successIndicators: "85% at the expected standard in the summer check.", timeframe: "By the summer half-term", priorityId, ...extra });

/** Runs a command expected to be refused, and checks that nothing of performance development (nor the audit log) changed. */
async function refused<R>(run: () => Promise<R>, expected: object) {
  const before = await appraisalCounts();
  expect(await run()).toMatchObject(expected);
  expect(await appraisalCounts()).toEqual(before);
}

beforeAll(async () => {
  t = await appraisalTrust();
  priorityId = (await priorityOf(t.schoolId, t.a.id, t.v.head.userId)).id;
});

describe("the trust's cycle", () => {
  it("is the admin's to set, with its windows in order and in the year", async () => {
    await refused(() => runForm(setCycle, t.v.head, openWindows()), notFoundResult);
    await refused(() => runForm(setCycle, t.v.admin, { ...openWindows(), objectivesTo: `${YEAR}-08-31` }), invalid("objectivesTo"));
    await refused(() => runForm(setCycle, t.v.admin, { ...openWindows(), minObjectives: 5, maxObjectives: 3 }), invalid("maxObjectives"));
    await refused(() => runForm(setCycle, t.v.admin, { ...openWindows(), midYearFrom: "" }), invalid("midYearFrom"));
    expect(await db().appraisalCycle.findFirstOrThrow({ where: { academicYear: YEAR } })).toMatchObject({ minObjectives: 2, maxObjectives: 4, supportStaff: true });
  });
});

describe("starting the year and choosing reviewers", () => {
  it("starts a teacher's plan with their line manager as reviewer, once", async () => {
    const started = await runForm(startPlan, t.A, { staffMemberId: t.a.id });
    expect(started).toMatchObject({ ok: true });
    planA = (started as { data: { id: string } }).data.id;
    expect(await db().appraisalPlan.findUniqueOrThrow({ where: { id: planA } })).toMatchObject({ staffMemberId: t.a.id, reviewerId: t.m.userId, academicYear: YEAR, isHead: false });
    expect(await runForm(startPlan, t.M, { staffMemberId: t.a.id })).toMatchObject({ ok: true, data: { id: planA } });
  });

  it("leaves an ECT in induction and the head out, and another's plan to no one else", async () => {
    await refused(() => runForm(setReviewer, t.v.head, { staffMemberId: t.ect.id, reviewerId: t.m.userId! }), { ok: false, message: expect.stringContaining("in induction") });
    await refused(() => runForm(startPlan, t.v.head, { staffMemberId: t.v.head.staff!.id }), { ok: false, message: "A head's reviewer and panel are set by the trust." });
    await refused(() => runForm(startPlan, t.B, { staffMemberId: t.a.id }), notFoundResult);
  });

  it("lets the head set a reviewer from the school, never the reviewee or someone of another school", async () => {
    await refused(() => runForm(setReviewer, t.v.head, { staffMemberId: t.b.id, reviewerId: t.b.userId! }), { ok: false, fieldErrors: { reviewerId: ["A reviewer cannot be the person reviewed."] } });
    const stranger = await db().staffMember.findFirstOrThrow({ where: { schoolId: t.otherSchool, NOT: { userId: null } } });
    await refused(() => runForm(setReviewer, t.v.head, { staffMemberId: t.b.id, reviewerId: stranger.userId! }), invalid("reviewerId"));
    await refused(() => runForm(setReviewer, t.M, { staffMemberId: t.b.id, reviewerId: t.m.userId! }), notFoundResult);
    await refused(() => runForm(setReviewer, t.v.admin, { staffMemberId: t.b.id, reviewerId: t.m.userId! }), notFoundResult);
    expect(await runForm(setReviewer, t.v.head, { staffMemberId: t.b.id, reviewerId: t.v.head.userId })).toMatchObject({ ok: true, message: "Reviewer set." });
  });
});

describe("objectives", () => {
  it("refuses an objective without success indicators, a priority of another school, someone else's CPD", async () => {
    await refused(() => runForm(saveObjective, t.A, objective({ successIndicators: " " })), invalid("successIndicators"));
    const foreign = await priorityOf(t.otherSchool, (await db().staffMember.findFirstOrThrow({ where: { schoolId: t.otherSchool } })).id, t.v.admin.userId, "Attendance");
    await refused(() => runForm(saveObjective, t.A, objective({ priorityId: foreign.id })), invalid("priorityId"));
    await refused(() => runForm(saveObjective, t.A, objective({ priorityId: "" })), invalid("priorityId"));
    const theirs = await db().cpdActivity.create({ data: { trustId: t.b.trustId, schoolId: t.schoolId, staffMemberId: t.b.id, title: "Behaviour course", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: new Date(), endDate: new Date(), minutes: 60, status: "DRAFT" } });
    await refused(() => runForm(saveObjective, t.A, objective({ "evidence[]": [theirs.id] })), invalid("evidence[]"));
    await refused(() => runForm(saveObjective, t.B, objective()), notFoundResult);
  });

  it("lets reviewee and reviewer write them, linked to a priority and CPD, and tells the other", async () => {
    const mine = await db().cpdActivity.create({ data: { trustId: t.a.trustId, schoolId: t.schoolId, staffMemberId: t.a.id, title: "Phonics refresher", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: new Date(), endDate: new Date(), minutes: 90, status: "DRAFT" } });
    expect(await runForm(saveObjective, t.A, objective({ "evidence[]": [mine.id] }))).toMatchObject({ ok: true, message: "Objective added." });
    expect(await runForm(saveObjective, t.M, objective({ title: "Lead the reading CPD for support staff", priorityId: "", trustPriority: "Professional learning for all" }))).toMatchObject({ ok: true });
    const rows = await db().appraisalObjective.findMany({ where: { planId: planA }, include: { evidence: true }, orderBy: { createdAt: "asc" } });
    expect(rows.map((r) => [r.priorityId, r.trustPriority, r.evidence.length])).toEqual([[priorityId, null, 1], [null, "Professional learning for all", 0]]);
    expect(await db().notification.count({ where: { userId: t.m.userId!, kind: "appraisal.objectives" } })).toBe(1);
    expect(await db().notification.count({ where: { userId: t.a.userId!, kind: "appraisal.objectives" } })).toBe(1);
  });

  it("needs both to agree, and a change asks them to agree again", async () => {
    expect(await runForm(agreeObjectives, t.A, { planId: planA })).toMatchObject({ ok: true });
    expect(await db().notification.count({ where: { userId: t.m.userId!, kind: "appraisal.objectives", title: { contains: "awaiting your agreement" } } })).toBe(1);
    await refused(() => runForm(agreeObjectives, t.B, { planId: planA }), notFoundResult);
    expect(await runForm(agreeObjectives, t.M, { planId: planA })).toMatchObject({ ok: true });
    const agreed = await db().appraisalPlan.findUniqueOrThrow({ where: { id: planA } });
    expect(agreed.revieweeAgreedAt).toBeInstanceOf(Date);
    expect(agreed.reviewerAgreedAt).toBeInstanceOf(Date);
    const first = await db().appraisalObjective.findFirstOrThrow({ where: { planId: planA }, orderBy: { createdAt: "asc" } });
    expect(await runForm(saveObjective, t.M, objective({ objectiveId: first.id, timeframe: "By Easter" }))).toMatchObject({ ok: true, message: "Objective saved." });
    expect(await db().appraisalPlan.findUniqueOrThrow({ where: { id: planA } })).toMatchObject({ revieweeAgreedAt: null, reviewerAgreedAt: null });
    expect(await runForm(agreeObjectives, t.A, { planId: planA })).toMatchObject({ ok: true });
    expect(await runForm(agreeObjectives, t.M, { planId: planA })).toMatchObject({ ok: true });
  });

  it("keeps to the trust's number of objectives", async () => {
    await db().appraisalCycle.updateMany({ where: { academicYear: YEAR }, data: { maxObjectives: 2 } });
    await refused(() => runForm(saveObjective, t.A, objective({ title: "A third" })), { ok: false, message: expect.stringContaining("2 objectives at most") });
    await db().appraisalCycle.updateMany({ where: { academicYear: YEAR }, data: { maxObjectives: 4 } });
  });
});

describe("reviews", () => {
  const fullReview = async (signOff: boolean, as: "A" | "M") => {
    const objectives = await db().appraisalObjective.findMany({ where: { planId: planA } });
    const side = as === "A" ? "reviewee" : "reviewer";
    return runForm(saveReview, as === "A" ? t.A : t.M, {
      planId: planA, kind: "MID_YEAR", [`${side}Comment`]: `${side}: a good first half.`,
      workload: "Marking load eased by the new policy.", wellbeing: "Well.", flexibleWorking: "None requested.", careerAspirations: "Phase leadership.",
      ...Object.fromEntries(objectives.flatMap((o) => [[`progress.${o.id}`, "ON_TRACK"], [`${side}Note.${o.id}`, `${side} on ${o.title}`]])),
      ...(signOff ? { signOff: "on" } : {}),
    });
  };

  it("refuses a sign-off without comments, and one outside the window, writing nothing", async () => {
    await refused(() => runForm(saveReview, t.M, { planId: planA, kind: "MID_YEAR", signOff: "on" }), { ok: false, fieldErrors: { reviewerComment: [expect.any(String)], revieweeComment: [expect.any(String)], workload: [expect.any(String)] } });
    await db().appraisalCycle.updateMany({ where: { academicYear: YEAR }, data: { midYearFrom: new Date(`${closedDay()}T00:00:00Z`), midYearTo: new Date(`${closedDay()}T00:00:00Z`) } });
    await refused(() => fullReview(true, "M"), invalid("signOff"));
    await db().appraisalCycle.updateMany({ where: { academicYear: YEAR }, data: { midYearFrom: new Date(`${openWindows().midYearFrom}T00:00:00Z`), midYearTo: new Date(`${openWindows().midYearTo}T00:00:00Z`) } });
    await refused(() => runForm(saveReview, t.B, { planId: planA, kind: "MID_YEAR" }), notFoundResult);
  });

  it("is signed off by both, then read-only; a correction is a new version and the old one is kept", async () => {
    expect(await fullReview(false, "M")).toMatchObject({ ok: true, message: "Review saved." });
    expect(await fullReview(true, "A")).toMatchObject({ ok: true, message: "Review signed off." });
    expect(await db().notification.count({ where: { userId: t.m.userId!, kind: "appraisal.sign-off" } })).toBe(1);
    expect(await fullReview(true, "M")).toMatchObject({ ok: true });
    const signed = await db().appraisalReview.findFirstOrThrow({ where: { planId: planA, kind: "MID_YEAR" } });
    expect(signed.revieweeSignedAt).toBeInstanceOf(Date);
    expect(signed.reviewerSignedAt).toBeInstanceOf(Date);
    expect(signed).toMatchObject({ revieweeComment: "reviewee: a good first half.", reviewerComment: "reviewer: a good first half.", version: 1 });
    await refused(() => fullReview(false, "M"), { ok: false, message: expect.stringContaining("read-only") });
    await refused(() => runForm(correctReview, t.A, { reviewId: signed.id, correctionNote: "" }), invalid("correctionNote"));
    expect(await runForm(correctReview, t.A, { reviewId: signed.id, correctionNote: "The wellbeing note was someone else's." })).toMatchObject({ ok: true });
    const versions = await db().appraisalReview.findMany({ where: { planId: planA, kind: "MID_YEAR" }, orderBy: { version: "asc" }, include: { _count: { select: { progress: true } } } });
    expect(versions.map((v) => [v.version, Boolean(v.supersededAt), Boolean(v.reviewerSignedAt), v._count.progress])).toEqual([[1, true, true, 2], [2, false, false, 2]]);
  });

  it("keeps an objective in a review from being removed", async () => {
    const o = await db().appraisalObjective.findFirstOrThrow({ where: { planId: planA } });
    await refused(() => runForm(removeObjective, t.A, { objectiveId: o.id }), { ok: false, message: expect.stringContaining("in a review") });
  });
});

describe("the pay recommendation", () => {
  it("is the reviewer's to record, with a reason, and nobody else's", async () => {
    await refused(() => runForm(recordPay, t.M, { planId: planA, outcome: "RECOMMENDED", reason: "" }), invalid("reason"));
    await refused(() => runForm(recordPay, t.A, { planId: planA, outcome: "RECOMMENDED", reason: "I did well." }), notFoundResult);
    await refused(() => runForm(recordPay, t.v.head, { planId: planA, outcome: "RECOMMENDED", reason: "Yes." }), notFoundResult);
    expect(await runForm(recordPay, t.M, { planId: planA, outcome: "RECOMMENDED", reason: "All objectives on track; strong impact on reading." })).toMatchObject({ ok: true });
    expect(await db().appraisalPay.findUniqueOrThrow({ where: { planId: planA } })).toMatchObject({ outcome: "RECOMMENDED", recordedById: t.m.userId });
  });
});
