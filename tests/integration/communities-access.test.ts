// Who may see and manage communities, per demo role.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { leaderDashboard } from "@/lib/communities/dashboard/queries";
import { meetingForCalendar } from "@/lib/communities/meetings/queries";
import { addMember, appointLeader, createCommunity, joinCommunity, removeLeader } from "@/lib/communities/commands";
import { browseCommunities, communityMemberPage, communityMembers, getCommunity, searchStaffForCommunity } from "@/lib/communities/queries";
import { loadViewer } from "@/lib/access/queries";
import { can } from "@/lib/access/policy";
import type { DemoKey } from "../support/fixtures";
import { nonMembers, notFound, notFoundResult, seedCommunityTrust } from "./communities-fixture";

let trust: Awaited<ReturnType<typeof seedCommunityTrust>>;
beforeAll(async () => {
  trust = await seedCommunityTrust();
});

describe("browsing communities, per role", () => {
  const cases: [DemoKey, boolean][] = [
    ["teacher", true], ["seniorLeader", true], ["head", true], ["networkLeader", true],
    ["governor", false], ["trustee", false], ["admin", true], ["multiRole", true],
  ];
  for (const [key, sees] of cases) {
    it(`${key}: ${sees ? "sees the communities" : "not found"}`, async () => {
      const viewer = await trust.viewer(key);
      if (!sees) {
        await expect(browseCommunities(viewer)).rejects.toEqual(notFound);
        await expect(getCommunity(viewer, trust.english)).rejects.toEqual(notFound);
        return;
      }
      const list = await browseCommunities(viewer);
      expect(list.map((c) => c.id)).toContain(trust.english);
      expect(list.length).toBeGreaterThanOrEqual(8);
    });
  }

  it("marks what each viewer manages: a leader their own community only, the admin all", async () => {
    const leader = await browseCommunities(await trust.viewer("networkLeader"));
    expect(leader.filter((c) => c.manage).map((c) => c.id)).toEqual([trust.english]);
    const multi = await browseCommunities(await trust.viewer("multiRole"));
    expect(multi.filter((c) => c.manage).map((c) => c.id)).toEqual([trust.maths]);
    const admin = await browseCommunities(await trust.viewer("admin"));
    expect(admin.length).toBeGreaterThan(1);
    expect(admin.every((c) => c.manage)).toBe(true);
  });

  it("members see the members list; a non-member of an open community sees meetings but not members", async () => {
    const teacher = await trust.viewer("teacher");
    const english = await getCommunity(teacher, trust.english);
    expect(english.access).toMatchObject({ member: true, manage: false, seeMembers: true });
    const head = await getCommunity(await trust.viewer("head"), trust.science);
    expect(head.access).toMatchObject({ member: false, seeMeetings: true, seeMembers: false });
  });

  it("the members list is paged: page 2 holds the next members, every page counts them all; a non-member gets none", async () => {
    const teacher = await trust.viewer("teacher");
    const english = await getCommunity(teacher, trust.english);
    const all = await communityMembers(teacher, english);
    expect(all.length).toBeGreaterThan(4);
    const [first, second] = [await communityMemberPage(teacher, english, 1, 2), await communityMemberPage(teacher, english, 2, 2)];
    expect(first).toMatchObject({ page: 1, total: all.length, pageCount: Math.ceil(all.length / 2) });
    expect(second).toMatchObject({ page: 2, total: all.length });
    expect([...first.rows, ...second.rows].map((m) => m.staffMember.id)).toEqual(all.slice(0, 4).map((m) => m.staffMember.id));
    const head = await trust.viewer("head");
    expect(await communityMemberPage(head, await getCommunity(head, trust.science), 1)).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
  });

  it("a malformed or unknown community id is not found", async () => {
    const admin = await trust.viewer("admin");
    await expect(getCommunity(admin, "nope")).rejects.toEqual(notFound);
    await expect(getCommunity(admin, "00000000-0000-4000-8000-000000000000")).rejects.toEqual(notFound);
  });
});

