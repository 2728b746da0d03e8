// Coaching is not surveillance (issue 18 §3): a pairing's action steps and session notes are read by
// the coach and the coachee only. The head, a senior leader, the trust admin, another teacher, a
// governor and a trustee find the pairing's page missing, and no page they can open (the coaching
// page, a member of staff's CPD portfolio, their notifications) carries a step or a note.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { createPairing, recordSession, setStep } from "@/lib/coaching/commands";
import { coachingHome, pairingDetail } from "@/lib/coaching/queries";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import { db } from "@/lib/db/client";
import { londonIsoDay } from "../support/days";
import type { DemoKey } from "../support/fixtures";
import { seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";

const STEP = "Narrate the positive before correcting anyone";
const NOTES = "Talked about the pressure of the new role and what to let go of.";
const is404 = { digest: expect.stringContaining("404") };

let v: Record<DemoKey, Viewer>;
let coach: Viewer;
let colleague: Viewer;
let pairingId: string;

beforeAll(async () => {
  const t = await seedSmallTrust();
  v = await t.viewers();
  const school = v.teacher.staff!.schoolId;
  const coachRow = t.built.staff.find((s) => s.schoolId !== school && !s.leaveDate && s.userId && s.careerStage !== "HEADTEACHER" && ![v.multiRole.staff?.id, v.networkLeader.staff?.id].includes(s.id))!;
  coach = (await loadViewer(coachRow.userId!))!;
  const colleagueRow = t.built.staff.find((s) => s.schoolId === school && !s.leaveDate && s.userId && ![v.teacher.staff!.id, v.head.staff!.id, v.seniorLeader.staff!.id].includes(s.id) && s.careerStage !== "SENIOR_LEADER")!;
  colleague = (await loadViewer(colleagueRow.userId!))!;
  const made = await runForm(createPairing, v.head, { coacheeId: v.teacher.staff!.id, coachId: coachRow.id, focus: "Behaviour routines", startsOn: londonIsoDay(-30), cadence: "WEEKLY" });
  if (!made.ok) throw new Error(made.message);
  pairingId = made.data.id;
  expect(await runForm(setStep, coach, { pairingId, description: STEP })).toMatchObject({ ok: true });
  expect(await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(0), minutes: 30, notes: NOTES })).toMatchObject({ ok: true });
});

const leaks = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.includes(STEP) || text.includes(NOTES);
};

describe("a pairing's steps and notes", () => {
  it("are read by the coach and the coachee", async () => {
    for (const who of [coach, v.teacher]) {
      const page = await pairingDetail(who, pairingId);
      expect(page.current?.description).toBe(STEP);
      expect(page.sessions.map((s) => s.notes)).toEqual([NOTES]);
    }
  });

  it("are not found for the head, a senior leader, the trust admin, another teacher, a governor or a trustee", async () => {
    for (const who of [v.head, v.seniorLeader, v.admin, colleague, v.governor, v.trustee, v.networkLeader, v.multiRole]) {
      await expect(pairingDetail(who, pairingId)).rejects.toMatchObject(is404);
    }
  });

  it("never reach the coaching page of the head or the trust admin, who see the pairing and its cadence only", async () => {
    for (const who of [v.head, v.admin]) {
      const page = await coachingHome(who);
      const row = page.school?.find((p) => p.id === pairingId);
      expect(row).toMatchObject({ focus: "Behaviour routines", cadence: "WEEKLY", status: "ON_TRACK", lastSession: expect.any(Date) });
      expect(leaks(page)).toBe(false);
    }
  });

  it("give trustees the programme's numbers only, and governors and other teachers nothing of the pairing", async () => {
    const trustee = await coachingHome(v.trustee);
    expect(trustee).toMatchObject({ mine: null, school: null, setUp: null, numbers: { activePairs: 1, sessionsThisTerm: 1, keeping: 1, keepingPercent: 100 } });
    await expect(coachingHome(v.governor)).rejects.toMatchObject(is404);
    const other = await coachingHome(colleague);
    expect(other).toMatchObject({ mine: [], school: null, numbers: null });
    for (const who of [v.seniorLeader, colleague]) expect(leaks(await coachingHome(who))).toBe(false);
  });

  it("stay out of the coachee's CPD record as the head reads it, and out of every notification", async () => {
    const portfolio = await staffPortfolio(v.head, v.teacher.staff!.id);
    expect(portfolio.activities.some((a) => a.title === "Coaching session" && a.type === "COACHING")).toBe(true);
    expect(leaks(portfolio)).toBe(false);
    const notes = await db().notification.findMany({ select: { title: true, body: true } });
    expect(notes.length).toBeGreaterThan(0);
    expect(leaks(notes)).toBe(false);
  });
});
