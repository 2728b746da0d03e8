// Issue 11 §5: starting an ECT's induction, changing its people, recording termly reviews and the
// final assessment, through each action's real FormData path: allowed, refused per role (the mentor
// and a colleague read-only or nothing, the tutor manages), another school, another trust, bad input.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { isoDay, londonToday } from "@/lib/dates";
import type { DemoKey } from "../support/fixtures";
import { recordFinalAssessment, recordReview, startInduction, updateInduction } from "@/lib/inductions/commands";
import { runForm } from "../support/form";
import { expectOneAudit, invalid, notFoundResult } from "../support/writes";
import { inductionTrust, refused } from "./inductions-fixture";

let t: Awaited<ReturnType<typeof inductionTrust>>;
let v: Record<DemoKey, Viewer>;
beforeAll(async () => {
  t = await inductionTrust();
  v = t.v;
});

const today = () => isoDay(londonToday());
const start = (staffMemberId: string, over: Record<string, string> = {}) => ({
  staffMemberId, startDate: "2025-09-01", expectedTerms: "6", mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id,
  appropriateBody: "Northbridge Teaching School Hub", ...over,
});
const reviewsOf = (inductionId: string) => t.trust.prisma.inductionReview.findMany({ where: { inductionId }, orderBy: { dueOn: "asc" } });

async function started(index: number, viewer: Viewer = v.head, over: Record<string, string> = {}) {
  const result = await expectOneAudit(() => runForm(startInduction, viewer, start(t.candidates[index]!.id, over)), "induction.start");
  return (result as { data: { id: string } }).data.id;
}

describe("starting an induction", () => {
  it("a head starts one for a teacher of their school: six terms scheduled, the person becomes an ECT, audited", async () => {
    const id = await started(0);
    const row = await t.trust.prisma.earlyCareerInduction.findUniqueOrThrow({ where: { id }, include: { staffMember: true } });
    expect(row).toMatchObject({ expectedTerms: 6, appropriateBody: "Northbridge Teaching School Hub", mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id, completedOn: null });
    expect(row.staffMember.careerStage).toBe("ECT");
    expect(isoDay(row.expectedCompletion)).toBe("2027-07-15");
    expect((await reviewsOf(id)).map((r) => [r.kind, isoDay(r.dueOn)])).toEqual([
      ["PROGRESS_REVIEW", "2025-12-15"], ["PROGRESS_REVIEW", "2026-03-25"], ["FORMAL_ASSESSMENT", "2026-07-15"],
      ["PROGRESS_REVIEW", "2026-12-15"], ["PROGRESS_REVIEW", "2027-03-25"], ["FORMAL_ASSESSMENT", "2027-07-15"],
    ]);
    const audit = await t.trust.prisma.auditLog.findFirstOrThrow({ where: { action: "induction.start", entityId: id } });
    expect(audit.before).toEqual({ careerStage: t.candidates[0]!.careerStage });
    expect(audit.after).toMatchObject({ careerStage: "ECT", appropriateBody: "Northbridge Teaching School Hub" });
  });

  it("one induction per person; the ECT, mentor and tutor must be current staff of the school, the ECT neither mentor nor tutor", async () => {
    const ect = t.candidates[0]!.id;
    await refused(() => runForm(startInduction, v.head, start(ect)), invalid("staffMemberId"));
    const next = t.candidates[1]!.id;
    await refused(() => runForm(startInduction, v.head, start(next, { mentorId: next })), invalid("mentorId"));
    await refused(() => runForm(startInduction, v.head, start(next, { inductionTutorId: next })), invalid("inductionTutorId"));
    await refused(() => runForm(startInduction, v.head, start(next, { mentorId: v.multiRole.staff!.id })), invalid("mentorId"));
    const leaver = await t.trust.prisma.staffMember.create({
      data: {
        trustId: v.head.trustId, schoolId: t.school, firstName: "Lea", lastName: "Ver", email: "lea.ver@northbridge.example", jobTitle: "Teacher of History", category: "TEACHER",
        careerStage: "ECT", fte: "1", startDate: new Date("2024-09-01T00:00:00Z"), leaveDate: new Date("2025-07-31T00:00:00Z"), leaveReason: "RESIGNATION",
      },
    });
    await refused(() => runForm(startInduction, v.head, start(next, { inductionTutorId: leaver.id })), invalid("inductionTutorId"));
    await refused(() => runForm(startInduction, v.head, start(leaver.id)), invalid("staffMemberId"));
  });

  it("bad input is a field error and writes nothing", async () => {
    const next = t.candidates[1]!.id;
    await refused(() => runForm(startInduction, v.head, start(next, { startDate: "2026-02-30" })), invalid("startDate"));
    await refused(() => runForm(startInduction, v.head, start(next, { expectedTerms: "1" })), invalid("expectedTerms"));
    await refused(() => runForm(startInduction, v.head, start(next, { expectedTerms: "6.5" })), invalid("expectedTerms"));
    await refused(() => runForm(startInduction, v.head, start(next, { appropriateBody: "  " })), invalid("appropriateBody"));
    await refused(() => runForm(startInduction, v.head, start(next, { mentorId: "someone" })), invalid("mentorId"));
  });

  it("nobody else starts one: another school's head, the mentor, a colleague, governors, trustees, another trust (404)", async () => {
    const next = t.candidates[1]!.id;
    for (const viewer of [t.otherHead, v.teacher, t.colleague, v.networkLeader, v.governor, v.trustee, v.multiRole, t.foreign]) {
      await refused(() => runForm(startInduction, viewer, start(next)), notFoundResult);
    }
    await refused(() => runForm(startInduction, v.head, start("00000000-0000-4000-8000-000000000999")), notFoundResult);
  });

  it("a senior leader starts one they will tutor themselves, not one for someone else to tutor; the trust admin any school's", async () => {
    await refused(() => runForm(startInduction, v.seniorLeader, start(t.candidates[1]!.id, { inductionTutorId: v.head.staff!.id })), invalid("inductionTutorId"));
    await started(1, v.seniorLeader);
    await started(2, v.admin, { expectedTerms: "9", startDate: "2026-01-05" });
  });
});

