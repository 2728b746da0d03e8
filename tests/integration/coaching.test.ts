// Coaching (issue 18 §3) through its commands and queries: a head pairs a teacher of their school with a
// coach of another school; the coach sets one step at a time, marks it secure and records sessions, each
// writing CPD for both exactly once however often it is edited, and none once deleted. Refusals, bad
// input and other schools and trusts. The privacy of steps and notes is coaching-privacy.test.ts.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { createPairing, deleteSession, editSession, endPairing, recordSession, secureStep, setStep } from "@/lib/coaching/commands";
import { coachingHome, pairingDetail } from "@/lib/coaching/queries";
import { saveActivity } from "@/lib/cpd/commands";
import { myHours } from "@/lib/cpd/queries";
import { coachingLapsed } from "@/lib/coaching/mutations";
import { db } from "@/lib/db/client";
import { londonIsoDay } from "../support/days";
import type { DemoKey } from "../support/fixtures";
import { seedSmallTrust } from "../support/fixtures";
import { runForm } from "../support/form";

let t: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
let coach: Viewer;
let otherHead: Viewer;
let foreigner: Viewer;
let coachStaff: { id: string; schoolId: string };
const NOT_FOUND = { ok: false, message: "That record was not found." };

const pairing = (coacheeId: string, coachId: string, over: Record<string, string> = {}) => ({
  coacheeId, coachId, focus: "Questioning in Year 9", startsOn: londonIsoDay(-60), endsOn: "", cadence: "FORTNIGHTLY", ...over,
});
const pairingCount = () => db().coachingPairing.count();

beforeAll(async () => {
  t = await seedSmallTrust();
  v = await t.viewers();
  const teacherSchool = v.teacher.staff!.schoolId;
  // The coach: a current member of staff of another school, with a sign-in.
  const other = t.built.staff.find((s) => s.schoolId !== teacherSchool && !s.leaveDate && s.userId && s.careerStage !== "HEADTEACHER" && ![v.multiRole.staff?.id, v.networkLeader.staff?.id].includes(s.id))!;
  coachStaff = { id: other.id, schoolId: other.schoolId };
  coach = (await loadViewer(other.userId!))!;
  const head = t.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId !== teacherSchool)!;
  otherHead = (await loadViewer(head.userId))!;
  foreigner = { ...v.admin, trustId: randomUUID() };
});

describe("setting up a pairing", () => {
  it("lets the head pair a teacher of their school with a coach of another school, and tells both", async () => {
    const result = await runForm(createPairing, v.head, pairing(v.teacher.staff!.id, coachStaff.id));
    expect(result).toMatchObject({ ok: true, message: "Pairing set up. The coach and the coachee have been told." });
    if (!result.ok) return;
    const row = await db().coachingPairing.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row).toMatchObject({ coacheeId: v.teacher.staff!.id, coachId: coachStaff.id, cadence: "FORTNIGHTLY", endsOn: null, createdById: v.head.userId });
    const told = await db().notification.findMany({ where: { kind: "coaching.paired", link: `/coaching/${row.id}` }, select: { userId: true } });
    expect(told.map((n) => n.userId).sort()).toEqual([v.teacher.userId, coach.userId].sort());
    expect(await db().auditLog.count({ where: { entityId: row.id, action: "coaching.pair" } })).toBe(1);
  });

  it("refuses a pairing of one person with themselves, an end before the start and blanks, writing nothing", async () => {
    const before = await pairingCount();
    const self = await runForm(createPairing, v.head, pairing(v.teacher.staff!.id, v.teacher.staff!.id));
    expect(self).toMatchObject({ ok: false, fieldErrors: { coachId: ["Choose a coach other than the person coached."] } });
    const backwards = await runForm(createPairing, v.head, pairing(v.teacher.staff!.id, coachStaff.id, { endsOn: londonIsoDay(-61) }));
    expect(backwards).toMatchObject({ ok: false, fieldErrors: { endsOn: ["The end date must be on or after the start date."] } });
    const blank = await runForm(createPairing, v.head, { coacheeId: v.teacher.staff!.id, coachId: "", focus: " ", startsOn: "", cadence: "DAILY" });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { coachId: [expect.any(String)], focus: [expect.any(String)], startsOn: [expect.any(String)], cadence: [expect.any(String)] } });
    const unknownCoach = await runForm(createPairing, v.head, pairing(v.teacher.staff!.id, randomUUID()));
    expect(unknownCoach).toMatchObject({ ok: false, fieldErrors: { coachId: ["The coach must be a current member of staff of the trust."] } });
    expect(await pairingCount()).toBe(before);
  });

  it("refuses a teacher, a senior leader, another school's head, a governor, a trustee and another trust as not found", async () => {
    const before = await pairingCount();
    for (const who of [v.teacher, v.seniorLeader, otherHead, v.governor, v.trustee, foreigner]) {
      expect(await runForm(createPairing, who, pairing(v.teacher.staff!.id, coachStaff.id))).toMatchObject(NOT_FOUND);
    }
    expect(await pairingCount()).toBe(before);
  });

  it("lets the trust admin pair anyone, and the head end a pairing of their school", async () => {
    const colleague = t.built.staff.find((s) => s.schoolId === coachStaff.schoolId && s.id !== coachStaff.id && !s.leaveDate)!;
    const made = await runForm(createPairing, v.admin, pairing(colleague.id, v.seniorLeader.staff!.id, { cadence: "MONTHLY" }));
    expect(made).toMatchObject({ ok: true });
    if (!made.ok) return;
    // Not the head's coachee, but the coach is of their school: they read it and do not end it.
    expect(await runForm(endPairing, v.head, { pairingId: made.data.id })).toMatchObject(NOT_FOUND);
    expect(await runForm(endPairing, otherHead, { pairingId: made.data.id })).toMatchObject({ ok: true, message: "Pairing ended." });
    expect((await db().coachingPairing.findUniqueOrThrow({ where: { id: made.data.id } })).endsOn).not.toBeNull();
  });
});

