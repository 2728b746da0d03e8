// Issue 18 §4, privacy: an ECT's mentor meetings are read by the ECT (notes included: they are about
// them), their mentor and induction tutor, the school's head and senior leaders and the trust admin;
// a teacher of the same school, a governor, a trustee, another ECT's mentor, another school's head and
// another trust get not found (every demo role is one of these). Only the mentor reaches the log form
// and the correction page (/inductions/[id]/meetings/new and /inductions/[id]/meetings/[meetingId]).
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { mentorMeetingVisibleTo } from "@/lib/inductions/mentor-meetings/access";
import { logMeeting } from "@/lib/inductions/mentor-meetings/commands";
import { inductionMeetings, meetingForm, meetingToChange } from "@/lib/inductions/mentor-meetings/queries";
import { inductionDetail, schoolInductions } from "@/lib/inductions/queries";
import { runForm } from "../support/form";
import { notFound } from "../support/writes";
import { mentoringTrust } from "./mentor-meetings-fixture";

let t: Awaited<ReturnType<typeof mentoringTrust>>;
let meetingId: string;
beforeAll(async () => {
  t = await mentoringTrust();
  const result = await runForm(logMeeting, t.mentor, {
    inductionId: t.inductionId, heldOn: isoDay(londonToday()), minutes: "40", "areas[]": ["ASSESSMENT"], notes: "Private to the induction: feedback on marking.", nextStep: "Whole-class feedback on the essays.",
  });
  meetingId = (result as { data: { id: string } }).data.id;
});

/** The log as the induction page shows it to this viewer (beside inductionDetail, which 404s alike). */
async function logAs(viewer: Viewer) {
  await inductionDetail(viewer, t.inductionId);
  return inductionMeetings(viewer, t.inductionId);
}

describe("who reads the log", () => {
  it("the ECT, mentor, tutor, head, senior leader and trust admin read it, notes and next step included", async () => {
    for (const viewer of [t.ect, t.mentor, t.tutor, t.v.head, t.v.seniorLeader, t.v.admin]) {
      const log = await logAs(viewer);
      expect(log.meetings.map((m) => [m.id, m.notes, m.nextStep])).toEqual([[meetingId, "Private to the induction: feedback on marking.", "Whole-class feedback on the essays."]]);
      expect(log.coverage.find((c) => c.area === "ASSESSMENT")?.meetings).toBe(1);
      expect(log.lapse).toBeNull();
    }
  });

  it("a teacher of the same school, a governor, a trustee, another ECT's mentor, another school's head and another trust get not found, and no rows", async () => {
    for (const viewer of [t.colleague, t.v.governor, t.v.trustee, t.v.multiRole, t.otherMentor, t.otherHead, t.v.networkLeader, t.foreign]) {
      await expect(inductionDetail(viewer, t.inductionId)).rejects.toEqual(notFound);
      await expect(inductionMeetings(viewer, t.inductionId)).rejects.toEqual(notFound);
      await expect(meetingForm(viewer, t.inductionId)).rejects.toEqual(notFound);
      await expect(meetingToChange(viewer, t.inductionId, meetingId)).rejects.toEqual(notFound);
      expect(await db().mentorMeeting.findMany({ where: { id: meetingId, ...mentorMeetingVisibleTo(viewer) } })).toEqual([]);
    }
  });

  it("only the mentor may log (the form) and correct (the page); they see the links, the others read only", async () => {
    expect((await logAs(t.mentor)).mayLog).toBe(true);
    expect((await logAs(t.mentor)).meetings[0]?.mayChange).toBe(true);
    await expect(meetingForm(t.mentor, t.inductionId)).resolves.toMatchObject({ induction: { id: t.inductionId } });
    await expect(meetingToChange(t.mentor, t.inductionId, meetingId)).resolves.toMatchObject({ meeting: { id: meetingId } });
    for (const viewer of [t.ect, t.tutor, t.v.head, t.v.seniorLeader, t.v.admin]) {
      const log = await logAs(viewer);
      expect([log.mayLog, log.meetings[0]?.mayChange]).toEqual([false, false]);
      await expect(meetingForm(viewer, t.inductionId)).rejects.toEqual(notFound);
      await expect(meetingToChange(viewer, t.inductionId, meetingId)).rejects.toEqual(notFound);
    }
    // The meeting under another induction's id, or a malformed id: not found, for its mentor too.
    await expect(meetingToChange(t.mentor, t.otherInductionId, meetingId)).rejects.toEqual(notFound);
    await expect(meetingToChange(t.mentor, t.inductionId, "nope")).rejects.toEqual(notFound);
    await expect(meetingForm(t.mentor, t.otherInductionId)).rejects.toEqual(notFound);
  });

  it("the head's overview lists lapses, never of another school; the other induction (no meetings since 2025) has lapsed", async () => {
    const list = await schoolInductions(t.v.head, { school: t.school });
    expect(list.lapsed.map((r) => r.id)).toContain(t.otherInductionId);
    expect(list.lapsed.map((r) => r.id)).not.toContain(t.inductionId);
    await expect(schoolInductions(t.v.governor)).rejects.toEqual(notFound);
  });
});
