// The CPD programme after the event (issue 19 §1–2): the organiser's register writes one verified CPD
// activity per attendee and session (corrections update or remove it, never duplicate it), no-shows reach
// the head, ratings and the six-week follow-up (asked by its job, with the time passed in), the impact
// reports with and without names, logged activities over three hours followed up by the sweep, the
// calendar feed, and every page's access by role.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { book } from "@/lib/programme/booking/commands";
import { makeFeed, revokeFeed } from "@/lib/programme/calendar/commands";
import { feedEvents, myFeed } from "@/lib/programme/calendar/queries";
import { courseDetail, courseForEdit } from "@/lib/programme/course/queries";
import { answerFollowUp, rateCourse } from "@/lib/programme/impact/commands";
import { courseImpact, followUpOf, trustImpact } from "@/lib/programme/impact/queries";
import { askFollowUp, programmeSweep } from "@/lib/programme/mutations";
import { courseFormOptions, programme } from "@/lib/programme/queries";
import { saveRegister } from "@/lib/programme/register/commands";
import { approvals, sessionRegister } from "@/lib/programme/register/queries";
import { runForm } from "../support/form";
import { londonDayFromToday } from "../support/days";
import { happened, publishedCourse, seedProgrammeTrust, staffViewer } from "./programme-fixture";

process.env.NOTIFY_QUIET_HOURS = "off";
let t: Awaited<ReturnType<typeof seedProgrammeTrust>>;
let courseId: string;
let sessionId: string;
let people: Viewer[];
const DAY = 86_400_000;
const is404 = { digest: expect.stringContaining("404") };
const cpdOf = (sessionId: string) => db().cpdActivity.findMany({ where: { courseSessionId: sessionId }, orderBy: { staffMemberId: "asc" } });

beforeAll(async () => {
  t = await seedProgrammeTrust();
  courseId = await publishedCourse(t.v.head, `school:${t.headSchool}`, { strand: "LEADERSHIP_DEVELOPMENT" }, [{ startsAt: new Date(Date.now() + 7 * DAY).toISOString().slice(0, 16), durationMinutes: 150, venue: "Main hall" }]);
  people = [t.v.teacher, ...t.built.staff.filter((s) => s.schoolId === t.headSchool && s.userId && !s.leaveDate && s.id !== t.v.teacher.staff!.id && s.id !== t.v.head.staff?.id).slice(0, 3).map(staffViewer)];
  for (const p of people) expect(await runForm(book, p, { courseId })).toMatchObject({ ok: true });
  await happened(courseId, 2);
  sessionId = (await db().courseSession.findFirstOrThrow({ where: { courseId } })).id;
});

describe("the register", () => {
  it("writes one verified COURSE activity of the course's strand and hours for each attendee, exactly once", async () => {
    const present = people.slice(0, 3).map((p) => p.staff!.id);
    expect(await runForm(saveRegister, t.v.head, { sessionId, present })).toMatchObject({ ok: true, message: "Register saved: 3 present, 1 absent." });
    expect(await runForm(saveRegister, t.v.head, { sessionId, present })).toMatchObject({ ok: true });
    const rows = await cpdOf(sessionId);
    expect(rows.map((r) => r.staffMemberId).sort()).toEqual([...present].sort());
    for (const r of rows) expect(r).toMatchObject({ type: "COURSE", strand: "LEADERSHIP_DEVELOPMENT", minutes: 150, status: "VERIFIED", verifiedById: t.v.head.userId });
  });

  it("updates on correction: a person marked absent loses theirs, one marked present gains one", async () => {
    const present = [people[0]!, people[1]!, people[3]!].map((p) => p.staff!.id);
    expect(await runForm(saveRegister, t.v.head, { sessionId, present })).toMatchObject({ ok: true });
    const rows = await cpdOf(sessionId);
    expect(rows.map((r) => r.staffMemberId).sort()).toEqual([...present].sort());
    expect(await db().cpdActivity.count({ where: { courseSessionId: sessionId, staffMemberId: people[2]!.staff!.id } })).toBe(0);
  });

  it("refuses someone not booked, and anyone but the organiser", async () => {
    const stranger = t.built.staff.find((s) => !people.some((p) => p.staff!.id === s.id) && !s.leaveDate)!;
    const before = await cpdOf(sessionId);
    expect(await runForm(saveRegister, t.v.head, { sessionId, present: [stranger.id] })).toMatchObject({ ok: false, fieldErrors: { present: ["Only people booked on this session can be marked present."] } });
    expect(await cpdOf(sessionId)).toEqual(before);
    for (const v of [t.v.teacher, t.v.networkLeader, t.v.seniorLeader, t.v.governor, t.v.trustee]) {
      expect(await runForm(saveRegister, v, { sessionId, present: [] }), v.email).toMatchObject({ ok: false, message: "That record was not found." });
    }
    expect(await runForm(saveRegister, t.v.admin, { sessionId, present: [people[0]!.staff!.id, people[1]!.staff!.id, people[3]!.staff!.id] })).toMatchObject({ ok: true });
  });

  it("shows no-shows to the organiser and to the attendee's head", async () => {
    const absent = people[2]!.name;
    expect((await sessionRegister(t.v.head, courseId, sessionId)).noShows).toEqual([absent]);
    expect((await approvals(t.v.head)).noShows.map((n) => n.name)).toContain(absent);
    await expect(approvals(t.v.teacher)).rejects.toMatchObject(is404);
    await expect(sessionRegister(t.v.teacher, courseId, sessionId)).rejects.toMatchObject(is404);
  });
});

