// The demo seed's CPD programme: about 40 courses over the year around today, never overbooked; past
// ones with registers whose attendees hold exactly one verified CPD record per session, ratings and
// six-week answers; future ones with bookings, approvals waiting and a waiting list; the demo accounts'
// pages have something of their own.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { courseImpact } from "@/lib/programme/impact/queries";
import { myProgramme, programme } from "@/lib/programme/queries";
import { approvals } from "@/lib/programme/register/queries";
import { seedProgramme } from "@/prisma/seed/programme";
import { seedProgrammeTrust } from "./programme-fixture";

describe("the demo seed's programme", () => {
  it("makes a lived-in year of courses, bookings, registers and follow-ups", async () => {
    const t = await seedProgrammeTrust();
    await seedProgramme(db(), t.built, new Date());
    const courses = await db().course.findMany({ include: { sessions: true, _count: { select: { bookings: { where: { status: { in: ["BOOKED", "PENDING", "OFFERED"] } } } } } } });
    expect(courses.length).toBeGreaterThanOrEqual(35);
    expect(courses.length).toBeLessThanOrEqual(45);
    for (const c of courses) expect(c._count.bookings, c.title).toBeLessThanOrEqual(c.places);
    expect(new Set(courses.map((c) => c.kind))).toEqual(new Set(["COURSE", "CONFERENCE", "SCHOOL_VISIT"]));
    expect(await db().courseBooking.count({ where: { status: "WAITING" } })).toBeGreaterThan(0);

    // Every attended session is one verified CPD record of the right type; no-shows have none.
    const attended = await db().sessionAttendance.findMany({ where: { attended: true }, include: { session: { include: { course: true } } } });
    expect(attended.length).toBeGreaterThan(50);
    const cpd = await db().cpdActivity.findMany({ where: { courseSessionId: { not: null } } });
    expect(cpd).toHaveLength(attended.length);
    const byKey = new Map(cpd.map((a) => [`${a.courseSessionId}:${a.staffMemberId}`, a]));
    for (const a of attended) expect(byKey.get(`${a.sessionId}:${a.staffMemberId}`)).toMatchObject({ status: "VERIFIED", type: a.session.course.kind, minutes: a.session.durationMinutes });
    expect(await db().sessionAttendance.count({ where: { attended: false } })).toBeGreaterThan(0);
    expect(await db().courseFeedback.count()).toBeGreaterThan(10);
    expect(await db().impactFollowUp.count({ where: { answeredAt: { not: null } } })).toBeGreaterThan(5);

    // The demo accounts' own pages.
    const teacher = await myProgramme(t.v.teacher);
    expect(teacher.bookings.length + teacher.followUps.length).toBeGreaterThan(0);
    expect((await programme(t.v.teacher, {})).courses.length).toBeGreaterThan(10);
    expect((await approvals(t.v.head)).pending.length).toBeGreaterThan(0);
    const headSchool = t.v.head.roles.find((r) => r.role === "HEADTEACHER")?.schoolId;
    const past = courses.find((c) => c.ownerSchoolId === headSchool && c.sessions.length > 0 && c.sessions.every((s) => s.startsAt.getTime() < Date.now() - 50 * 86_400_000));
    // A course of the head's own school, over more than six weeks ago: its impact report has answers to show.
    expect(past?.ownerSchoolId).toBe(headSchool);
    expect((await courseImpact(t.v.head, past!.id)).attendance.attended).toBeGreaterThan(0);
    expect(courses.some((c) => c.communityId === t.leaderCommunity)).toBe(true);
  });
});
