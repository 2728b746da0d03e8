// Issue 18 §4: the weekly sweep tells an ECT's mentor and induction tutor when mentor meetings have
// lapsed (none in 14 days of term), exactly once per lapse: a rerun and next week's sweep add nothing,
// a meeting ends the lapse, and only a later lapse tells them again. Time is passed in.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { logMeeting } from "@/lib/inductions/mentor-meetings/commands";
import { mentorLapses } from "@/lib/notifications/mentor-lapses/mutations";
import { routes } from "@/lib/routes";
import { runForm } from "../support/form";
import { mentoringTrust } from "./mentor-meetings-fixture";

process.env.NOTIFY_QUIET_HOURS = "off";
let t: Awaited<ReturnType<typeof mentoringTrust>>;
beforeAll(async () => {
  t = await mentoringTrust();
});

const at = (day: string) => new Date(`${day}T09:00:00Z`);
const told = () =>
  db().notification.findMany({ where: { kind: "mentor-meeting.lapsed", link: routes.induction(t.inductionId) }, orderBy: [{ createdAt: "asc" }, { userId: "asc" }], select: { userId: true, dedupeKey: true, title: true } });
const log = (heldOn: string) =>
  runForm(logMeeting, t.mentor, { inductionId: t.inductionId, heldOn, minutes: "45", "areas[]": ["HOW_PUPILS_LEARN"], nextStep: "Retrieval quiz to start each lesson." });

describe("the weekly lapse sweep", () => {
  it("tells the mentor and the tutor once per lapse, never the ECT or the head", async () => {
    expect(await log("2026-10-20")).toMatchObject({ ok: true });
    // 2 November: 13 days of term (half-term counts) since the meeting: no lapse yet.
    await mentorLapses(at("2026-11-02"));
    expect(await told()).toEqual([]);
    await mentorLapses(at("2026-11-16"));
    await mentorLapses(at("2026-11-16")); // a rerun
    await mentorLapses(at("2026-11-23")); // next week, the same lapse
    const first = await told();
    expect(first.map((n) => n.userId).sort()).toEqual([t.mentor.userId, t.tutor.userId].sort());
    expect(first.every((n) => n.dedupeKey === `mentor-meeting.lapsed:${t.inductionId}:2026-10-20`)).toBe(true);
    expect(first[0]!.title).toMatch(/^No mentor meeting with .+ in 14 days of term$/);

    // A meeting ends it; the next lapse (14 days of term after 18 November: 2 December) is told again, once.
    expect(await log("2026-11-18")).toMatchObject({ ok: true });
    await mentorLapses(at("2026-11-30"));
    expect(await told()).toHaveLength(2);
    await mentorLapses(at("2026-12-07"));
    await mentorLapses(at("2026-12-14"));
    const all = await told();
    expect(all).toHaveLength(4);
    expect(all.filter((n) => n.dedupeKey === `mentor-meeting.lapsed:${t.inductionId}:2026-11-18`).map((n) => n.userId).sort()).toEqual([t.mentor.userId, t.tutor.userId].sort());
    const others = await db().notification.count({ where: { kind: "mentor-meeting.lapsed", userId: { in: [t.ect.userId, t.v.head.userId, t.colleague.userId] } } });
    expect(others).toBe(0);
  });

  it("the other induction, with no meeting since it began, is told to its own mentor, and a completed induction is never told", async () => {
    const other = await db().notification.findMany({ where: { kind: "mentor-meeting.lapsed", link: routes.induction(t.otherInductionId) } });
    expect(other.map((n) => n.userId).sort()).toEqual([t.otherMentor.userId, t.tutor.userId].sort());
    await db().earlyCareerInduction.update({ where: { id: t.otherInductionId }, data: { completedOn: new Date("2026-12-01T00:00:00Z"), startDate: new Date("2024-09-02T00:00:00Z") } });
    await mentorLapses(at("2026-12-21"));
    expect(await db().notification.count({ where: { kind: "mentor-meeting.lapsed", link: routes.induction(t.otherInductionId) } })).toBe(2);
  });
});