describe("the coach's work: steps and sessions", () => {
  let pairingId: string;
  beforeAll(async () => {
    pairingId = (await db().coachingPairing.findFirstOrThrow({ where: { coacheeId: v.teacher.staff!.id, coachId: coachStaff.id } })).id;
  });

  it("sets one step at a time, marks it secure, then sets the next", async () => {
    expect(await runForm(setStep, coach, { pairingId, description: "Cold call three pupils before taking hands up" })).toMatchObject({ ok: true, message: "Action step set." });
    const second = await runForm(setStep, coach, { pairingId, description: "Wait five seconds" });
    expect(second).toMatchObject({ ok: false, message: "One step at a time: mark the current step secure before setting the next." });
    expect(await runForm(setStep, coach, { pairingId, description: " " })).toMatchObject({ ok: false, fieldErrors: { description: [expect.any(String)] } });
    const step = await db().coachingStep.findFirstOrThrow({ where: { pairingId } });
    // Only the coach: the coachee and the head find nothing to change.
    for (const who of [v.teacher, v.head, v.admin]) expect(await runForm(secureStep, who, { stepId: step.id })).toMatchObject(NOT_FOUND);
    expect(await runForm(secureStep, coach, { stepId: step.id })).toMatchObject({ ok: true });
    expect(await runForm(setStep, coach, { pairingId, description: "Wait five seconds after a question" })).toMatchObject({ ok: true });
    expect(await db().coachingStep.count({ where: { pairingId } })).toBe(2);
    expect(await db().coachingStep.count({ where: { pairingId, securedOn: null } })).toBe(1);
  });

  it("refuses a session in the future, before the pairing's start, or without notes, writing nothing", async () => {
    const future = await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(1), minutes: 45, notes: "Planned" });
    expect(future).toMatchObject({ ok: false, fieldErrors: { heldOn: ["The session date cannot be in the future: record a session once it has happened."] } });
    const early = await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(-61), minutes: 45, notes: "Too early" });
    expect(early).toMatchObject({ ok: false, fieldErrors: { heldOn: [expect.stringContaining("on or after the pairing's start")] } });
    const bad = await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(-1), minutes: "lots", notes: "" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { minutes: [expect.any(String)], notes: [expect.any(String)] } });
    expect(await runForm(recordSession, v.teacher, { pairingId, heldOn: londonIsoDay(-1), minutes: 45, notes: "By the coachee" })).toMatchObject(NOT_FOUND);
    expect(await db().coachingSession.count({ where: { pairingId } })).toBe(0);
  });

  it("records a session as verified coaching for the coachee and coaching given for the coach, exactly once through two edits", async () => {
    const hoursBefore = (await myHours(v.teacher))!;
    const result = await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(0), minutes: 45, notes: "Looked at questioning; agreed the next step." });
    expect(result).toMatchObject({ ok: true, message: "Session recorded. It counts as CPD for you both." });
    const session = await db().coachingSession.findFirstOrThrow({ where: { pairingId } });
    const cpd = () => db().cpdActivity.findMany({ where: { coachingSessionId: session.id }, orderBy: { type: "asc" } });
    expect(await cpd()).toMatchObject([
      { staffMemberId: v.teacher.staff!.id, type: "COACHING", status: "VERIFIED", minutes: 45, title: "Coaching session", verifiedById: coach.userId, reflection: null },
      { staffMemberId: coachStaff.id, type: "COACHING_GIVEN", status: "SUBMITTED", minutes: 45, title: "Coaching given", reflection: null },
    ]);
    expect((await myHours(v.teacher))!.verified - hoursBefore.verified).toBe(45);
    expect(await db().notification.count({ where: { kind: "coaching.session", userId: v.teacher.userId } })).toBe(1);

    expect(await runForm(editSession, coach, { sessionId: session.id, heldOn: londonIsoDay(-3), minutes: 60, notes: "Edited once" })).toMatchObject({ ok: true });
    expect(await runForm(editSession, coach, { sessionId: session.id, heldOn: londonIsoDay(-3), minutes: 50, notes: "Edited twice" })).toMatchObject({ ok: true });
    const rows = await cpd();
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.type, r.minutes, r.startDate.toISOString().slice(0, 10)])).toEqual([["COACHING", 50, londonIsoDay(-3)], ["COACHING_GIVEN", 50, londonIsoDay(-3)]]);
    expect(await runForm(editSession, v.teacher, { sessionId: session.id, heldOn: londonIsoDay(-3), minutes: 5, notes: "x" })).toMatchObject(NOT_FOUND);
    // The coach's own record follows the session: it is not changed through the CPD form.
    const given = rows.find((r) => r.type === "COACHING_GIVEN")!;
    const edit = await runForm(saveActivity, coach, { id: given.id, title: "Padded", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: londonIsoDay(-3), endDate: londonIsoDay(-3), hours: 9, intent: "draft" });
    expect(edit).toMatchObject({ ok: false });
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: given.id } })).toMatchObject({ title: "Coaching given", minutes: 50 });
    expect(await runForm(editSession, coach, { sessionId: session.id, heldOn: londonIsoDay(2), minutes: 50, notes: "Future" })).toMatchObject({ ok: false, fieldErrors: { heldOn: [expect.any(String)] } });
  });

  it("deletes a session with the CPD it wrote", async () => {
    const session = await db().coachingSession.findFirstOrThrow({ where: { pairingId } });
    expect(await runForm(deleteSession, v.head, { sessionId: session.id })).toMatchObject(NOT_FOUND);
    expect(await runForm(deleteSession, coach, { sessionId: session.id })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.count({ where: { coachingSessionId: session.id } })).toBe(0);
    expect(await db().coachingSession.count({ where: { id: session.id } })).toBe(0);
    // Recorded again, for the pages below.
    expect(await runForm(recordSession, coach, { pairingId, heldOn: londonIsoDay(-1), minutes: 40, notes: "Second look at wait time." })).toMatchObject({ ok: true });
  });

  it("shows the pair the pairing with its steps and sessions, the coach with the forms", async () => {
    const forCoach = await pairingDetail(coach, pairingId);
    expect(forCoach).toMatchObject({ coaching: true, status: "ON_TRACK", current: { description: "Wait five seconds after a question" }, totalMinutes: 40 });
    expect(forCoach.secured.map((s) => s.description)).toEqual(["Cold call three pupils before taking hands up"]);
    expect((await pairingDetail(v.teacher, pairingId)).coaching).toBe(false);
    const home = await coachingHome(v.teacher);
    expect(home.mine?.map((p) => [p.id, p.role])).toEqual([[pairingId, "coachee"]]);
    expect(home.school).toBeNull();
    expect(home.setUp).toBeNull();
  });
});