describe("managing", () => {
  it("the leader dashboard and member search are the leader's (and admin's) only", async () => {
    const leader = await trust.viewer("networkLeader");
    const dashboard = await leaderDashboard(leader, trust.english);
    expect(dashboard.memberCount).toBeGreaterThan(0);
    expect(dashboard.membersBySchool.reduce((n, s) => n + s.members, 0)).toBe(dashboard.memberCount);
    expect(dashboard.schoolsNotRepresented.length + dashboard.membersBySchool.length).toBe(trust.built.schools.length);
    await expect(leaderDashboard(leader, trust.maths)).rejects.toEqual(notFound);
    await expect(leaderDashboard(await trust.viewer("teacher"), trust.english)).rejects.toEqual(notFound);
    await expect(leaderDashboard(await trust.viewer("admin"), trust.maths)).resolves.toMatchObject({ community: { id: trust.maths } });
    await expect(searchStaffForCommunity(await trust.viewer("multiRole"), trust.english, "a")).rejects.toEqual(notFound);
    const someone = trust.built.staff.find((s) => !s.leaveDate && s.schoolId !== leader.staff?.schoolId);
    const hits = await searchStaffForCommunity(leader, trust.english, someone!.lastName);
    expect(hits.map((h) => h.id)).toContain(someone!.id);
  });

  it("a leader cannot add members to another community; writes nothing", async () => {
    const [person] = await nonMembers(trust.maths);
    const result = await addMember.run(await trust.viewer("networkLeader"), { communityId: trust.maths, staffMemberId: person!.id });
    expect(result).toEqual(notFoundResult);
    expect(await db().membership.count({ where: { communityId: trust.maths, staffMemberId: person!.id } })).toBe(0);
  });

  it("an invite-only community cannot be joined uninvited; an invitation lets you in", async () => {
    const head = await trust.viewer("head");
    const refused = await joinCommunity.run(head, { communityId: trust.sdg });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining("invitation only") });
    expect(await db().membership.count({ where: { communityId: trust.sdg, staffMemberId: head.staff!.id } })).toBe(0);
    // The seed invites the demo teacher.
    const teacher = await trust.viewer("teacher");
    expect(await joinCommunity.run(teacher, { communityId: trust.sdg })).toMatchObject({ ok: true });
    expect(await db().communityInvitation.count({ where: { communityId: trust.sdg, staffMemberId: teacher.staff!.id } })).toBe(0);
    expect(await joinCommunity.run(head, { communityId: trust.english })).toMatchObject({ ok: true });
  });

  it("governors and trustees without a staff record cannot join", async () => {
    expect(await joinCommunity.run(await trust.viewer("governor"), { communityId: trust.english })).toEqual(notFoundResult);
  });

  it("a meeting's calendar file follows the meeting's access", async () => {
    const meeting = await db().meeting.findFirstOrThrow({ where: { communityId: trust.english } });
    await expect(meetingForCalendar(await trust.viewer("teacher"), trust.english, meeting.id)).resolves.toMatchObject({ id: meeting.id });
    await expect(meetingForCalendar(await trust.viewer("trustee"), trust.english, meeting.id)).rejects.toEqual(notFound);
    await expect(meetingForCalendar(await trust.viewer("teacher"), trust.maths, meeting.id)).rejects.toEqual(notFound);
  });
});

describe("trust admin", () => {
  it("creates a community; a duplicate name is a field error; others cannot", async () => {
    const admin = await trust.viewer("admin");
    const input = { name: "Geography Community", kind: "SUBJECT_COMMUNITY", subject: "Geography", description: "", isOpen: "on" };
    const created = await createCommunity.run(admin, input);
    expect(created).toMatchObject({ ok: true });
    expect(await createCommunity.run(admin, input)).toMatchObject({ ok: false, fieldErrors: { name: ["A community with this name already exists."] } });
    expect(await createCommunity.run(await trust.viewer("networkLeader"), { ...input, name: "Another" })).toEqual(notFoundResult);
    expect(await createCommunity.run(admin, { ...input, name: " " })).toMatchObject({ ok: false, fieldErrors: { name: ["Enter a name."] } });
  });

  it("appointing a leader writes the LEADER membership and the NETWORK_LEADER role together; removing removes both", async () => {
    const admin = await trust.viewer("admin");
    const head = await trust.viewer("head");
    expect(await appointLeader.run(admin, { communityId: trust.science, staffMemberId: head.staff!.id })).toMatchObject({ ok: true });
    const appointed = (await loadViewer(head.userId))!;
    expect(can(appointed, "community:manage", { communityId: trust.science })).toBe(true);
    expect(await db().membership.findFirst({ where: { communityId: trust.science, staffMemberId: head.staff!.id } })).toMatchObject({ role: "LEADER" });
    expect(await db().auditLog.count({ where: { action: "community.appointLeader", entityId: trust.science } })).toBe(1);

    expect(await appointLeader.run(await trust.viewer("networkLeader"), { communityId: trust.english, staffMemberId: head.staff!.id })).toEqual(notFoundResult);

    expect(await removeLeader.run(admin, { communityId: trust.science, staffMemberId: head.staff!.id })).toMatchObject({ ok: true });
    const removed = (await loadViewer(head.userId))!;
    expect(can(removed, "community:manage", { communityId: trust.science })).toBe(false);
    expect(await db().membership.findFirst({ where: { communityId: trust.science, staffMemberId: head.staff!.id } })).toMatchObject({ role: "MEMBER" });
    expect(await db().roleAssignment.count({ where: { userId: head.userId, role: "NETWORK_LEADER" } })).toBe(0);
  });
});
