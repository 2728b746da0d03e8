// Meetings and registers: closing a held meeting's register logs verified CPD for attendees only,
// and editing the register later updates those records without ever duplicating them. Every test
// makes its own meeting and attendees, and checks every result it is given.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { cancelMeeting, saveMinutes, saveRegister, scheduleMeeting } from "@/lib/communities/meetings/commands";
import { getMeeting } from "@/lib/communities/meetings/queries";
import { utcToLondonLocal } from "@/lib/dates";
import { expectOneAudit, expectRefused } from "../support/writes";
import { nonMembers, notFound, notFoundResult, seedCommunityTrust } from "./communities-fixture";
import { rows } from "./communities-fixture-rows";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});
const make = rows(() => trust);
const leader = () => trust.viewer("networkLeader");

/** A meeting of the English community held yesterday (inserted directly: scheduling refuses the past), and three new members. */
async function heldMeeting() {
  const meetingId = await make.meeting(trust.english, -1);
  const people = [];
  for (let i = 0; i < 3; i++) {
    const id = await make.outsider(trust.english);
    await make.member(trust.english, id);
    people.push((await db().staffMember.findUniqueOrThrow({ where: { id }, select: { id: true, schoolId: true } })));
  }
  const [a, b, c] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
  const cpd = () => db().cpdActivity.findMany({ where: { meetingId }, orderBy: { staffMemberId: "asc" } });
  const register = async (present: string[], close: boolean) => saveRegister.run(await leader(), { meetingId, present, ...(close ? { close: "1" } : {}) });
  return { meetingId, people, a, b, c, cpd, register };
}

const future = (days: number) => utcToLondonLocal(new Date(Date.now() + days * 86_400_000));

describe("scheduling", () => {
  it("a leader schedules a meeting of their community", async () => {
    const input = { communityId: trust.english, title: "Phonics moderation", startsAt: future(7), durationMinutes: "60", location: "Room 4", onlineUrl: "", agenda: "" };
    await expectOneAudit(async () => scheduleMeeting.run(await leader(), input), "meeting.schedule");
  });

  it("bad input gives field errors and writes nothing", async () => {
    const base = { communityId: trust.english, title: "Valid", startsAt: future(3), durationMinutes: "60" };
    const cases: [Record<string, string>, string, string][] = [
      [{ startsAt: utcToLondonLocal(new Date(Date.now() - 15 * 86_400_000)) }, "startsAt", "A meeting can be recorded up to 14 days after it started: choose a later start."],
      [{ startsAt: "2026-02-30T25:00" }, "startsAt", "Enter a real date and time."],
      [{ durationMinutes: "-30" }, "durationMinutes", "The length must be more than 0 minutes."],
      [{ durationMinutes: "0" }, "durationMinutes", "The length must be more than 0 minutes."],
      [{ title: "   " }, "title", "Enter a title."],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl", "Enter a web address starting with https://"],
    ];
    for (const [change, field, message] of cases) {
      await expectRefused(async () => scheduleMeeting.run(await leader(), { ...base, ...change }), { ok: false, fieldErrors: { [field]: [message] } });
    }
  });

  it("a leader cannot schedule for another community", async () => {
    await expectRefused(async () => scheduleMeeting.run(await leader(), { communityId: trust.maths, title: "Sneaky", startsAt: future(3), durationMinutes: "60" }), notFoundResult);
  });
});

