// The demo seed's coaching and drop-in visits: a year of pairings (heads, aspiring heads and middle
// leaders, some across schools), sessions never in the future each with its two CPD records, one open
// step at most per pairing, and visits with replies, so the demo sign-ins' pages look lived-in.
import { describe, expect, it } from "vitest";
import { coachingHome, pairingDetail } from "@/lib/coaching/queries";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { dropInsHome } from "@/lib/dropins/queries";
import { seedCoaching } from "@/prisma/seed/coaching";
import { seedDropIns } from "@/prisma/seed/dropins";
import { seedSmallTrust } from "../support/fixtures";

describe("the demo seed's coaching and drop-in visits", () => {
  it("gives the demo sign-ins pairings, sessions, steps and visits, and the trust its numbers", async () => {
    const trust = await seedSmallTrust();
    await seedCoaching(db(), trust.built, new Date());
    await seedDropIns(db(), trust.built, new Date());
    const v = await trust.viewers();

    const pairings = await db().coachingPairing.findMany({ include: { coach: true, coachee: true, steps: true, sessions: { include: { cpdActivities: true } } } });
    expect(pairings.length).toBeGreaterThan(3);
    expect(pairings.some((p) => p.coach.schoolId !== p.coachee.schoolId)).toBe(true);
    expect(new Set(pairings.map((p) => p.coachee.careerStage)).size).toBeGreaterThanOrEqual(2);
    expect(pairings.filter((p) => p.coachee.careerStage === "HEADTEACHER").length).toBeGreaterThan(0);
    const today = londonToday();
    for (const p of pairings) {
      expect(p.coachId).not.toBe(p.coacheeId);
      expect(p.steps.filter((s) => !s.securedOn).length).toBeLessThanOrEqual(1);
      for (const s of p.sessions) {
        expect(s.heldOn <= today && s.heldOn >= p.startsOn).toBe(true);
        expect(s.cpdActivities.map((a) => [a.type, a.staffMemberId]).sort()).toEqual([["COACHING", p.coacheeId], ["COACHING_GIVEN", p.coachId]].sort());
      }
    }

    const teacherPage = await coachingHome(v.teacher);
    expect(teacherPage.mine?.[0]).toMatchObject({ role: "coachee" });
    const teacherPairing = await pairingDetail(v.teacher, teacherPage.mine![0]!.id);
    expect(teacherPairing.sessions.length).toBeGreaterThan(0);
    expect((await coachingHome(v.seniorLeader)).mine?.some((p) => p.role === "coach")).toBe(true);
    const headPage = await coachingHome(v.head);
    expect(headPage.mine?.some((p) => p.role === "coachee")).toBe(true);
    expect(headPage.school!.length).toBeGreaterThan(0);
    expect((await coachingHome(v.trustee)).numbers!.activePairs).toBeGreaterThan(0);

    const visits = await dropInsHome(v.teacher);
    expect(visits.received.length).toBeGreaterThan(0);
    expect(visits.received.every((r) => r.replies >= 2)).toBe(true);
    const head = await dropInsHome(v.head);
    expect(head.school[0]!.total).toBeGreaterThan(0);
    expect(head.made.length + (await dropInsHome(v.seniorLeader)).made.length).toBeGreaterThan(0);
  });
});
