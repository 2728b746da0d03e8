// Meetings recorded after the event (issue 15 §2): a leader schedules one up to 14 days back and
// closes its register at once, but nobody saw it happen, so every attendee's CPD is submitted to
// their own school's verification queue; a meeting scheduled ahead and closed once held is verified
// as before, except the leader's own attendance, which they never verify themselves.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { verifyActivities } from "@/lib/cpd/commands";
import { verificationQueue } from "@/lib/cpd/queries";
import { addMember } from "@/lib/communities/commands";
import { saveRegister, scheduleMeeting } from "@/lib/communities/meetings/commands";
import { utcToLondonLocal } from "@/lib/dates";
import { expectRefused } from "../support/writes";
import { nonMembers, seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
/** Two members of the English community at two different schools, neither the leader's. */
let members: { id: string; schoolId: string }[];

beforeAll(async () => {
  trust = await seedCommunityTrust();
  const leader = await trust.viewer("networkLeader");
  // Plain members of staff: a head's own record would (rightly) be left out of their own queue.
  const leaders = new Set((await db().roleAssignment.findMany({ where: { role: { in: ["HEADTEACHER", "SENIOR_LEADER"] } }, select: { userId: true } })).map((r) => r.userId));
  const candidates = (await nonMembers(trust.english, 60)).filter((s) => s.schoolId !== leader.staff!.schoolId && !leaders.has(s.userId!));
  const first = candidates[0]!;
  const second = candidates.find((s) => s.schoolId !== first.schoolId)!;
  members = [first, second];
  for (const m of members) expect(await addMember.run(leader, { communityId: trust.english, staffMemberId: m.id })).toMatchObject({ ok: true });
});

afterEach(() => vi.useRealTimers());

const DAY = 86_400_000;
const at = (offsetMs: number) => utcToLondonLocal(new Date(Date.now() + offsetMs));
const base = () => ({ communityId: trust.english, title: "Fluency moderation", durationMinutes: "75" });

async function headOf(schoolId: string): Promise<Viewer> {
  const heads = await db().roleAssignment.findMany({ where: { role: "HEADTEACHER", schoolId }, select: { userId: true } });
  expect(heads).toHaveLength(1);
  return (await loadViewer(heads[0]!.userId))!;
}

async function schedule(startsAt: string) {
  const result = await scheduleMeeting.run(await trust.viewer("networkLeader"), { ...base(), startsAt });
  expect(result).toMatchObject({ ok: true });
  return (result as { data: { id: string } }).data.id;
}

describe("scheduling in the past", () => {
  it("accepts a start up to 14 days back and marks the meeting as recorded afterwards; a future one is not", async () => {
    const back = await schedule(at(-13 * DAY));
    expect(await db().meeting.findUniqueOrThrow({ where: { id: back } })).toMatchObject({ recordedAfter: true, status: "PLANNED" });
    const ahead = await schedule(at(3 * DAY));
    expect(await db().meeting.findUniqueOrThrow({ where: { id: ahead } })).toMatchObject({ recordedAfter: false });
  });

  it("refuses a start more than 14 days back with a field error, writing nothing", async () => {
    const leader = await trust.viewer("networkLeader");
    await expectRefused(async () => scheduleMeeting.run(leader, { ...base(), startsAt: at(-15 * DAY) }), {
      ok: false, fieldErrors: { startsAt: ["A meeting can be recorded up to 14 days after it started: choose a later start."] },
    });
  });

  it("a series that starts in the past marks only its past meetings as recorded afterwards", async () => {
    const leader = await trust.viewer("networkLeader");
    const until = at(20 * DAY).slice(0, 10);
    const result = await scheduleMeeting.run(leader, { ...base(), startsAt: at(-8 * DAY), repeatWeeks: "1", repeatUntil: until });
    expect(result).toMatchObject({ ok: true });
    const first = await db().meeting.findUniqueOrThrow({ where: { id: (result as { data: { id: string } }).data.id } });
    const series = await db().meeting.findMany({ where: { seriesId: first.seriesId }, orderBy: { startsAt: "asc" } });
    expect(series.length).toBeGreaterThan(2);
    for (const m of series) expect(m.recordedAfter, m.startsAt.toISOString()).toBe(m.startsAt.getTime() < Date.now());
    expect(series.filter((m) => m.recordedAfter).length).toBeGreaterThan(0);
  });
});

describe("closing the register", () => {
  it("a meeting scheduled ahead and closed once held: others verified by the leader, the leader's own submitted (as before)", async () => {
    const leader = await trust.viewer("networkLeader");
    const id = await schedule(at(2 * DAY));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(Date.now() + 2 * DAY + 2 * 3_600_000));
    const present = [leader.staff!.id, ...members.map((m) => m.id)];
    expect(await saveRegister.run(leader, { meetingId: id, present, close: "1" })).toMatchObject({ ok: true, data: { closed: true, created: 3 } });
    for (const m of members) {
      expect(await db().cpdActivity.findFirstOrThrow({ where: { meetingId: id, staffMemberId: m.id } })).toMatchObject({ status: "VERIFIED", verifiedById: leader.userId, minutes: 75 });
    }
    expect(await db().cpdActivity.findFirstOrThrow({ where: { meetingId: id, staffMemberId: leader.staff!.id } })).toMatchObject({ status: "SUBMITTED", verifiedById: null });
  });

  it("a backdated meeting closes at once; every attendee's CPD waits in their own school's queue, none verified by the leader", async () => {
    const leader = await trust.viewer("networkLeader");
    const id = await schedule(at(-6 * DAY));
    const present = [leader.staff!.id, ...members.map((m) => m.id)];
    expect(await saveRegister.run(leader, { meetingId: id, present, close: "1" })).toMatchObject({ ok: true, data: { closed: true, created: 3 } });
    const records = await db().cpdActivity.findMany({ where: { meetingId: id } });
    expect(records).toHaveLength(3);
    for (const r of records) {
      expect(r).toMatchObject({ status: "SUBMITTED", verifiedById: null, verifiedAt: null, minutes: 75, type: "NETWORK_MEETING" });
      expect(r.submittedAt).not.toBeNull();
    }
    // Each record sits in the queue of the attendee's own school, the leader's included.
    for (const who of [...members, { id: leader.staff!.id, schoolId: leader.staff!.schoolId }]) {
      const record = records.find((r) => r.staffMemberId === who.id)!;
      expect(record.schoolId).toBe(who.schoolId);
      const queue = await verificationQueue(await headOf(who.schoolId), { size: 500 });
      expect(queue.rows.map((r) => r.id)).toContain(record.id);
    }
    // Saving the register again keeps them submitted; a head's verification then survives a later save.
    expect(await saveRegister.run(leader, { meetingId: id, present })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.count({ where: { meetingId: id, status: "SUBMITTED" } })).toBe(3);
    const mine = records.find((r) => r.staffMemberId === members[0]!.id)!;
    const head = await headOf(members[0]!.schoolId);
    expect(await verifyActivities.run(head, { "ids[]": [mine.id], decision: "verify" })).toMatchObject({ ok: true });
    expect(await saveRegister.run(leader, { meetingId: id, present })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "VERIFIED", verifiedById: head.userId });
    const own = records.find((r) => r.staffMemberId === leader.staff!.id)!;
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "SUBMITTED", verifiedById: null });
  });
});