describe("ratings and the six-week follow-up", () => {
  it("takes a rating only from someone who attended", async () => {
    expect(await runForm(rateCourse, people[2]!, { courseId, rating: 5, willTry: "Cold calling" })).toMatchObject({ ok: false, fieldErrors: { rating: [expect.any(String)] } });
    expect(await runForm(rateCourse, people[0]!, { courseId, rating: 6, willTry: "" })).toMatchObject({ ok: false, fieldErrors: { rating: [expect.any(String)], willTry: [expect.any(String)] } });
    expect(await runForm(rateCourse, people[0]!, { courseId, rating: 4, willTry: "Mini whiteboards in every lesson" })).toMatchObject({ ok: true });
    expect(await db().courseFeedback.count({ where: { courseId } })).toBe(1);
  });

  it("asks six weeks after the course, by its job with the time passed in, and takes the attendee's answer", async () => {
    const f = await db().impactFollowUp.findFirstOrThrow({ where: { courseId, staffMemberId: people[0]!.staff!.id } });
    const last = (await db().courseSession.findFirstOrThrow({ where: { id: sessionId } })).startsAt;
    expect(f.dueAt.getTime()).toBe(last.getTime() + 42 * DAY);
    const job = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'programme.follow-up' AND data->>'followUpId' = $1`, f.id);
    expect(Number(job[0]!.n)).toBe(1);
    expect(await runForm(answerFollowUp, people[0]!, { followUpId: f.id, changedPractice: "yes", practice: "Too soon" })).toMatchObject({ ok: false });
    expect(await askFollowUp(t.built.trust.id, f.id, new Date(f.dueAt.getTime() - DAY))).toEqual({ asked: false });
    expect(await askFollowUp(t.built.trust.id, f.id, new Date(f.dueAt.getTime() + 1000))).toEqual({ asked: true });
    expect(await askFollowUp(t.built.trust.id, f.id, new Date(f.dueAt.getTime() + 2000))).toEqual({ asked: false });
    expect(await db().notification.count({ where: { userId: people[0]!.userId, kind: "programme.follow-up" } })).toBe(1);
    expect(await runForm(answerFollowUp, people[0]!, { followUpId: f.id, practice: "" })).toMatchObject({ ok: false, fieldErrors: { changedPractice: [expect.any(String)], practice: [expect.any(String)] } });
    expect(await runForm(answerFollowUp, people[1]!, { followUpId: f.id, changedPractice: "yes", practice: "Not mine" })).toMatchObject({ ok: false, message: "That record was not found." });
    expect(await runForm(answerFollowUp, people[0]!, { followUpId: f.id, changedPractice: "yes", practice: "Every lesson starts with a retrieval quiz.", pupils: "More hands up in Year 8." })).toMatchObject({ ok: true });
  });

  it("refuses an answer for a course the person did not attend", async () => {
    const f = await db().impactFollowUp.findFirstOrThrow({ where: { courseId, staffMemberId: people[1]!.staff!.id } });
    await askFollowUp(t.built.trust.id, f.id, new Date(f.dueAt.getTime() + 1000));
    await runForm(saveRegister, t.v.head, { sessionId, present: [people[0]!.staff!.id, people[3]!.staff!.id] });
    expect(await runForm(answerFollowUp, people[1]!, { followUpId: f.id, changedPractice: "no", practice: "I was not there" })).toMatchObject({ ok: false, fieldErrors: { practice: [expect.any(String)] } });
    expect((await db().impactFollowUp.findUniqueOrThrow({ where: { id: f.id } })).answeredAt).toBeNull();
  });

  it("follows up a logged activity of more than three hours six weeks after it ended, once", async () => {
    const staff = people[3]!.staff!;
    const ended = londonDayFromToday(-42);
    const long = await db().cpdActivity.create({ data: { trustId: t.built.trust.id, schoolId: staff.schoolId, staffMemberId: staff.id, title: "Reading research day", type: "RESEARCH_READING", strand: "PROFESSIONAL_LEARNING", startDate: ended, endDate: ended, minutes: 240, status: "SUBMITTED" } });
    const short = await db().cpdActivity.create({ data: { trustId: t.built.trust.id, schoolId: staff.schoolId, staffMemberId: staff.id, title: "Short webinar", type: "SELF_STUDY", strand: "PROFESSIONAL_LEARNING", startDate: ended, endDate: ended, minutes: 180, status: "SUBMITTED" } });
    const now = new Date(Date.now() + DAY);
    await programmeSweep(now);
    await programmeSweep(now);
    expect(await db().impactFollowUp.count({ where: { activityId: long.id, askedAt: { not: null } } })).toBe(1);
    expect(await db().impactFollowUp.count({ where: { activityId: short.id } })).toBe(0);
  });
});

describe("impact reports", () => {
  it("gives the organiser attendance, ratings and answers quoted without names; the trust admin with names", async () => {
    const r = await courseImpact(t.v.head, courseId);
    expect(r.attendance).toEqual({ booked: 4, attended: 2, noShows: 2 });
    expect(r.ratings).toMatchObject({ n: 1, mean: 4 });
    expect(r.followUps).toMatchObject({ answered: 1, changed: 1, share: 100, few: true });
    expect(r.answers).toEqual([{ changed: true, practice: "Every lesson starts with a retrieval quiz.", pupils: "More hands up in Year 8.", name: null }]);
    expect(r.bySchool.reduce((n, s) => n + s.n, 0)).toBe(2);
    const admin = await courseImpact(t.v.admin, courseId);
    expect(admin.answers[0]!.name).toBe(people[0]!.name);
    for (const v of [t.v.teacher, t.v.seniorLeader, t.v.networkLeader, t.v.governor, t.v.trustee]) await expect(courseImpact(v, courseId)).rejects.toMatchObject(is404);
  });

  it("gives the trust admin impact by strand and provider with the number of answers, and nobody else", async () => {
    const r = await trustImpact(t.v.admin);
    expect(r.strands.find((s) => s.label === "LEADERSHIP_DEVELOPMENT")).toMatchObject({ courses: 1, ratingN: 1, rating: 4, answered: 1, changedShare: 100, few: true });
    expect(r.providers.find((p) => p.label === "North Teaching School Hub")).toMatchObject({ answered: 1 });
    for (const v of [t.v.head, t.v.teacher, t.v.trustee, t.v.governor]) await expect(trustImpact(v)).rejects.toMatchObject(is404);
  });
});

describe("the calendar feed", () => {
  it("is one private, revocable URL with the person's booked sessions and community meetings", async () => {
    const future = await publishedCourse(t.v.admin, "trust", { title: "Behaviour culture" });
    await runForm(book, t.v.teacher, { courseId: future });
    expect(await runForm(makeFeed, t.v.teacher, {})).toMatchObject({ ok: true });
    const { token } = (await myFeed(t.v.teacher))!;
    const events = await feedEvents(token);
    expect(events!.map((e) => e.title)).toContain("Behaviour culture");
    const meetings = await db().meeting.count({ where: { community: { memberships: { some: { staffMemberId: t.v.teacher.staff!.id } } }, startsAt: { gte: new Date(Date.now() - 90 * DAY) } } });
    expect(events!.filter((e) => e.uid.startsWith("meeting-"))).toHaveLength(meetings);
    expect(await runForm(makeFeed, t.v.teacher, {})).toMatchObject({ ok: true });
    expect(await feedEvents(token)).toBeNull();
    const renewed = (await myFeed(t.v.teacher))!.token;
    expect(await runForm(revokeFeed, t.v.teacher, {})).toMatchObject({ ok: true });
    expect(await feedEvents(renewed)).toBeNull();
    expect(await runForm(makeFeed, t.v.admin, {})).toMatchObject({ ok: false, message: "That record was not found." });
  });
});

describe("pages by role", () => {
  it("opens each new page to exactly the roles allowed, and answers 404 to the rest", async () => {
    const follow = await db().impactFollowUp.findFirstOrThrow({ where: { courseId, staffMemberId: t.v.teacher.staff!.id } });
    const staffish = ["teacher", "seniorLeader", "head", "networkLeader", "multiRole"] as const;
    const PAGES: [string, (v: Viewer) => Promise<unknown>, readonly string[]][] = [
      ["/programme", (v) => programme(v, {}), [...staffish, "admin"]],
      ["/programme/new", (v) => courseFormOptions(v), ["head", "networkLeader", "multiRole", "admin"]],
      ["/programme/[id]", (v) => courseDetail(v, courseId), [...staffish, "admin"]],
      ["/programme/[id]/edit", (v) => courseForEdit(v, courseId), ["head", "admin"]],
      ["/programme/[id]/impact", (v) => courseImpact(v, courseId), ["head", "admin"]],
      ["/programme/[id]/sessions/[sessionId]", (v) => sessionRegister(v, courseId, sessionId), ["head", "admin"]],
      ["/programme/approvals", (v) => approvals(v), ["head", "admin"]],
      ["/programme/impact", (v) => trustImpact(v), ["admin"]],
      ["/programme/calendar", (v) => myFeed(v), staffish],
      ["/programme/follow-ups/[id]", (v) => followUpOf(v, follow.id), ["teacher"]],
    ];
    const all = await t.viewers();
    for (const [page, read, allowed] of PAGES) {
      for (const [role, v] of Object.entries(all)) {
        if (allowed.includes(role)) await expect(read(v).then(() => "open"), `${page} · ${role}`).resolves.toBe("open");
        else await expect(read(v), `${page} · ${role}`).rejects.toMatchObject(is404);
      }
    }
  });

  it("opens the programme to staff and the trust admin, not to governors or trustees", async () => {
    for (const v of [t.v.teacher, t.v.head, t.v.seniorLeader, t.v.networkLeader, t.v.admin]) expect((await programme(v, {})).courses.length, v.email).toBeGreaterThan(0);
    for (const v of [t.v.governor, t.v.trustee]) await expect(programme(v, {})).rejects.toMatchObject(is404);
  });

  it("shows a course to those who may browse, its bookings only to its organiser, and nothing to another trust", async () => {
    const asTeacher = await courseDetail(t.v.teacher, courseId);
    expect(asTeacher.organise).toBe(false);
    expect(asTeacher.bookings).toEqual([]);
    expect((await courseDetail(t.v.head, courseId)).bookings).toHaveLength(4);
    for (const v of [t.v.governor, t.v.trustee, { ...t.v.admin, trustId: randomUUID() }]) await expect(courseDetail(v, courseId)).rejects.toMatchObject(is404);
    await expect(courseDetail(t.v.teacher, randomUUID())).rejects.toMatchObject(is404);
  });

  it("filters by strand and 'suitable for me'", async () => {
    const forHeads = await publishedCourse(t.v.admin, "trust", { title: "Aspiring heads", strand: "LEADERSHIP_DEVELOPMENT", careerStages: ["SENIOR_LEADER", "HEADTEACHER"] });
    const leadership = await programme(t.v.teacher, { strand: "LEADERSHIP_DEVELOPMENT" });
    expect(leadership.courses.map((c) => c.id)).toContain(forHeads);
    expect(leadership.courses.filter((c) => c.strand !== "LEADERSHIP_DEVELOPMENT")).toEqual([]);
    expect((await programme(t.v.teacher, { strand: "QUALITY_ASSURANCE" })).courses.map((c) => c.id)).not.toContain(forHeads);
    expect((await programme(t.v.teacher, { mine: "1" })).courses.map((c) => c.id)).not.toContain(forHeads);
    expect((await programme(t.v.teacher, {})).courses.map((c) => c.id)).toContain(forHeads);
    expect((await programme(t.v.teacher, { stage: "HEADTEACHER" })).courses.map((c) => c.id)).toContain(forHeads);
  });
});
