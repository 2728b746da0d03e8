// The events that notify (issue 17 §2), each from its command in the same transaction: a peer review
// assigned tells its reviewers; a CSI action tells its owner only when they may open the school's
// reviews page; a community member added or invited, and a meeting scheduled (with its .ics).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, inviteMember } from "@/lib/communities/commands";
import { scheduleMeeting } from "@/lib/communities/meetings/commands";
import { fromIsoDay, startOfLondonDay, utcToLondonLocal } from "@/lib/dates";
import { runSweeps } from "@/lib/notifications/sweeps/mutations";
import { verificationDigests } from "@/lib/notifications/digest/mutations";
import { assignReview } from "@/lib/reviews/commands/cycles";
import { addAction } from "@/lib/reviews/commands/followup";
import { seedCommunities } from "@/prisma/seed/communities";
import { demoCommunity } from "@/prisma/seed/demo";
import { seedNotifications } from "@/prisma/seed/notifications";
import { seedCsiTrust, day } from "./csi-fixture";
import { nonMembers } from "./communities-fixture";
import { runJobs } from "../support/jobs";

process.env.NOTIFY_QUIET_HOURS = "off";
let t: Awaited<ReturnType<typeof seedCsiTrust>>;
beforeAll(async () => {
  process.env.PORTAL_DATA_DIR = (await import("node:fs")).mkdtempSync((await import("node:path")).join((await import("node:os")).tmpdir(), "portal-events-"));
  t = await seedCsiTrust();
  await seedCommunities(db(), t.built, { scale: 1 });
});

const notesAbout = (link: string) => db().notification.findMany({ where: { link } });

describe("reviews", () => {
  it("a peer review assigned tells its lead reviewer, linking to the review", async () => {
    const admin = await t.viewer("admin");
    let review: { id: string } | undefined;
    let lead = "";
    for (const school of t.otherSchools) {
      lead = t.headOf(school.id);
      const result = await assignReview.run(admin, { cycleId: t.cycle.id, schoolId: t.headSchool, kind: "HEAD_PEER_REVIEW", leadReviewerId: lead });
      if (result.ok) {
        review = result.data as { id: string };
        break;
      }
    }
    expect(review).toBeTruthy();
    const notes = await notesAbout(`/reviews/${review!.id}`);
    expect(notes.map((n) => [n.userId, n.kind])).toEqual([[lead, "review.assigned"]]);
  });

  it("a CSI action tells its owner when they may open the school's reviews page, and no one else", async () => {
    const head = await t.viewer("head");
    const published = await db().schoolReview.findFirstOrThrow({ where: { schoolId: t.headSchool, status: "PUBLISHED" } });
    const leaders = new Set((await db().roleAssignment.findMany({ where: { schoolId: t.headSchool }, select: { userId: true } })).map((r) => r.userId));
    const teacher = await db().staffMember.findFirstOrThrow({ where: { schoolId: t.headSchool, leaveDate: null, userId: { notIn: [...leaders] }, NOT: { userId: null } } });
    const before = await db().notification.count({ where: { kind: "review-action.assigned" } });
    expect(await addAction.run(head, { reviewId: published.id, description: "Teacher-owned plan", ownerId: teacher.id, dueOn: day(40) })).toMatchObject({ ok: true });
    expect(await db().notification.count({ where: { kind: "review-action.assigned" } })).toBe(before);
    expect(await addAction.run(head, { reviewId: published.id, description: "Head-owned plan", ownerId: head.staff!.id, dueOn: day(40) })).toMatchObject({ ok: true });
    expect(await db().notification.findMany({ where: { kind: "review-action.assigned", userId: head.userId } })).toMatchObject([{ body: "Head-owned plan", link: `/reviews/schools/${t.headSchool}` }]);
  });
});

describe("communities", () => {
  it("a member added and a member invited are told, each linking to the community", async () => {
    const leader = await t.viewer("networkLeader");
    const communityId = demoCommunity("English Subject Community").id;
    const [added, invited] = (await nonMembers(communityId, 20)).filter((s) => s.userId);
    expect(await addMember.run(leader, { communityId, staffMemberId: added!.id })).toMatchObject({ ok: true });
    expect(await inviteMember.run(leader, { communityId, staffMemberId: invited!.id })).toMatchObject({ ok: true });
    const notes = await notesAbout(`/communities/${communityId}`);
    expect(notes.map((n) => [n.userId, n.kind]).sort()).toEqual([[added!.userId, "community.member-added"], [invited!.userId, "community.invited"]].sort());
  });

  it("a meeting scheduled ahead tells the members but not its leader, and its email carries the .ics", async () => {
    const leader = await t.viewer("networkLeader");
    const communityId = demoCommunity("English Subject Community").id;
    const startsAt = utcToLondonLocal(new Date(Date.now() + 9 * 86_400_000));
    const result = await scheduleMeeting.run(leader, { communityId, title: "Moderation", durationMinutes: "60", startsAt });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    const notes = await notesAbout(`/communities/${communityId}/meetings/${id}`);
    const members = await db().membership.count({ where: { communityId, staffMember: { userId: { not: null }, leaveDate: null } } });
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.length).toBeLessThanOrEqual(members);
    expect(notes.some((n) => n.userId === leader.userId)).toBe(false);
    await runJobs();
    const sent = await db().notificationDelivery.findFirstOrThrow({ where: { notificationId: { in: notes.map((n) => n.id) }, channel: "EMAIL", status: "SENT" } });
    const file = (await db().mailMessage.findUniqueOrThrow({ where: { id: sent.id } })).fileName!;
    const source = await (await import("node:fs/promises")).readFile(`${process.env.PORTAL_DATA_DIR}/mail/${file}`, "utf8");
    expect(source).toContain("text/calendar");
    expect(source).toContain("meeting.ics");
  });
});

