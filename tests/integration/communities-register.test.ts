// Meetings and registers: closing a held meeting's register logs verified CPD for attendees only,
// and editing the register later updates those records without ever duplicating them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember } from "@/lib/communities/commands";
import { cancelMeeting, saveMinutes, saveRegister, scheduleMeeting } from "@/lib/communities/meetings/commands";
import { getMeeting } from "@/lib/communities/meetings/queries";
import { nonMembers, notFound, notFoundResult, seedCommunityTrust } from "./communities-fixture";
import { utcToLondonLocal } from "@/lib/dates";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
let people: { id: string; schoolId: string }[];
let meetingId: string;

beforeAll(async () => {
  trust = await seedCommunityTrust();
  const leader = await trust.viewer("networkLeader");
  people = await nonMembers(trust.english, 3);
  for (const p of people) expect(await addMember.run(leader, { communityId: trust.english, staffMemberId: p.id })).toMatchObject({ ok: true });
  // Held yesterday: inserted directly, since scheduling refuses a time in the past.
  const meeting = await db().meeting.create({
    data: { trustId: leader.trustId, communityId: trust.english, title: "Reading fluency", startsAt: new Date(Date.now() - 86_400_000), durationMinutes: 90 },
  });
  meetingId = meeting.id;
});

const future = (days: number) => utcToLondonLocal(new Date(Date.now() + days * 86_400_000));
const cpdOf = () => db().cpdActivity.findMany({ where: { meetingId }, orderBy: { staffMemberId: "asc" } });

describe("scheduling", () => {
  it("a leader schedules a meeting of their community", async () => {
    const leader = await trust.viewer("networkLeader");
    const result = await scheduleMeeting.run(leader, { communityId: trust.english, title: "Phonics moderation", startsAt: future(7), durationMinutes: "60", location: "Room 4", onlineUrl: "", agenda: "" });
    expect(result).toMatchObject({ ok: true });
    const audit = await db().auditLog.count({ where: { action: "meeting.schedule" } });
    expect(audit).toBe(1);
  });

  it("bad input gives field errors and writes nothing", async () => {
    const leader = await trust.viewer("networkLeader");
    const before = await db().meeting.count();
    const base = { communityId: trust.english, title: "Valid", startsAt: future(3), durationMinutes: "60" };
    const cases: [Record<string, string>, string, string][] = [
      [{ startsAt: utcToLondonLocal(new Date(Date.now() - 3_600_000)) }, "startsAt", "The meeting must start in the future."],
      [{ startsAt: "2026-02-30T25:00" }, "startsAt", "Enter a real date and time."],
      [{ durationMinutes: "-30" }, "durationMinutes", "The length must be more than 0 minutes."],
      [{ durationMinutes: "0" }, "durationMinutes", "The length must be more than 0 minutes."],
      [{ title: "   " }, "title", "Enter a title."],
      [{ onlineUrl: "javascript:alert(1)" }, "onlineUrl", "Enter a web address starting with https://"],
    ];
    for (const [change, field, message] of cases) {
      const result = await scheduleMeeting.run(leader, { ...base, ...change });
      expect(result, field).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    }
    expect(await db().meeting.count()).toBe(before);
  });

  it("a leader cannot schedule for another community", async () => {
    const leader = await trust.viewer("networkLeader");
    const result = await scheduleMeeting.run(leader, { communityId: trust.maths, title: "Sneaky", startsAt: future(3), durationMinutes: "60" });
    expect(result).toEqual(notFoundResult);
  });
});

