// Workload impact checks (issue 20 §2) through their commands and queries: a demand proposed (bad input
// refused, nothing written), approved by the head only, checked half a term later by a sample of the
// staff it falls on (the daily sweep), answered once and anonymously; reported hours hidden under five
// answers, then shown against expected; every role's reach of the pages.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { answerCheck, decideDemand, proposeDemand } from "@/lib/workload/commands";
import { workloadSweep } from "@/lib/workload/mutations";
import { checkToAnswer, workloadPage } from "@/lib/workload/queries";
import { DEMO_KEYS } from "../support/fixtures";
import { londonDayFromToday, londonIsoDay } from "../support/days";
import { runForm } from "../support/form";
import { voiceTrust } from "./voice-fixture";

let f: Awaited<ReturnType<typeof voiceTrust>>;
let demandId: string;
const NOT_FOUND = { ok: false, message: "That record was not found." };
const is404 = { digest: expect.stringContaining("404") };
const fields = (schoolId: string, over: Record<string, unknown> = {}) => ({
  schoolId, title: "Weekly written feedback", kind: "MARKING_POLICY", "affects[]": ["TEACHER"], expectedHours: "10", replaces: "Fortnightly deep marking", offsetHours: "4", reviewOn: londonIsoDay(90), ...over,
});

beforeAll(async () => {
  f = await voiceTrust();
});

describe("a demand from proposal to reported hours", () => {
  it("refuses negative hours, no one affected and a past review date, writing nothing", async () => {
    const bad = await runForm(proposeDemand, f.v.seniorLeader, fields(f.headSchool, { expectedHours: "-2", "affects[]": [], reviewOn: londonIsoDay(-1) }) as never);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { expectedHours: ["The expected time per term cannot be negative."], "affects[]": ["Choose who it affects."] } });
    expect(await runForm(proposeDemand, f.v.seniorLeader, fields(f.headSchool, { reviewOn: londonIsoDay(0) }) as never)).toMatchObject({ ok: false, fieldErrors: { reviewOn: ["The review date must be in the future."] } });
    expect(await db().workloadDemand.count()).toBe(0);
  });

  it("lets the school's leaders propose, not a teacher, a governor or another school's leader", async () => {
    for (const who of [f.v.teacher, f.v.governor, f.v.trustee]) expect(await runForm(proposeDemand, who, fields(f.headSchool) as never)).toMatchObject(NOT_FOUND);
    expect(await runForm(proposeDemand, f.v.head, fields(f.otherSchool) as never)).toMatchObject(NOT_FOUND);
    expect(await runForm(proposeDemand, f.v.seniorLeader, fields(f.headSchool) as never)).toMatchObject({ ok: true });
    demandId = (await db().workloadDemand.findFirstOrThrow()).id;
    expect(await db().workloadDemand.findFirstOrThrow()).toMatchObject({ expectedMinutes: 600, offsetMinutes: 240, status: "PROPOSED" });
  });

  it("lets only the head approve it", async () => {
    expect(await runForm(decideDemand, f.v.seniorLeader, { demandId, decision: "APPROVED" })).toMatchObject(NOT_FOUND);
    expect(await runForm(decideDemand, f.v.governor, { demandId, decision: "APPROVED" })).toMatchObject(NOT_FOUND);
    expect(await runForm(decideDemand, f.v.head, { demandId, decision: "APPROVED" })).toMatchObject({ ok: true });
    const page = await workloadPage(f.v.head);
    expect(page.load).toMatchObject({ expected: 600, net: 360 });
    expect(page.demands[0]).toMatchObject({ status: "APPROVED", reported: null });
  });

  it("sends the check half a term after approval to the teachers it falls on, once", async () => {
    expect(await workloadSweep()).toEqual({ checks: 0, asked: 0 });
    await db().workloadDemand.update({ where: { id: demandId }, data: { decidedOn: londonDayFromToday(-43) } });
    const sent = await workloadSweep();
    expect(sent.checks).toBe(1);
    expect(sent.asked).toBeGreaterThanOrEqual(5);
    expect(await workloadSweep()).toEqual({ checks: 0, asked: 0 });
    const invites = await db().workloadCheckInvite.findMany({ select: { userId: true } });
    const staff = await db().staffMember.findMany({ where: { userId: { in: invites.map((i) => i.userId) } }, select: { schoolId: true, category: true } });
    expect(staff.every((s) => s.schoolId === f.headSchool && s.category === "TEACHER")).toBe(true);
  });

  it("takes one anonymous answer from each person asked; reported hours appear from the fifth", async () => {
    const check = await db().workloadCheck.findFirstOrThrow({ include: { invites: true } });
    const asked = await Promise.all(check.invites.slice(0, 5).map(async (i) => (await loadViewer(i.userId))!));
    const outsider = (await f.staffViewers(f.otherSchool))[0]!;
    expect(await runForm(answerCheck, outsider, { checkId: check.id, hours: "3" })).toMatchObject(NOT_FOUND);
    await expect(checkToAnswer(outsider, check.id)).rejects.toMatchObject(is404);
    expect(await runForm(answerCheck, asked[0]!, { checkId: check.id, hours: "-1" })).toMatchObject({ ok: false, fieldErrors: { hours: ["The hours cannot be negative."] } });
    for (const v of asked.slice(0, 4)) expect(await runForm(answerCheck, v, { checkId: check.id, hours: "6" })).toMatchObject({ ok: true });
    expect(await runForm(answerCheck, asked[0]!, { checkId: check.id, hours: "6" })).toMatchObject({ ok: false, fieldErrors: { hours: ["You have already answered this check."] } });
    expect((await workloadPage(f.v.head)).demands[0]!.reported).toBe("too-few");
    expect(await runForm(answerCheck, asked[4]!, { checkId: check.id, hours: "6" })).toMatchObject({ ok: true });
    // 6 hours in half a term: 12 a term, against 10 expected.
    const page = await workloadPage(f.v.head);
    expect(page.demands[0]!.reported).toEqual({ minutes: 720, n: 5 });
    expect(page.load).toMatchObject({ expected: 600, reported: 720, reportedNet: 480 });
    expect(await db().workloadCheckAnswer.count()).toBe(5);
    expect(Object.keys(await db().workloadCheckAnswer.findFirstOrThrow()).sort()).toEqual(["answeredOn", "category", "checkId", "id", "minutes", "phase", "schoolId", "stage", "trustId"]);
  });

  it("shows trustees each school's load and the heaviest demands; a teacher finds nothing", async () => {
    const trust = await workloadPage(f.v.trustee);
    expect(trust.school).toBeNull();
    expect(trust.bySchool.find((s) => s.id === f.headSchool)).toMatchObject({ demands: 1, expected: 600 });
    expect(trust.heaviest.map((d) => d.id)).toEqual([demandId]);
    expect(trust.propose).toBeNull();
    await expect(workloadPage(f.v.head, f.otherSchool)).rejects.toMatchObject(is404);
  });
});

// The check's page is for those asked only: the insider and outsider cases are in the test above.
describe("workload pages, every role", () => {
  const EXPECTED = { teacher: "404", seniorLeader: "ok", head: "ok", networkLeader: "404", governor: "ok", trustee: "ok", admin: "ok", multiRole: "ok" } as const;
  for (const key of DEMO_KEYS) {
    it(key, async () => {
      const v: Viewer = f.v[key];
      const outcome = await workloadPage(v).then(() => "ok", (e: { digest?: string }) => (String(e.digest).includes("404") ? "404" : Promise.reject(e)));
      expect(outcome).toBe(EXPECTED[key]);
    });
  }
});
