// The demo seed's mentor meetings: a weekly log for every induction since it started (none in the
// long holidays, none ahead of today or after completion), each with its two verified MENTORING CPD
// records; at the demo school one ECT's meetings have lapsed, and the pages read them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { isoDay, londonToday } from "@/lib/dates";
import { inductionMeetings } from "@/lib/inductions/mentor-meetings/queries";
import { isHoliday } from "@/lib/inductions/mentor-meetings/rules";
import { schoolInductions } from "@/lib/inductions/queries";
import { createRng, DEMO_SEED } from "@/prisma/seed";
import { buildCpd, insertCpd } from "@/prisma/seed/cpd";
import { seedMentorMeetings } from "@/prisma/seed/mentor-meetings";
import { seedSmallTrust } from "../support/fixtures";

describe("the demo seed's mentor meetings", () => {
  it("logs weekly meetings for every induction since its start, with their CPD, and a lapse at the demo school", async () => {
    const trust = await seedSmallTrust();
    const today = new Date(`${isoDay(londonToday())}T00:00:00Z`);
    await insertCpd(db(), buildCpd(createRng(DEMO_SEED).fork("cpd"), trust.built, today));
    await seedMentorMeetings(db(), trust.built, today);

    const inductions = await db().earlyCareerInduction.findMany({ include: { mentorMeetings: { include: { cpdActivities: true } } } });
    expect(inductions.length).toBeGreaterThan(0);
    for (const i of inductions) {
      const end = i.completedOn ?? today;
      // Weekly since the start: at least one a fortnight of the weeks it has run, less the holidays' weeks.
      const weeks = Math.floor((end.getTime() - i.startDate.getTime()) / (7 * 86_400_000));
      expect(i.mentorMeetings.length, `induction ${i.id}`).toBeGreaterThanOrEqual(Math.floor(weeks / 2) - 2);
      for (const m of i.mentorMeetings) {
        expect(m.heldOn >= i.startDate && m.heldOn <= end && !isHoliday(m.heldOn)).toBe(true);
        expect(m.areas.length).toBeGreaterThan(0);
        expect(m.mentorId).toBe(i.mentorId);
        expect(m.cpdActivities.map((c) => c.staffMemberId).sort()).toEqual([i.staffMemberId, i.mentorId!].sort());
        expect(m.cpdActivities.every((c) => c.type === "MENTORING" && c.status === "VERIFIED" && c.minutes === m.minutes && c.startDate.getTime() === m.heldOn.getTime())).toBe(true);
      }
    }

    // The head sees one lapse at the demo school; the demo teacher's ECT's log is on their induction page.
    const v = await trust.viewers();
    const school = v.head.staff!.schoolId;
    const list = await schoolInductions(v.head, { school });
    expect(list.lapsed.length).toBeGreaterThanOrEqual(1);
    const mentored = inductions.find((i) => i.mentorId === v.teacher.staff!.id)!;
    const page = await inductionMeetings(v.teacher, mentored.id);
    expect(page.mayLog).toBe(true);
    expect(page.meetings.length).toBe(mentored.mentorMeetings.length);
    expect(page.coverage.reduce((n, c) => n + c.meetings, 0)).toBeGreaterThanOrEqual(page.meetings.length);
  });
});
