// Issue 18 §4: the mentor logs, corrects and deletes an ECT's mentor meetings through each action's
// real FormData path: allowed for the induction's mentor only, refused (not found) for everyone else,
// bad input refused field by field with nothing written; each meeting is CPD for both people exactly once.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { updateInduction } from "@/lib/inductions/commands";
import { deleteMeeting, editMeeting, logMeeting } from "@/lib/inductions/mentor-meetings/commands";
import { runForm } from "../support/form";
import { expectOneAudit, invalid, notFoundResult } from "../support/writes";
import { mentoringMinutes, mentoringTrust, refusedMeeting } from "./mentor-meetings-fixture";

let t: Awaited<ReturnType<typeof mentoringTrust>>;
beforeAll(async () => {
  t = await mentoringTrust();
});

const DAY = 86_400_000;
const daysAgo = (n: number) => isoDay(new Date(londonToday().getTime() - n * DAY));
const fields = (over: Record<string, string | string[] | undefined> = {}) => ({
  inductionId: t.inductionId, heldOn: daysAgo(3), minutes: "45", "areas[]": ["CLASSROOM_PRACTICE", "MANAGING_BEHAVIOUR"],
  notes: "Watched the Year 8 lesson together.", nextStep: "Cold call three pupils before taking hands up.", ...over,
});
async function logged(over: Record<string, string | string[] | undefined> = {}) {
  const result = await expectOneAudit(() => runForm(logMeeting, t.mentor, fields(over)), "mentor-meeting.log");
  return (result as { data: { id: string } }).data.id;
}
const cpdOf = (mentorMeetingId: string) => db().cpdActivity.findMany({ where: { mentorMeetingId }, orderBy: { staffMemberId: "asc" } });

describe("logging a meeting", () => {
  it("the mentor logs one: stored, audited, and one verified MENTORING record each for the ECT and the mentor", async () => {
    const [ectBefore, mentorBefore] = [await mentoringMinutes(t.ect.staff!.id), await mentoringMinutes(t.mentor.staff!.id)];
    const id = await logged();
    const row = await db().mentorMeeting.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ inductionId: t.inductionId, mentorId: t.mentor.staff!.id, minutes: 45, areas: ["CLASSROOM_PRACTICE", "MANAGING_BEHAVIOUR"], nextStep: "Cold call three pupils before taking hands up.", recordedById: t.mentor.userId });
    const cpd = await cpdOf(id);
    expect(cpd.map((c) => c.staffMemberId).sort()).toEqual([t.ect.staff!.id, t.mentor.staff!.id].sort());
    expect(cpd.every((c) => c.type === "MENTORING" && c.status === "VERIFIED" && c.minutes === 45 && isoDay(c.startDate) === daysAgo(3))).toBe(true);
    expect(await mentoringMinutes(t.ect.staff!.id)).toBe(ectBefore + 45);
    expect(await mentoringMinutes(t.mentor.staff!.id)).toBe(mentorBefore + 45);
  });

  it("notes left empty are none", async () => {
    const id = await logged({ notes: undefined, "areas[]": ["ASSESSMENT"] });
    expect(await db().mentorMeeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ notes: null, areas: ["ASSESSMENT"] });
  });

  it("nobody but the mentor logs one: the tutor, the head, the ECT, a colleague, governors, trustees, another ECT's mentor, another trust get not found", async () => {
    for (const viewer of [t.tutor, t.v.head, t.ect, t.colleague, t.v.governor, t.v.trustee, t.v.admin, t.otherMentor, t.otherHead, t.foreign]) {
      await refusedMeeting(() => runForm(logMeeting, viewer, fields()), notFoundResult);
    }
    await refusedMeeting(() => runForm(logMeeting, t.mentor, fields({ inductionId: t.otherInductionId })), notFoundResult);
  });

  it("bad input is refused next to its field and writes nothing", async () => {
    const cases: [Record<string, string | string[] | undefined>, string][] = [
      [{ heldOn: daysAgo(-1) }, "heldOn"],
      [{ heldOn: "2025-08-29" }, "heldOn"],
      [{ heldOn: "2026-02-30" }, "heldOn"],
      [{ heldOn: "" }, "heldOn"],
      [{ minutes: "0" }, "minutes"],
      [{ minutes: "241" }, "minutes"],
      [{ minutes: "1.5" }, "minutes"],
      [{ minutes: "abc" }, "minutes"],
      [{ "areas[]": undefined }, "areas[]"],
      [{ "areas[]": ["TEACHING_STANDARDS"] }, "areas[]"],
      [{ nextStep: "  " }, "nextStep"],
      [{ notes: "x".repeat(4001) }, "notes"],
    ];
    for (const [over, field] of cases) await refusedMeeting(() => runForm(logMeeting, t.mentor, fields(over)), invalid(field));
  });
});

