// Shared by the induction tests: the small demo trust, its demo viewers, a teacher of the head's
// school to start an induction for, and viewers the demo accounts do not cover (a plain colleague,
// a head of another school, someone of another trust).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { DEMO_EMAILS } from "@/prisma/seed";
import { seedSmallTrust } from "../support/fixtures";
import { expectRefused } from "../support/writes";

export async function inductionTrust() {
  const trust = await seedSmallTrust();
  const v = await trust.viewers();
  const school = v.head.staff!.schoolId;
  const otherSchool = trust.built.schools.find((s) => s.id !== school)!.id;
  const demo = new Set<string>(Object.values(DEMO_EMAILS));
  // Teachers of the head's school with no induction yet, none of them a demo account.
  const candidates = await db().staffMember.findMany({
    where: { schoolId: school, leaveDate: null, category: "TEACHER", induction: null, email: { notIn: [...demo] } },
    orderBy: { lastName: "asc" },
    select: { id: true, userId: true, firstName: true, lastName: true, careerStage: true },
  });
  const colleagueRow = candidates.find((c) => c.userId)!;
  const colleague = (await loadViewer(colleagueRow.userId!))!;
  const otherHead: Viewer = { ...v.head, staff: { id: v.head.staff!.id, schoolId: otherSchool }, roles: [{ id: "other-head", role: "HEADTEACHER", schoolId: otherSchool, communityId: null }] };
  const foreign: Viewer = { ...v.admin, trustId: randomUUID() };
  return { trust, v, school, otherSchool, candidates: candidates.filter((c) => c.id !== colleagueRow.id), colleague, otherHead, foreign };
}

/** Every induction and review row as it stands, and who is an ECT: a refused command must leave all of it alone. */
async function inductionState() {
  const p = db();
  return Promise.all([
    p.earlyCareerInduction.findMany({ orderBy: { id: "asc" } }),
    p.inductionReview.findMany({ orderBy: { id: "asc" } }),
    p.staffMember.count({ where: { careerStage: "ECT" } }),
  ]);
}

/** expectRefused, and no induction, review or career stage changed either. */
export async function refused<R>(run: () => Promise<R>, expected: object) {
  const before = await inductionState();
  await expectRefused(run, expected);
  expect(await inductionState(), "a refused command changed an induction").toEqual(before);
}
