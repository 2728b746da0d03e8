// The register's guard rails: it closes only once the meeting has started, and nobody verifies
// their own hours through it (the leader's attendance goes to their school's leaders).
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { verifyActivities } from "@/lib/cpd/commands";
import { addMember } from "@/lib/communities/commands";
import { saveRegister, scheduleMeeting } from "@/lib/communities/meetings/commands";
import { nonMembers, seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
let member: { id: string; schoolId: string };

beforeAll(async () => {
  trust = await seedCommunityTrust();
  const leader = await trust.viewer("networkLeader");
  const [first] = await nonMembers(trust.english, 1);
  member = first!;
  expect(await addMember.run(leader, { communityId: trust.english, staffMemberId: member.id })).toMatchObject({ ok: true });
});

afterEach(() => vi.useRealTimers());

const meeting = async (startsAt: Date, durationMinutes = 60) => {
  const leader = await trust.viewer("networkLeader");
  return db().meeting.create({ data: { trustId: leader.trustId, communityId: trust.english, title: "Fluency", startsAt, durationMinutes } });
};

describe("closing a register", () => {
  it("is refused before the meeting starts, even on its day, and changes nothing", async () => {
    // 10:00 in London on a winter day; the meeting is at 18:00 that evening.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-11-26T10:00:00Z"));
    const leader = await trust.viewer("networkLeader");
    const tonight = await meeting(new Date("2026-11-26T18:00:00Z"), 600);
    const result = await saveRegister.run(leader, { meetingId: tonight.id, present: [leader.staff!.id, member.id], close: "1" });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("once the meeting has started") });
    expect(await db().meeting.findUniqueOrThrow({ where: { id: tonight.id } })).toMatchObject({ status: "PLANNED", registerClosedAt: null });
    expect(await db().cpdActivity.count({ where: { meetingId: tonight.id } })).toBe(0);
    expect(await db().attendance.count({ where: { meetingId: tonight.id } })).toBe(0);
    // Saving who has arrived so far is fine on the day.
    expect(await saveRegister.run(leader, { meetingId: tonight.id, present: [member.id] })).toMatchObject({ ok: true, data: { closed: false } });
  });

  it("gives the leader's own attendance as submitted, verified by their school's leaders; others' verified", async () => {
    const leader = await trust.viewer("networkLeader");
    const held = await meeting(new Date(Date.now() - 2 * 3_600_000), 90);
    const result = await saveRegister.run(leader, { meetingId: held.id, present: [leader.staff!.id, member.id], close: "1" });
    expect(result).toMatchObject({ ok: true, data: { closed: true, created: 2 } });
    const own = await db().cpdActivity.findFirstOrThrow({ where: { meetingId: held.id, staffMemberId: leader.staff!.id } });
    expect(own).toMatchObject({ status: "SUBMITTED", verifiedById: null, verifiedAt: null, minutes: 90 });
    const theirs = await db().cpdActivity.findFirstOrThrow({ where: { meetingId: held.id, staffMemberId: member.id } });
    expect(theirs).toMatchObject({ status: "VERIFIED", verifiedById: leader.userId, minutes: 90 });

    // Saving the register again does not turn the leader's record into a verified one.
    expect(await saveRegister.run(leader, { meetingId: held.id, present: [leader.staff!.id, member.id] })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "SUBMITTED", verifiedById: null });

    // Their head verifies it like any other submitted activity, and a later register save keeps that.
    const heads = await db().roleAssignment.findMany({ where: { role: "HEADTEACHER", schoolId: leader.staff!.schoolId }, select: { userId: true } });
    expect(heads).toHaveLength(1);
    const head = (await loadViewer(heads[0]!.userId))!;
    expect(await verifyActivities.run(head, { "ids[]": [own.id], decision: "verify" })).toMatchObject({ ok: true });
    expect(await saveRegister.run(leader, { meetingId: held.id, present: [leader.staff!.id, member.id] })).toMatchObject({ ok: true });
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: own.id } })).toMatchObject({ status: "VERIFIED", verifiedById: head.userId });
  });
});

describe("scheduling a meeting", () => {
  it("refuses impossible and far-off dates", async () => {
    const leader = await trust.viewer("networkLeader");
    const base = { communityId: trust.english, title: "Valid", durationMinutes: "60" };
    for (const startsAt of ["2027-02-30T16:00", "9999-12-31T16:00"]) {
      expect(await scheduleMeeting.run(leader, { ...base, startsAt }), startsAt).toMatchObject({ ok: false, fieldErrors: { startsAt: [expect.any(String)] } });
    }
    expect(await scheduleMeeting.run(leader, { ...base, startsAt: "2027-03-02T16:00", durationMinutes: "0x10" })).toMatchObject({
      ok: false, fieldErrors: { durationMinutes: ["Enter the length in minutes."] },
    });
  });
});