describe("the daily sweep", () => {
  it("tells the coach of a pairing past its cadence once, however often it runs", async () => {
    const coachee = t.built.staff.find((s) => s.schoolId === v.teacher.staff!.schoolId && !s.leaveDate && s.userId && ![v.teacher.staff!.id, v.head.staff!.id].includes(s.id))!;
    const made = await runForm(createPairing, v.head, pairing(coachee.id, coachStaff.id, { startsOn: londonIsoDay(-30), cadence: "WEEKLY" }));
    if (!made.ok) throw new Error(made.message);
    const lapsed = () => db().notification.findMany({ where: { kind: "coaching.lapsed", link: `/coaching/${made.data.id}` }, select: { userId: true, body: true } });
    await coachingLapsed(new Date());
    expect(await lapsed()).toEqual([{ userId: coach.userId, body: "No session yet; the cadence is weekly." }]);
    await coachingLapsed(new Date());
    expect(await lapsed()).toHaveLength(1);
    // The pairing on track is not chased.
    const onTrack = await db().coachingPairing.findFirstOrThrow({ where: { coacheeId: v.teacher.staff!.id, coachId: coachStaff.id } });
    expect(await db().notification.count({ where: { kind: "coaching.lapsed", link: `/coaching/${onTrack.id}` } })).toBe(0);
  });
});