describe("the daily sweep", () => {
  it("reminds of tomorrow's meeting, training expiring and a CSI action due, once however often it runs", async () => {
    const now = new Date();
    const communityId = demoCommunity("English Subject Community").id;
    const tomorrowNoon = new Date(startOfLondonDay(now).getTime() + 36 * 3_600_000);
    const meeting = await db().meeting.create({ data: { trustId: t.built.trust.id, communityId, title: "Sweep meeting", startsAt: tomorrowNoon, durationMinutes: 60 } });
    const head = await t.viewer("head");
    const requirement = await db().trainingRequirement.create({ data: { trustId: head.trustId, name: "Sweep safeguarding", validityMonths: 24 } });
    await db().trainingCompletion.create({ data: { trustId: head.trustId, staffMemberId: head.staff!.id, requirementId: requirement.id, completedOn: fromIsoDay(day(-700)), expiresOn: fromIsoDay(day(12)) } });
    // Renewed already: an expiring completion with a later one of the same requirement tells nobody.
    const renewedRequirement = await db().trainingRequirement.create({ data: { trustId: head.trustId, name: "Sweep first aid", validityMonths: 24 } });
    for (const [completed, expires] of [[-700, 10], [-5, 725]] as const) {
      await db().trainingCompletion.create({ data: { trustId: head.trustId, staffMemberId: head.staff!.id, requirementId: renewedRequirement.id, completedOn: fromIsoDay(day(completed)), expiresOn: fromIsoDay(day(expires)) } });
    }
    const published = await db().schoolReview.findFirstOrThrow({ where: { schoolId: t.headSchool, status: "PUBLISHED" } });
    const action = await db().reviewAction.create({ data: { trustId: head.trustId, schoolId: t.headSchool, reviewId: published.id, description: "Due soon", ownerId: head.staff!.id, dueOn: fromIsoDay(day(5)) } });

    const lead = t.headOf(t.otherSchools[0]!.id);
    const review = await db().schoolReview.create({ data: { trustId: head.trustId, cycleId: t.cycle.id, schoolId: t.headSchool, kind: "HEAD_PEER_REVIEW", leadReviewerId: lead, visitDate: fromIsoDay(day(4)) } });
    await runSweeps(now);
    expect(await db().notification.findMany({ where: { link: `/reviews/${review.id}`, kind: "review.due" } })).toMatchObject([{ userId: lead }]);
    const count = () => db().notification.count({ where: { dedupeKey: { not: null } } });
    const first = await count();
    expect(await db().notification.count({ where: { dedupeKey: `meeting.reminder:${meeting.id}` } })).toBeGreaterThan(0);
    expect(await db().notification.findMany({ where: { userId: head.userId, kind: "training.expiring" } })).toMatchObject([{ link: "/development", title: expect.stringContaining("Sweep safeguarding") }]);
    expect(await db().notification.count({ where: { dedupeKey: `review-action.due:${action.id}`, userId: head.userId } })).toBe(1);
    await runSweeps(now);
    expect(await count()).toBe(first);
  });
});

describe("the demo seed", () => {
  it("gives the demo head and network leader notifications that open records of theirs", async () => {
    await db().$transaction((tx) => seedNotifications(tx, t.built));
    for (const key of ["head", "networkLeader"] as const) {
      const v = await t.viewer(key);
      const notes = await db().notification.findMany({ where: { userId: v.userId } });
      expect(notes.length).toBeGreaterThan(0);
      expect(notes.every((n) => n.link.startsWith("/") && n.trustId === v.trustId)).toBe(true);
    }
  });
});

describe("the weekly verification digest", () => {
  it("tells a school's leaders of its waiting CPD records once a week, and no one when the queue is empty", async () => {
    const now = new Date();
    const head = await t.viewer("head");
    const before = await db().notification.count({ where: { kind: "cpd.verification-digest", dedupeKey: { not: null } } });
    await db().cpdActivity.updateMany({ where: { status: "SUBMITTED" }, data: { status: "DRAFT" } });
    expect(await verificationDigests(now)).toBe(0);
    const staff = await db().staffMember.findFirstOrThrow({ where: { schoolId: t.headSchool, leaveDate: null, NOT: { id: head.staff!.id } } });
    const d = fromIsoDay(day(-3));
    await db().cpdActivity.create({ data: { trustId: head.trustId, schoolId: t.headSchool, staffMemberId: staff.id, title: "Waiting", type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: d, endDate: d, minutes: 60, status: "SUBMITTED", submittedAt: now } });
    await verificationDigests(now);
    await verificationDigests(now);
    const notes = await db().notification.findMany({ where: { kind: "cpd.verification-digest", dedupeKey: { not: null } } });
    expect(notes.length - before).toBeGreaterThan(0);
    expect(notes.filter((n) => n.userId === head.userId)).toMatchObject([{ title: "1 CPD record is waiting for verification", link: "/verification" }]);
  });
});
