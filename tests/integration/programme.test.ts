// The CPD programme (issue 19 §1) through its commands: publishing (draft → published, never with a past
// session), booking with a head's approval, a full course's waiting list and the 48-hour offer as a test
// on the job itself (time passed in), conferences' one session per slot, and no overbooking when many
// book at once. Bad input is a field error that writes nothing; another trust's ids are not found.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { acceptOffer, book, cancelBooking, decideBooking } from "@/lib/programme/booking/commands";
import { addSession, createCourse, publishCourse } from "@/lib/programme/commands";
import { expireOffer } from "@/lib/programme/mutations";
import { runForm } from "../support/form";
import { bookingsOf, courseFields, happened, inHours, publishedCourse, seedProgrammeTrust, staffViewer } from "./programme-fixture";

process.env.NOTIFY_QUIET_HOURS = "off";
let t: Awaited<ReturnType<typeof seedProgrammeTrust>>;
const HOUR = 3_600_000;
const NOT_FOUND = { ok: false, message: "That record was not found." };
const staffAt = (schoolId: string) => t.built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate && s.email !== undefined);
const notes = (userId: string | null | undefined, kind: string) => db().notification.count({ where: { userId: userId ?? "", kind } });

beforeAll(async () => {
  t = await seedProgrammeTrust();
});

describe("publishing a course", () => {
  it("lets a head save their school's course as a draft, and refuses bad input with field errors, writing nothing", async () => {
    const before = await db().course.count();
    const blank = await runForm(createCourse, t.v.head, { owner: `school:${t.headSchool}`, title: " ", description: "", strand: "GARDENING", kind: "PARTY", places: 0 });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { title: [expect.any(String)], description: [expect.any(String)], strand: [expect.any(String)], kind: [expect.any(String)], places: [expect.any(String)] } });
    const noProvider = await runForm(createCourse, t.v.head, courseFields(`school:${t.headSchool}`, { providerName: "" }));
    expect(noProvider).toMatchObject({ ok: false, fieldErrors: { providerName: [expect.any(String)] } });
    const visit = await runForm(createCourse, t.v.head, courseFields(`school:${t.headSchool}`, { kind: "SCHOOL_VISIT" }));
    expect(visit).toMatchObject({ ok: false, fieldErrors: { providerSchoolId: ["A school visit needs its host school."] } });
    const late = await runForm(createCourse, t.v.head, courseFields(`school:${t.headSchool}`, { bookingDeadline: "2020-01-01" }));
    expect(late).toMatchObject({ ok: false, fieldErrors: { bookingDeadline: [expect.any(String)] } });
    expect(await db().course.count()).toBe(before);
    const ok = await runForm(createCourse, t.v.head, courseFields(`school:${t.headSchool}`, { careerStages: ["ECT", "EARLY_CAREER"], needsApproval: "on" }));
    expect(ok).toMatchObject({ ok: true });
    const row = await db().course.findUniqueOrThrow({ where: { id: (ok as { data: { id: string } }).data.id } });
    expect(row).toMatchObject({ status: "DRAFT", ownerSchoolId: t.headSchool, careerStages: ["ECT", "EARLY_CAREER"], needsApproval: true, places: 10 });
  });

  it("lets a network leader publish for their community and the trust admin for the trust; nobody for what is not theirs", async () => {
    expect(await runForm(createCourse, t.v.networkLeader, courseFields(`community:${t.leaderCommunity}`))).toMatchObject({ ok: true });
    expect(await runForm(createCourse, t.v.admin, courseFields("trust"))).toMatchObject({ ok: true });
    expect(await runForm(createCourse, t.v.networkLeader, courseFields(`school:${t.headSchool}`))).toMatchObject(NOT_FOUND);
    expect(await runForm(createCourse, t.v.head, courseFields("trust"))).toMatchObject(NOT_FOUND);
    expect(await runForm(createCourse, t.v.teacher, courseFields(`school:${t.headSchool}`))).toMatchObject(NOT_FOUND);
    expect(await runForm(createCourse, t.v.governor, courseFields(`school:${t.headSchool}`))).toMatchObject(NOT_FOUND);
    const other = t.built.schools.find((s) => s.id !== t.headSchool)!.id;
    expect(await runForm(createCourse, t.v.head, courseFields(`school:${other}`))).toMatchObject(NOT_FOUND);
  });

  it("never publishes without sessions, nor with a session in the past", async () => {
    const created = await runForm(createCourse, t.v.admin, courseFields("trust"));
    const courseId = (created as { data: { id: string } }).data.id;
    expect(await runForm(publishCourse, t.v.admin, { courseId })).toMatchObject({ ok: false, fieldErrors: { courseId: ["Add at least one session before publishing."] } });
    expect(await runForm(addSession, t.v.admin, { courseId, startsAt: inHours(-2), durationMinutes: 60, venue: "Hall" })).toMatchObject({ ok: false, fieldErrors: { startsAt: ["A session cannot start in the past."] } });
    expect(await runForm(addSession, t.v.admin, { courseId, startsAt: inHours(48), durationMinutes: 60 })).toMatchObject({ ok: false, fieldErrors: { venue: [expect.any(String)] } });
    expect(await runForm(addSession, t.v.admin, { courseId, startsAt: inHours(48), durationMinutes: 60, onlineUrl: "https://meet.example.org/x" })).toMatchObject({ ok: true });
    await happened(courseId);
    expect(await runForm(publishCourse, t.v.admin, { courseId })).toMatchObject({ ok: false, fieldErrors: { courseId: [expect.stringContaining("in the past")] } });
    expect((await db().course.findUniqueOrThrow({ where: { id: courseId } })).status).toBe("DRAFT");
  });
});