describe("the register", () => {
  it("a member cannot take the register, nor can a leader of another community", async () => {
    const { meetingId, people } = await heldMeeting();
    const input = { meetingId, present: people.map((p) => p.id), close: "1" };
    for (const key of ["teacher", "multiRole", "head"] as const) {
      await expectRefused(async () => saveRegister.run(await trust.viewer(key), input), notFoundResult);
    }
    await expect(getMeeting(await trust.viewer("teacher"), trust.english, meetingId)).resolves.toMatchObject({ register: [] });
  });

  it("saving without closing records attendance but logs no CPD", async () => {
    const { meetingId, a, cpd, register } = await heldMeeting();
    expect(await register([a.id], false)).toMatchObject({ ok: true, data: { closed: false } });
    expect(await db().attendance.count({ where: { meetingId, attended: true } })).toBe(1);
    expect(await cpd()).toHaveLength(0);
  });

  it("closing gives each attendee one verified network-meeting activity with the meeting's hours; absentees none", async () => {
    const { meetingId, people, a, b, c: absent, cpd, register } = await heldMeeting();
    const me = await leader();
    await db().meeting.update({ where: { id: meetingId }, data: { durationMinutes: 90 } });
    expect(await register([a.id, b.id], true)).toMatchObject({ ok: true, data: { closed: true, created: 2 } });
    const records = await cpd();
    expect(records).toHaveLength(2);
    for (const record of records) {
      const who = people.find((p) => p.id === record.staffMemberId)!;
      expect(record).toMatchObject({
        type: "NETWORK_MEETING", strand: "PROFESSIONAL_NETWORKS", status: "VERIFIED", minutes: 90,
        communityId: trust.english, meetingId, schoolId: who.schoolId, trustId: me.trustId, verifiedById: me.userId,
      });
    }
    expect(records.some((r) => r.staffMemberId === absent.id)).toBe(false);
    expect(await db().meeting.findUnique({ where: { id: meetingId } })).toMatchObject({ status: "HELD", registerClosedAt: expect.any(Date) });
    expect(await db().auditLog.count({ where: { action: "cpd.create", entityId: { in: records.map((r) => r.id) } } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "meeting.registerClose", entityId: meetingId } })).toBe(1);
  });

  it("closing it again, one after another or at the same time, never duplicates", async () => {
    const { a, b, cpd, register } = await heldMeeting();
    expect(await register([a.id, b.id], true)).toMatchObject({ ok: true, data: { closed: true, created: 2 } });
    const ids = (await cpd()).map((r) => r.id);
    expect(await register([a.id, b.id], true)).toMatchObject({ ok: true, data: { closed: true, created: 0 } });
    const together = await Promise.all([1, 2].map(() => register([a.id, b.id], true)));
    for (const result of together) expect(result).toMatchObject({ ok: true, data: { closed: true, created: 0 } });
    expect((await cpd()).map((r) => r.id)).toEqual(ids);
  });

  it("editing the register updates the records: the newly absent lose theirs, the newly present gain one", async () => {
    const { a, b, c, cpd, register } = await heldMeeting();
    expect(await register([a.id, b.id], true)).toMatchObject({ ok: true, data: { created: 2 } });
    const before = await cpd();
    expect(await register([a.id, c.id], false)).toMatchObject({ ok: true, data: { closed: true, created: 1, updated: 1, deleted: 1 } });
    const after = await cpd();
    expect(after.map((r) => r.staffMemberId).sort()).toEqual([a.id, c.id].sort());
    expect(after.find((r) => r.staffMemberId === a.id)!.id).toBe(before.find((r) => r.staffMemberId === a.id)!.id);
    const gone = before.find((r) => r.staffMemberId === b.id)!;
    expect(after.some((r) => r.staffMemberId === b.id)).toBe(false);
    expect(await db().auditLog.count({ where: { action: "cpd.delete", entityId: gone.id } })).toBe(1);
  });

  it("saving a page of a long register (shown) changes only that page's people; closing logs CPD for every page's attendees", async () => {
    const { meetingId, a, b, c, cpd } = await heldMeeting();
    const page = async (shown: string[], present: string[], close: boolean) => saveRegister.run(await leader(), { meetingId, shown, present, ...(close ? { close: "1" } : {}) });
    const attended = async () => (await db().attendance.findMany({ where: { meetingId, attended: true }, select: { staffMemberId: true } })).map((r) => r.staffMemberId).sort();
    expect(await page([a.id, b.id], [a.id, b.id], false)).toMatchObject({ ok: true, data: { closed: false } });
    expect(await page([c.id], [c.id], false)).toMatchObject({ ok: true });
    expect(await attended()).toEqual([a.id, b.id, c.id].sort());
    // Unticking b on the first page leaves c (another page) present.
    expect(await page([a.id, b.id], [a.id], true)).toMatchObject({ ok: true, data: { closed: true, created: 2 } });
    expect(await attended()).toEqual([a.id, c.id].sort());
    expect((await cpd()).map((r) => r.staffMemberId).sort()).toEqual([a.id, c.id].sort());
    // Everyone not ticked on any page is recorded absent, as with the whole register.
    expect(await db().attendance.count({ where: { meetingId, attended: false, staffMemberId: b.id } })).toBe(1);
    const [stranger] = await nonMembers(trust.english, 1);
    await expectRefused(() => page([stranger!.id], [], false), { ok: false, fieldErrors: { present: [expect.any(String)] } });
  });

  it("marking someone present who is not on the register is a field error and changes nothing", async () => {
    const { register } = await heldMeeting();
    const [stranger] = await nonMembers(trust.english, 1);
    await expectRefused(() => register([stranger!.id], true), { ok: false, fieldErrors: { present: [expect.any(String)] } });
  });

  it("a future meeting's register cannot be closed; a held one (register closed) cannot be cancelled; a future one can", async () => {
    const { meetingId, a, register } = await heldMeeting();
    expect(await register([a.id], true)).toMatchObject({ ok: true, data: { closed: true } });
    const later = await make.meeting(trust.english, 9);
    await expectRefused(async () => saveRegister.run(await leader(), { meetingId: later, present: [], close: "1" }), { ok: false, message: expect.stringContaining("day of the meeting") });
    await expectRefused(async () => cancelMeeting.run(await leader(), { meetingId }), { ok: false });
    await expectOneAudit(async () => cancelMeeting.run(await leader(), { meetingId: later }), "meeting.cancel");
  });

  it("minutes: the leader writes them; empty minutes are a field error; a member cannot", async () => {
    const { meetingId } = await heldMeeting();
    await expectRefused(async () => saveMinutes.run(await leader(), { meetingId, minutes: "  " }), { ok: false, fieldErrors: { minutes: ["Write the minutes."] } });
    await expectOneAudit(async () => saveMinutes.run(await leader(), { meetingId, minutes: "Agreed a shared fluency assessment." }), "meeting.minutes");
    await expectRefused(async () => saveMinutes.run(await trust.viewer("teacher"), { meetingId, minutes: "Hijack" }), notFoundResult);
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meetingId } })).minutes).toBe("Agreed a shared fluency assessment.");
  });

  it("the leader's page shows the register; a governor gets not found", async () => {
    const { meetingId, a, b, register } = await heldMeeting();
    expect(await register([a.id, b.id], true)).toMatchObject({ ok: true });
    const page = await getMeeting(await leader(), trust.english, meetingId);
    expect(page.attendedCount).toBe(2);
    await expect(getMeeting(await trust.viewer("governor"), trust.english, meetingId)).rejects.toEqual(notFound);
  });
});
