// Who reads what of performance development (issue 18 §2): every page's query for every demo role, and the
// privacy rules: the reviewer of A cannot read B's objectives; a line manager reads their report's objectives
// and CPD, not the reviews' conversation; governors read their head's plan only where they sit on the panel;
// the pay recommendation is never the reviewee's, nor on the objectives page; the trust reads rates, no names.
import { beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/access/policy";
import { setHeadReviewer, setReviewer, startPlan } from "@/lib/appraisal/commands";
import { agreeObjectives, saveObjective } from "@/lib/appraisal/objectives/commands";
import { recordPay } from "@/lib/appraisal/pay";
import { headsCycle, schoolOverview, trustCompletion } from "@/lib/appraisal/overview/queries";
import { myPerformance, planDetail } from "@/lib/appraisal/queries";
import { payDetail, reviewDetail } from "@/lib/appraisal/reviews/queries";
import { db } from "@/lib/db/client";
import { DEMO_KEYS } from "../support/fixtures";
import { runForm } from "../support/form";
import { invalid, notFound } from "../support/writes";
import { appraisalTrust, priorityOf } from "./appraisal-fixture";

let t: Awaited<ReturnType<typeof appraisalTrust>>;
let planA: string;
let planB: string;
let headPlan: string;
let panelGovernor: Viewer;
let otherGovernor: Viewer;
const PAY_REASON = "Strong impact on reading across Key Stage 1.";

const viewerOf = async (userId: string) => (await import("@/lib/access/queries")).loadViewer(userId).then((v) => v!);
const objective = (planId: string, priorityId: string, title: string) => ({ planId, title, successIndicators: "Measured in the summer.", timeframe: "This year", priorityId });

beforeAll(async () => {
  t = await appraisalTrust();
  const priority = await priorityOf(t.schoolId, t.a.id, t.v.head.userId);
  planA = ((await runForm(startPlan, t.A, { staffMemberId: t.a.id })) as { data: { id: string } }).data.id;
  planB = ((await runForm(setReviewer, t.v.head, { staffMemberId: t.b.id, reviewerId: t.v.head.userId })) as { data: { id: string } }).data.id;
  for (const [plan, as] of [[planA, t.A], [planB, t.B]] as const) {
    await runForm(saveObjective, as, objective(plan, priority.id, "First objective"));
    await runForm(saveObjective, as, objective(plan, priority.id, "Second objective"));
  }
  await runForm(agreeObjectives, t.A, { planId: planA });
  await runForm(agreeObjectives, t.M, { planId: planA });
  await db().cpdActivity.create({ data: { trustId: t.b.trustId, schoolId: t.schoolId, staffMemberId: t.b.id, title: "Behaviour course for B", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: new Date(), endDate: new Date(), minutes: 60, status: "SUBMITTED" } });
  expect(await runForm(recordPay, t.M, { planId: planA, outcome: "RECOMMENDED", reason: PAY_REASON })).toMatchObject({ ok: true });
  const governors = await db().roleAssignment.findMany({ where: { role: "LOCAL_GOVERNOR" }, select: { userId: true, schoolId: true } });
  const ofHeadSchool = governors.filter((g) => g.schoolId === t.schoolId && g.userId !== t.v.governor.userId);
  panelGovernor = await viewerOf(ofHeadSchool[0]!.userId);
  otherGovernor = t.v.governor;
  const set = await runForm(setHeadReviewer, t.v.admin, { staffMemberId: t.v.head.staff!.id, reviewerId: t.v.trustee.userId, "panel[]": [panelGovernor.userId] });
  expect(set).toMatchObject({ ok: true });
  headPlan = (set as { data: { id: string } }).data.id;
});

describe("the heads' cycle", () => {
  it("is the trust admin's: a trust leader reviews, governors of the head's own school sit on the panel", async () => {
    const foreignGovernor = (await db().roleAssignment.findFirstOrThrow({ where: { role: "LOCAL_GOVERNOR", schoolId: { not: t.schoolId } } })).userId;
    expect(await runForm(setHeadReviewer, t.v.admin, { staffMemberId: t.v.head.staff!.id, reviewerId: t.v.trustee.userId, "panel[]": [foreignGovernor] })).toMatchObject(invalid("panel[]"));
    expect(await runForm(setHeadReviewer, t.v.admin, { staffMemberId: t.v.head.staff!.id, reviewerId: t.v.head.userId })).toMatchObject(invalid("reviewerId"));
    expect(await runForm(setHeadReviewer, t.v.head, { staffMemberId: t.v.head.staff!.id, reviewerId: t.v.trustee.userId })).toMatchObject({ ok: false, message: "That record was not found." });
    expect(await runForm(setHeadReviewer, t.v.admin, { staffMemberId: t.a.id, reviewerId: t.v.trustee.userId })).toMatchObject({ ok: false, message: "That record was not found." });
    expect(await db().appraisalPlan.findUniqueOrThrow({ where: { id: headPlan }, include: { panel: true } })).toMatchObject({ isHead: true, reviewerId: t.v.trustee.userId, panel: [{ userId: panelGovernor.userId }] });
  });
});

describe("privacy", () => {
  it("the reviewer of A cannot read B's objectives, reviews or pay", async () => {
    await expect(planDetail(t.M, planA)).resolves.toMatchObject({ reviewee: `${t.a.firstName} ${t.a.lastName}`, asReviewer: true });
    await expect(planDetail(t.M, planB)).rejects.toEqual(notFound);
    await expect(reviewDetail(t.M, planB, "MID_YEAR")).rejects.toEqual(notFound);
    await expect(payDetail(t.M, planB)).rejects.toEqual(notFound);
  });

  it("a line manager who is no leader reads their report's objectives and CPD, not the reviews' conversation", async () => {
    const seen = await planDetail(t.L, planB);
    expect(seen.objectives.map((o) => o.title)).toEqual(["First objective", "Second objective"]);
    expect(seen.cpd.map((a) => a.title)).toContain("Behaviour course for B");
    expect(seen.readsReviews).toBe(false);
    await expect(reviewDetail(t.L, planB, "MID_YEAR")).rejects.toEqual(notFound);
    await expect(planDetail(t.L, planA)).rejects.toEqual(notFound);
  });

  it("the reviewee never reads their pay recommendation, and the objectives page never carries it", async () => {
    await expect(payDetail(t.A, planA)).rejects.toEqual(notFound);
    for (const v of [t.A, t.M, t.v.head]) expect(JSON.stringify(await planDetail(v, planA))).not.toContain(PAY_REASON);
    expect(JSON.stringify(await myPerformance(t.A))).not.toContain(PAY_REASON);
    expect((await myPerformance(t.A)).own?.pay).toBe(false);
    for (const v of [t.M, t.v.head, t.v.admin]) await expect(payDetail(v, planA)).resolves.toMatchObject({ pay: { outcome: "RECOMMENDED", reason: PAY_REASON } });
    for (const v of [t.B, t.L, t.v.seniorLeader, t.v.trustee, panelGovernor]) await expect(payDetail(v, planA)).rejects.toEqual(notFound);
  });

  it("governors read their head's objectives and reviews where they sit on the panel, and nothing else of anyone's", async () => {
    await expect(planDetail(panelGovernor, headPlan)).resolves.toMatchObject({ isHead: true, readsReviews: true });
    await expect(reviewDetail(panelGovernor, headPlan, "MID_YEAR")).resolves.toMatchObject({ writes: false });
    for (const plan of [planA, planB]) await expect(planDetail(panelGovernor, plan)).rejects.toEqual(notFound);
    await expect(planDetail(otherGovernor, headPlan)).rejects.toEqual(notFound);
    await expect(payDetail(panelGovernor, headPlan)).rejects.toEqual(notFound);
    expect((await myPerformance(panelGovernor)).heads.map((h) => h.id)).toEqual([headPlan]);
    expect((await myPerformance(otherGovernor)).heads).toEqual([]);
  });

  it("the head reads their school's plans, not their own pay; the trust reads rates with no names", async () => {
    await expect(planDetail(t.v.head, planA)).resolves.toMatchObject({ readsReviews: true, party: false });
    await expect(payDetail(t.v.head, headPlan)).rejects.toEqual(notFound);
    await expect(payDetail(t.v.trustee, headPlan)).resolves.toMatchObject({ records: true });
    const rates = await trustCompletion(t.v.trustee);
    const row = rates.rows.find((r) => r.id === t.schoolId)!;
    expect(row).toMatchObject({ objectives: 1, midYear: 0, endYear: 0 });
    expect(row.inCycle).toBeGreaterThan(3);
    expect(JSON.stringify(rates)).not.toContain(t.a.lastName);
    for (const v of [t.v.trustee, t.v.admin]) await expect(planDetail(v, planA)).rejects.toEqual(notFound);
  });

  it("another trust finds nothing", async () => {
    const foreigner = { ...t.v.admin, trustId: randomUUID() };
    await expect(planDetail(foreigner, planA)).rejects.toEqual(notFound);
    await expect(payDetail(foreigner, planA)).rejects.toEqual(notFound);
    await expect(schoolOverview(foreigner, t.schoolId)).rejects.toEqual(notFound);
  });
});

describe("every page, for every demo role", () => {
  it("the landing page answers everyone, with only what is theirs", async () => {
    for (const key of DEMO_KEYS) await expect(myPerformance(t.v[key])).resolves.toMatchObject({ yearLabel: expect.any(String) });
    expect((await myPerformance(t.M)).reviewing.map((r) => r.id)).toEqual([planA]);
    expect((await myPerformance(t.L)).reports.map((r) => r.id)).toEqual([planB]);
  });

  it("the head's overview: the head of the school only, with who is out of the cycle and who is overdue", async () => {
    for (const key of DEMO_KEYS.filter((k) => k !== "head")) await expect(schoolOverview(t.v[key], t.schoolId)).rejects.toEqual(notFound);
    const o = await schoolOverview(t.v.head, t.schoolId);
    const row = (id: string) => o.rows.find((r) => r.id === id)!;
    expect(row(t.a.id)).toMatchObject({ planId: planA, steps: { objectives: "done" } });
    expect(row(t.ect.id)).toMatchObject({ out: "In induction: out of the cycle", steps: null });
    expect(row(t.v.head.staff!.id).out).toBe("Head: reviewed through the trust");
    await expect(schoolOverview(t.v.head, t.otherSchool)).rejects.toEqual(notFound);
    await expect(schoolOverview(t.v.head, "not-an-id")).rejects.toEqual(notFound);
  });

  it("the trust's completion: trustees and the trust admin; the cycle and heads' reviewers: the admin", async () => {
    for (const key of DEMO_KEYS) {
      const allowed = key === "trustee" || key === "admin";
      if (allowed) await expect(trustCompletion(t.v[key])).resolves.toMatchObject({ setsCycle: key === "admin" });
      else await expect(trustCompletion(t.v[key])).rejects.toEqual(notFound);
    }
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) await expect(headsCycle(t.v[key])).rejects.toEqual(notFound);
    expect((await headsCycle(t.v.admin)).find((h) => h.planId === headPlan)).toMatchObject({ reviewerId: t.v.trustee.userId, panel: [panelGovernor.userId] });
  });

  it("a plan, its reviews and its pay: only their people, for every demo role", async () => {
    for (const key of DEMO_KEYS) {
      const reads = key === "head";
      if (reads) await expect(planDetail(t.v[key], planA)).resolves.toMatchObject({ id: planA });
      else await expect(planDetail(t.v[key], planA)).rejects.toEqual(notFound);
      if (reads) await expect(reviewDetail(t.v[key], planA, "END_OF_YEAR")).resolves.toMatchObject({ planId: planA });
      else await expect(reviewDetail(t.v[key], planA, "END_OF_YEAR")).rejects.toEqual(notFound);
      if (key === "head" || key === "admin") await expect(payDetail(t.v[key], planA)).resolves.toMatchObject({ planId: planA });
      else await expect(payDetail(t.v[key], planA)).rejects.toEqual(notFound);
    }
  });
});