describe("booking", () => {
  it("books a course needing approval as awaiting the head, who approves; booking twice is refused", async () => {
    const courseId = await publishedCourse(t.v.head, `school:${t.headSchool}`, { needsApproval: "on" });
    const teacher = t.v.teacher;
    expect(await runForm(book, teacher, { courseId })).toMatchObject({ ok: true, message: "Booked, awaiting your head's approval." });
    expect(await notes(t.v.head.userId, "booking.awaiting-approval")).toBeGreaterThan(0);
    expect(await runForm(book, teacher, { courseId })).toMatchObject({ ok: false, fieldErrors: { courseId: ["You already have a booking on this course."] } });
    const [booking] = await bookingsOf(courseId);
    expect(booking).toMatchObject({ status: "PENDING", staffMemberId: teacher.staff!.id });
    // Another school's head cannot decide it: it is not theirs to see.
    const otherHeadId = t.built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId !== t.headSchool)!.userId;
    const otherHead = (await loadViewer(otherHeadId))!;
    expect(await runForm(decideBooking, otherHead, { bookingId: booking!.id, decision: "approve" })).toMatchObject(NOT_FOUND);
    expect(await runForm(decideBooking, t.v.head, { bookingId: booking!.id, decision: "decline" })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await runForm(decideBooking, t.v.head, { bookingId: booking!.id, decision: "approve" })).toMatchObject({ ok: true, message: "Booking approved." });
    expect((await bookingsOf(courseId))[0]).toMatchObject({ status: "BOOKED", decidedById: t.v.head.userId });
    expect(await notes(teacher.userId, "booking.approved")).toBe(1);
  });

  it("declines with a reason, which the booker is told", async () => {
    const courseId = await publishedCourse(t.v.head, `school:${t.headSchool}`, { needsApproval: "on" });
    const staff = staffViewer(staffAt(t.headSchool).find((s) => s.id !== t.v.teacher.staff!.id && s.id !== t.v.head.staff?.id)!);
    await runForm(book, staff, { courseId });
    const [booking] = await bookingsOf(courseId);
    expect(await runForm(decideBooking, t.v.head, { bookingId: booking!.id, decision: "decline", reason: "Cover is short that week." })).toMatchObject({ ok: true });
    expect((await bookingsOf(courseId))[0]).toMatchObject({ status: "DECLINED", reason: "Cover is short that week." });
  });

  it("refuses a booking after its deadline or once the course has started", async () => {
    const courseId = await publishedCourse(t.v.admin, "trust");
    await db().course.update({ where: { id: courseId }, data: { bookingDeadline: new Date(Date.now() - 3 * 86_400_000) } });
    expect(await runForm(book, t.v.teacher, { courseId })).toMatchObject({ ok: false, fieldErrors: { courseId: [expect.stringContaining("deadline")] } });
    await db().course.update({ where: { id: courseId }, data: { bookingDeadline: null } });
    await happened(courseId);
    expect(await runForm(book, t.v.teacher, { courseId })).toMatchObject({ ok: false, fieldErrors: { courseId: [expect.stringContaining("started")] } });
    expect(await bookingsOf(courseId)).toEqual([]);
  });

  it("answers not found for a draft, another trust's viewer and someone without a staff record", async () => {
    const created = await runForm(createCourse, t.v.admin, courseFields("trust"));
    const draft = (created as { data: { id: string } }).data.id;
    expect(await runForm(book, t.v.teacher, { courseId: draft })).toMatchObject(NOT_FOUND);
    const courseId = await publishedCourse(t.v.admin, "trust");
    expect(await runForm(book, { ...t.v.teacher, trustId: randomUUID() }, { courseId })).toMatchObject(NOT_FOUND);
    expect(await runForm(book, t.v.admin, { courseId })).toMatchObject(NOT_FOUND);
    expect(await runForm(book, t.v.governor, { courseId })).toMatchObject(NOT_FOUND);
  });
});