describe("correcting and deleting a meeting", () => {
  it("the mentor corrects it: the CPD records follow, still one each; the same form again changes nothing", async () => {
    const id = await logged();
    const edit = { meetingId: id, heldOn: daysAgo(5), minutes: "60", "areas[]": ["ADAPTIVE_TEACHING"], notes: "", nextStep: "Prepare a scaffolded sheet." };
    await expectOneAudit(() => runForm(editMeeting, t.mentor, edit), "mentor-meeting.edit");
    expect(await db().mentorMeeting.findUniqueOrThrow({ where: { id } })).toMatchObject({ minutes: 60, areas: ["ADAPTIVE_TEACHING"], notes: null });
    const cpd = await cpdOf(id);
    expect(cpd).toHaveLength(2);
    expect(cpd.every((c) => c.minutes === 60 && isoDay(c.startDate) === daysAgo(5) && c.title.endsWith("Adaptive teaching"))).toBe(true);
    const again = await runForm(editMeeting, t.mentor, edit);
    expect(again).toMatchObject({ ok: true });
    expect(await cpdOf(id)).toEqual(cpd);
  });

  it("only its mentor corrects or deletes it; bad input writes nothing", async () => {
    const id = await logged();
    const edit = { meetingId: id, heldOn: daysAgo(4), minutes: "30", "areas[]": ["ASSESSMENT"], nextStep: "Hinge question." };
    for (const viewer of [t.tutor, t.v.head, t.ect, t.colleague, t.v.governor, t.v.trustee, t.v.admin, t.otherMentor, t.foreign]) {
      await refusedMeeting(() => runForm(editMeeting, viewer, edit), notFoundResult);
      await refusedMeeting(() => runForm(deleteMeeting, viewer, { meetingId: id }), notFoundResult);
    }
    await refusedMeeting(() => runForm(editMeeting, t.mentor, { ...edit, heldOn: daysAgo(-2) }), invalid("heldOn"));
    await refusedMeeting(() => runForm(editMeeting, t.mentor, { ...edit, heldOn: "2025-06-01" }), invalid("heldOn"));
    await refusedMeeting(() => runForm(editMeeting, t.mentor, { ...edit, "areas[]": undefined }), invalid("areas[]"));
    await refusedMeeting(() => runForm(deleteMeeting, t.mentor, { meetingId: "not-an-id" }), invalid("meetingId"));
  });

  it("deleting removes the meeting and both CPD records", async () => {
    const id = await logged({ minutes: "30" });
    const before = await mentoringMinutes(t.ect.staff!.id);
    await expectOneAudit(() => runForm(deleteMeeting, t.mentor, { meetingId: id }), "mentor-meeting.delete");
    expect(await db().mentorMeeting.count({ where: { id } })).toBe(0);
    expect(await cpdOf(id)).toEqual([]);
    expect(await mentoringMinutes(t.ect.staff!.id)).toBe(before - 30);
  });

  it("a second CPD record for the same person and meeting is refused by the database", async () => {
    const id = await logged();
    const [row] = await cpdOf(id);
    await expect(db().cpdActivity.create({ data: { ...row!, id: randomUUID() } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("when the mentor changes, the new mentor logs meetings and the old one no longer changes theirs", async () => {
    const id = await logged();
    const people = { inductionId: t.inductionId, mentorId: t.colleague.staff!.id, inductionTutorId: t.tutor.staff!.id, appropriateBody: "Northbridge Teaching School Hub" };
    expect(await runForm(updateInduction, t.v.head, people)).toMatchObject({ ok: true });
    await refusedMeeting(() => runForm(deleteMeeting, t.mentor, { meetingId: id }), notFoundResult);
    await refusedMeeting(() => runForm(deleteMeeting, t.colleague, { meetingId: id }), notFoundResult);
    await refusedMeeting(() => runForm(logMeeting, t.mentor, fields()), notFoundResult);
    await expectOneAudit(() => runForm(logMeeting, t.colleague, fields()), "mentor-meeting.log");
    expect(await runForm(updateInduction, t.v.head, { ...people, mentorId: t.mentor.staff!.id })).toMatchObject({ ok: true });
  });
});