describe("changing, reviewing and completing an induction", () => {
  let id: string;
  beforeAll(async () => {
    id = (await t.trust.prisma.earlyCareerInduction.findUniqueOrThrow({ where: { staffMemberId: t.candidates[0]!.id } })).id;
  });
  const change = (over: Record<string, string> = {}) => ({ inductionId: id, mentorId: v.teacher.staff!.id, inductionTutorId: v.seniorLeader.staff!.id, appropriateBody: "Riverside Local Authority", ...over });

  it("the head or the tutor changes its people and appropriate body (audited before and after); the mentor and others cannot", async () => {
    await expectOneAudit(() => runForm(updateInduction, v.seniorLeader, change()), "induction.update");
    const audit = await t.trust.prisma.auditLog.findFirstOrThrow({ where: { action: "induction.update", entityId: id } });
    expect(audit.before).toMatchObject({ appropriateBody: "Northbridge Teaching School Hub" });
    expect(audit.after).toMatchObject({ appropriateBody: "Riverside Local Authority" });
    // Saving what is already there changes nothing and writes no audit entry.
    await refused(() => runForm(updateInduction, v.head, change()), { ok: true });
    for (const viewer of [v.teacher, t.colleague, t.otherHead, v.governor, v.trustee, t.foreign]) {
      await refused(() => runForm(updateInduction, viewer, change({ appropriateBody: "Elsewhere" })), notFoundResult);
    }
    await refused(() => runForm(updateInduction, v.head, change({ mentorId: t.candidates[0]!.id })), invalid("mentorId"));
  });

  it("records a progress review (held on, outcome, notes, who recorded it), once; the mentor and a colleague cannot", async () => {
    const [first] = await reviewsOf(id);
    const fields = { reviewId: first!.id, heldOn: "2025-12-10", outcome: "NOT_ON_TRACK", notes: "Behaviour management plan agreed." };
    for (const viewer of [v.teacher, t.colleague, t.otherHead, v.networkLeader, v.governor, v.trustee, t.foreign]) {
      await refused(() => runForm(recordReview, viewer, fields), notFoundResult);
    }
    await refused(() => runForm(recordReview, v.seniorLeader, { ...fields, outcome: "SATISFACTORY" }), invalid("outcome"));
    await refused(() => runForm(recordReview, v.seniorLeader, { ...fields, heldOn: "2025-08-01" }), invalid("heldOn"));
    await refused(() => runForm(recordReview, v.seniorLeader, { ...fields, heldOn: "2999-01-01" }), invalid("heldOn"));
    await expectOneAudit(() => runForm(recordReview, v.seniorLeader, fields), "induction.review");
    expect(await t.trust.prisma.inductionReview.findUniqueOrThrow({ where: { id: first!.id } })).toMatchObject({ outcome: "NOT_ON_TRACK", recordedById: v.seniorLeader.userId, notes: "Behaviour management plan agreed." });
    await refused(() => runForm(recordReview, v.head, { ...fields, outcome: "ON_TRACK" }), { ok: false, message: expect.stringContaining("recorded as held on") });
  });

  it("the final assessment has its own form: it completes the induction, audited, and a second is refused", async () => {
    const reviews = await reviewsOf(id);
    const final = reviews.at(-1)!;
    await refused(() => runForm(recordReview, v.head, { reviewId: final.id, heldOn: today(), outcome: "ON_TRACK" }), invalid("reviewId"));
    const fields = { inductionId: id, heldOn: today(), outcome: "SATISFACTORY", notes: "Meets the Teachers' Standards." };
    for (const viewer of [v.teacher, t.colleague, t.otherHead, v.governor, v.trustee, t.foreign]) {
      await refused(() => runForm(recordFinalAssessment, viewer, fields), notFoundResult);
    }
    await refused(() => runForm(recordFinalAssessment, v.head, { ...fields, outcome: "ON_TRACK" }), invalid("outcome"));
    await expectOneAudit(() => runForm(recordFinalAssessment, v.head, fields), "induction.assess");
    expect(await t.trust.prisma.earlyCareerInduction.findUniqueOrThrow({ where: { id } })).toMatchObject({ completedOn: new Date(`${today()}T00:00:00Z`) });
    expect(await t.trust.prisma.inductionReview.findUniqueOrThrow({ where: { id: final.id } })).toMatchObject({ outcome: "SATISFACTORY", recordedById: v.head.userId });
    const audit = await t.trust.prisma.auditLog.findFirstOrThrow({ where: { action: "induction.assess", entityId: id } });
    expect(audit.before).toMatchObject({ completedOn: null });
    expect(audit.after).toMatchObject({ finalAssessment: { outcome: "SATISFACTORY" } });

    await refused(() => runForm(recordFinalAssessment, v.head, { ...fields, outcome: "UNSATISFACTORY" }), { ok: false, message: expect.stringContaining("the induction is complete") });
    await refused(() => runForm(recordFinalAssessment, v.admin, fields), { ok: false, message: expect.stringContaining("the induction is complete") });
    await refused(() => runForm(recordReview, v.head, { reviewId: reviews[1]!.id, heldOn: today(), outcome: "ON_TRACK" }), { ok: false, message: expect.stringContaining("the induction is complete") });
  });
});