describe("the register", () => {
  it("a member cannot take the register, nor can a leader of another community", async () => {
    const input = { meetingId, present: people.map((p) => p.id), close: "1" };
    expect(await saveRegister.run(await trust.viewer("teacher"), input)).toEqual(notFoundResult);
    expect(await saveRegister.run(await trust.viewer("multiRole"), input)).toEqual(notFoundResult);
    expect(await saveRegister.run(await trust.viewer("head"), input)).toEqual(notFoundResult);
    expect(await db().attendance.count({ where: { meetingId } })).toBe(0);
    await expect(getMeeting(await trust.viewer("teacher"), trust.english, meetingId)).resolves.toMatchObject({ register: [] });
  });

  it("saving without closing records attendance but logs no CPD", async () => {
    const leader = await trust.viewer("networkLeader");
    expect(await saveRegister.run(leader, { meetingId, present: [people[0]!.id] })).toMatchObject({ ok: true, data: { closed: false } });
    expect(await db().attendance.count({ where: { meetingId, attended: true } })).toBe(1);
    expect(await cpdOf()).toHaveLength(0);
  });

  it("closing gives each attendee one verified network-meeting activity with the meeting's hours; absentees none", async () => {
    const leader = await trust.viewer("networkLeader");
    const [a, b, absent] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    const result = await saveRegister.run(leader, { meetingId, present: [a.id, b.id], close: "1" });
    expect(result).toMatchObject({ ok: true, data: { closed: true, created: 2 } });
    const cpd = await cpdOf();
    expect(cpd).toHaveLength(2);
    for (const record of cpd) {
      const who = people.find((p) => p.id === record.staffMemberId)!;
      expect(record).toMatchObject({
        type: "NETWORK_MEETING", strand: "PROFESSIONAL_NETWORKS", status: "VERIFIED", minutes: 90,
        communityId: trust.english, meetingId, schoolId: who.schoolId, trustId: leader.trustId, verifiedById: leader.userId,
      });
    }
    expect(cpd.some((r) => r.staffMemberId === absent.id)).toBe(false);
    expect(await db().meeting.findUnique({ where: { id: meetingId } })).toMatchObject({ status: "HELD", registerClosedAt: expect.any(Date) });
    expect(await db().auditLog.count({ where: { action: "cpd.create", entity: "CpdActivity" } })).toBe(2);
    expect(await db().auditLog.count({ where: { action: "meeting.registerClose", entityId: meetingId } })).toBe(1);
  });

  it("closing it again never duplicates", async () => {
    const leader = await trust.viewer("networkLeader");
    const ids = (await cpdOf()).map((r) => r.id);
    await saveRegister.run(leader, { meetingId, present: [people[0]!.id, people[1]!.id], close: "1" });
    await Promise.all([1, 2].map(() => saveRegister.run(leader, { meetingId, present: [people[0]!.id, people[1]!.id], close: "1" })));
    expect((await cpdOf()).map((r) => r.id)).toEqual(ids);
  });

  it("editing the register updates the records: the newly absent lose theirs, the newly present gain one", async () => {
    const leader = await trust.viewer("networkLeader");
    const [a, b, c] = people as [(typeof people)[number], (typeof people)[number], (typeof people)[number]];
    const before = await cpdOf();
    const result = await saveRegister.run(leader, { meetingId, present: [a.id, c.id] });
    expect(result).toMatchObject({ ok: true, data: { closed: true, created: 1, updated: 1, deleted: 1 } });
    const after = await cpdOf();
    expect(after.map((r) => r.staffMemberId).sort()).toEqual([a.id, c.id].sort());
    expect(after.find((r) => r.staffMemberId === a.id)!.id).toBe(before.find((r) => r.staffMemberId === a.id)!.id);
    expect(after.some((r) => r.staffMemberId === b.id)).toBe(false);
    expect(await db().auditLog.count({ where: { action: "cpd.delete" } })).toBe(1);
  });

  it("marking someone present who is not on the register is a field error and changes nothing", async () => {
    const leader = await trust.viewer("networkLeader");
    const [stranger] = await nonMembers(trust.english, 1);
    const before = await cpdOf();
    const result = await saveRegister.run(leader, { meetingId, present: [stranger!.id], close: "1" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { present: [expect.any(String)] } });
    expect(await cpdOf()).toEqual(before);
  });

  it("a future meeting's register cannot be closed; a held one cannot be cancelled", async () => {
    const leader = await trust.viewer("networkLeader");
    const later = await db().meeting.create({ data: { trustId: leader.trustId, communityId: trust.english, title: "Later", startsAt: new Date(Date.now() + 9 * 86_400_000), durationMinutes: 60 } });
    expect(await saveRegister.run(leader, { meetingId: later.id, present: [], close: "1" })).toMatchObject({ ok: false, message: expect.stringContaining("day of the meeting") });
    expect(await cancelMeeting.run(leader, { meetingId })).toMatchObject({ ok: false });
    expect(await cancelMeeting.run(leader, { meetingId: later.id })).toMatchObject({ ok: true });
  });

  it("minutes: the leader writes them; empty minutes are a field error; a member cannot", async () => {
    const leader = await trust.viewer("networkLeader");
    expect(await saveMinutes.run(leader, { meetingId, minutes: "  " })).toMatchObject({ ok: false, fieldErrors: { minutes: ["Write the minutes."] } });
    expect(await saveMinutes.run(leader, { meetingId, minutes: "Agreed a shared fluency assessment." })).toMatchObject({ ok: true });
    expect(await saveMinutes.run(await trust.viewer("teacher"), { meetingId, minutes: "Hijack" })).toEqual(notFoundResult);
    expect((await db().meeting.findUnique({ where: { id: meetingId } }))!.minutes).toBe("Agreed a shared fluency assessment.");
  });

  it("the leader's page shows the register; a governor gets not found", async () => {
    const page = await getMeeting(await trust.viewer("networkLeader"), trust.english, meetingId);
    expect(page.attendedCount).toBe(2);
    await expect(getMeeting(await trust.viewer("governor"), trust.english, meetingId)).rejects.toEqual(notFound);
  });
});