describe("a full course and its waiting list", () => {
  it("offers the waiting list, then a cancelled place to the first in line for 48 hours, passing it on when it lapses", async () => {
    const courseId = await publishedCourse(t.v.admin, "trust", { places: 1 });
    const [a, b, c] = staffAt(t.headSchool).filter((s) => s.userId).slice(0, 3).map(staffViewer);
    expect(await runForm(book, a!, { courseId })).toMatchObject({ ok: true, message: "Your place is booked." });
    expect(await runForm(book, b!, { courseId })).toMatchObject({ ok: false, fieldErrors: { waitlist: [expect.any(String)] } });
    expect(await runForm(book, b!, { courseId, waitlist: "on" })).toMatchObject({ ok: true, message: expect.stringContaining("waiting list") });
    expect(await runForm(book, c!, { courseId, waitlist: "on" })).toMatchObject({ ok: true });
    const [booked] = await bookingsOf(courseId);
    const cancelledAt = Date.now();
    expect(await runForm(cancelBooking, a!, { bookingId: booked!.id })).toMatchObject({ ok: true });
    const offered = (await bookingsOf(courseId)).find((x) => x.staffMemberId === b!.staff!.id)!;
    expect(offered.status).toBe("OFFERED");
    expect(Math.abs(offered.offerExpiresAt!.getTime() - (cancelledAt + 48 * HOUR))).toBeLessThan(60_000);
    expect(await notes(b!.userId, "booking.offered")).toBe(1);
    const jobs = await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'programme.offer-expire' AND data->>'bookingId' = $1 AND start_after >= $2`, offered.id, offered.offerExpiresAt);
    expect(Number(jobs[0]!.n)).toBe(1);

    // The job at the deadline: too early, nothing happens; after 48 hours the offer lapses and moves on.
    expect(await expireOffer(t.built.trust.id, offered.id, new Date(cancelledAt + 47 * HOUR))).toEqual({ expired: false });
    expect((await bookingsOf(courseId)).find((x) => x.id === offered.id)!.status).toBe("OFFERED");
    expect(await expireOffer(t.built.trust.id, offered.id, new Date(cancelledAt + 49 * HOUR))).toEqual({ expired: true, offered: 1 });
    const after = await bookingsOf(courseId);
    expect(after.find((x) => x.id === offered.id)!.status).toBe("CANCELLED");
    expect(after.find((x) => x.staffMemberId === c!.staff!.id)!.status).toBe("OFFERED");
    // Run twice (a retried job): nothing more changes.
    expect(await expireOffer(t.built.trust.id, offered.id, new Date(cancelledAt + 50 * HOUR))).toEqual({ expired: false });

    // The lapsed offer cannot be accepted; the live one can.
    expect(await runForm(acceptOffer, b!, { bookingId: offered.id })).toMatchObject({ ok: false, fieldErrors: { bookingId: [expect.any(String)] } });
    const live = after.find((x) => x.staffMemberId === c!.staff!.id)!;
    expect(await runForm(acceptOffer, c!, { bookingId: live.id })).toMatchObject({ ok: true, message: "Place accepted: you are booked." });
    expect((await bookingsOf(courseId)).filter((x) => x.status === "BOOKED").map((x) => x.staffMemberId)).toEqual([c!.staff!.id]);
  });

  it("never overbooks when many book at once: exactly the places are booked, the rest wait", async () => {
    const courseId = await publishedCourse(t.v.admin, "trust", { places: 12 });
    const people = t.built.staff.filter((s) => !s.leaveDate).slice(0, 40).map(staffViewer);
    expect(people).toHaveLength(40);
    const results = await Promise.all(people.map((p) => runForm(book, p, { courseId, waitlist: "on" })));
    expect(results.every((r) => r.ok)).toBe(true);
    const rows = await bookingsOf(courseId);
    expect(rows).toHaveLength(40);
    expect(rows.filter((r) => r.status === "BOOKED")).toHaveLength(12);
    expect(rows.filter((r) => r.status === "WAITING")).toHaveLength(28);
  });

  it("takes one booking when the same person books twice at once", async () => {
    const courseId = await publishedCourse(t.v.admin, "trust");
    const results = await Promise.all([runForm(book, t.v.teacher, { courseId }), runForm(book, t.v.teacher, { courseId })]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ fieldErrors: { courseId: ["You already have a booking on this course."] } });
    expect(await bookingsOf(courseId)).toHaveLength(1);
  });
});

describe("conferences", () => {
  it("books one session per slot, refusing two in a slot or a slot left out", async () => {
    const start = (h: number) => inHours(24 * 10 + h);
    const courseId = await publishedCourse(t.v.admin, "trust", { kind: "CONFERENCE" }, [
      { title: "Reading A", slot: 1, startsAt: start(0), durationMinutes: 60, venue: "Room 1" },
      { title: "Maths A", slot: 1, startsAt: start(0), durationMinutes: 60, venue: "Room 2" },
      { title: "Reading B", slot: 2, startsAt: start(1), durationMinutes: 60, venue: "Room 1" },
    ]);
    const sessions = await db().courseSession.findMany({ where: { courseId }, orderBy: [{ slot: "asc" }, { title: "desc" }] });
    const [readingA, mathsA, readingB] = [sessions.find((s) => s.title === "Reading A")!, sessions.find((s) => s.title === "Maths A")!, sessions.find((s) => s.title === "Reading B")!];
    expect(await runForm(book, t.v.teacher, { courseId, sessions: [readingA.id, mathsA.id, readingB.id] })).toMatchObject({ ok: false, fieldErrors: { sessions: [expect.stringContaining("one session in each slot")] } });
    expect(await runForm(book, t.v.teacher, { courseId, sessions: [readingA.id] })).toMatchObject({ ok: false, fieldErrors: { sessions: ["Choose one session in every slot."] } });
    expect(await bookingsOf(courseId)).toEqual([]);
    expect(await runForm(book, t.v.teacher, { courseId, sessions: [mathsA.id, readingB.id] })).toMatchObject({ ok: true });
    const [booking] = await bookingsOf(courseId);
    const chosen = await db().bookingSession.findMany({ where: { bookingId: booking!.id }, orderBy: { slot: "asc" } });
    expect(chosen.map((c) => c.sessionId)).toEqual([mathsA.id, readingB.id]);
  });
});
