// Shared by the mentor meeting tests: the small trust with an induction at the head's school (ECT with
// a sign-in, the demo teacher as mentor, the demo senior leader as tutor) and a second one whose mentor
// is someone else, for "a mentor of another ECT".
import { expect } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { startInduction } from "@/lib/inductions/commands";
import { runForm } from "../support/form";
import { expectRefused } from "../support/writes";
import { inductionTrust } from "./inductions-fixture";

export async function mentoringTrust() {
  const t = await inductionTrust();
  const withSignIn = t.candidates.filter((c) => c.userId);
  const [ectRow, otherEctRow, otherMentorRow] = withSignIn;
  const start = async (staffMemberId: string, mentorId: string) => {
    const result = await runForm(startInduction, t.v.head, {
      staffMemberId, startDate: "2025-09-01", expectedTerms: "6", mentorId, inductionTutorId: t.v.seniorLeader.staff!.id, appropriateBody: "Northbridge Teaching School Hub",
    });
    expect(result).toMatchObject({ ok: true });
    return (result as { data: { id: string } }).data.id;
  };
  const inductionId = await start(ectRow!.id, t.v.teacher.staff!.id);
  const otherInductionId = await start(otherEctRow!.id, otherMentorRow!.id);
  const ect = (await loadViewer(ectRow!.userId!))!;
  const otherMentor = (await loadViewer(otherMentorRow!.userId!))!;
  return { ...t, inductionId, otherInductionId, ect, otherMentor, mentor: t.v.teacher, tutor: t.v.seniorLeader };
}

/** The verified MENTORING minutes of a person. */
export async function mentoringMinutes(staffMemberId: string) {
  const rows = await db().cpdActivity.findMany({ where: { staffMemberId, type: "MENTORING", status: "VERIFIED" }, select: { minutes: true } });
  return rows.reduce((n, r) => n + r.minutes, 0);
}

/** expectRefused, and no mentor meeting changed either. */
export async function refusedMeeting<R>(run: () => Promise<R>, expected: object) {
  const before = await db().mentorMeeting.findMany({ orderBy: { id: "asc" } });
  await expectRefused(run, expected);
  expect(await db().mentorMeeting.findMany({ orderBy: { id: "asc" } }), "a refused command changed a meeting").toEqual(before);
}

