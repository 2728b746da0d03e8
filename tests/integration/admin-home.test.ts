// Issue 11 §6: the trust admin's home as a work list, and the audit log as sentences with filters by
// person, school, kind and date, and paging past the latest 100. The admin's only.
import { beforeAll, describe, expect, it } from "vitest";
import { grantRole } from "@/lib/accounts/commands";
import { auditParams } from "@/lib/admin/audit/params";
import { auditPage } from "@/lib/admin/audit/queries";
import { adminWorklist, EXPIRY_DAYS } from "@/lib/admin/worklist/queries";
import type { Viewer } from "@/lib/access/policy";
import { moveSchool } from "@/lib/org/admin/commands";
import { recordLeaver } from "@/lib/people/commands";
import { isoDay, londonToday } from "@/lib/dates";
import { DEMO_KEYS, seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { notFound } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
const KEYS = DEMO_KEYS;

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

const audit = (viewer: Viewer, q: Record<string, string> = {}) => auditPage(viewer, auditParams.parse(q));
/** Current staff of the head's school with an account and no role but staff. */
const plainStaff = () => {
  const leaders = new Set(trust.built.roleAssignments.filter((r) => r.role !== "STAFF").map((r) => r.userId));
  return trust.built.staff.filter((s) => s.schoolId === v.head.staff!.schoolId && s.userId && !s.leaveDate && !leaders.has(s.userId));
};

describe("the admin's work list", () => {
  it("lists schools without a head or cluster and accounts invited but not set up, as they arise", async () => {
    const before = await adminWorklist(v.admin);
    const school = trust.built.schools[3]!;
    await trust.prisma.roleAssignment.deleteMany({ where: { schoolId: school.id, role: "HEADTEACHER" } });
    await runForm(moveSchool, v.admin, { schoolId: school.id, clusterId: "" });
    const user = await trust.prisma.user.create({ data: { trustId: v.admin.trustId, email: "pending@example.org", name: "Pending Person" } });
    await trust.prisma.invitation.create({ data: { trustId: v.admin.trustId, userId: user.id, tokenHash: "x".repeat(64), expiresAt: new Date(Date.now() - 1000) } });
    // A newcomer without a line manager, whose one certificate runs out within the window.
    const newcomer = await trust.prisma.staffMember.create({
      data: {
        trustId: v.admin.trustId, schoolId: school.id, firstName: "New", lastName: "Starter", email: "new.starter@example.org", jobTitle: "Class teacher",
        category: "TEACHER", careerStage: "ESTABLISHED", fte: "1.000", startDate: new Date("2020-09-01T00:00:00Z"), subjects: [],
      },
    });
    const requirement = await trust.prisma.trainingRequirement.create({ data: { trustId: v.admin.trustId, name: "Worklist first aid", categories: [], validityMonths: 36 } });
    const soon = new Date(londonToday().getTime() + (EXPIRY_DAYS / 2) * 86_400_000);
    await trust.prisma.trainingCompletion.create({
      data: { trustId: v.admin.trustId, staffMemberId: newcomer.id, requirementId: requirement.id, completedOn: new Date("2024-01-01T00:00:00Z"), expiresOn: soon },
    });
    const after = await adminWorklist(v.admin);
    expect(after.withoutHead.map((s) => s.id)).toContain(school.id);
    expect(after.withoutCluster.map((s) => s.id)).toEqual([...before.withoutCluster.map((s) => s.id), school.id]);
    expect(after.invited).toBe(before.invited + 1);
    expect(after.expiredLinks).toBe(before.expiredLinks + 1);
    expect(after.expiring.schools.map((s) => s.schoolId)).toContain(school.id);
    expect(after.expiring.schools.every((s) => s.count > 0)).toBe(true);
    const at = (rows: { schoolId: string; count: number }[]) => rows.find((r) => r.schoolId === school.id)?.count ?? 0;
    expect([after.noLineManager.total, at(after.noLineManager.schools)]).toEqual([before.noLineManager.total + 1, at(before.noLineManager.schools) + 1]);
    expect([after.expiring.total, at(after.expiring.schools)]).toEqual([before.expiring.total + 1, at(before.expiring.schools) + 1]);
    for (const key of KEYS.filter((k) => k !== "admin")) await expect(adminWorklist(v[key])).rejects.toEqual(notFound);
  });
});

describe("the audit log", () => {
  it("reads as sentences naming the people and records, linked to them", async () => {
    const person = plainStaff()[0]!;
    await runForm(grantRole, v.head, { userId: person.userId, role: "SENIOR_LEADER", schoolId: v.head.staff!.schoolId });
    const school = trust.built.schools.find((s) => s.id === v.head.staff!.schoolId)!;
    const { rows } = await audit(v.admin);
    const name = `${person.firstName} ${person.lastName}`;
    expect(rows[0]).toMatchObject({ actor: v.head.name, sentence: `made ${name} senior leader of ${school.name}`, href: `/accounts/${person.userId}` });
  });

  it("filters by person, school, kind and date", async () => {
    const leaver = plainStaff()[1]!;
    await runForm(recordLeaver, v.admin, { staffMemberId: leaver.id, leaveDate: isoDay(londonToday()), leaveReason: "RETIREMENT" });
    const byPerson = await audit(v.admin, { person: leaver.lastName });
    expect(byPerson.rows.some((r) => r.sentence === `recorded the leaving of ${leaver.firstName} ${leaver.lastName}`)).toBe(true);
    const bySchool = await audit(v.admin, { school: leaver.schoolId });
    expect(bySchool.rows.map((r) => r.action)).toEqual(expect.arrayContaining(["staff.leave", "role.grant"]));
    const otherSchool = trust.built.schools.find((s) => s.id !== leaver.schoolId && s.id !== trust.built.schools[3]!.id)!;
    expect((await audit(v.admin, { school: otherSchool.id })).rows.map((r) => r.action)).not.toContain("staff.leave");
    const staffOnly = await audit(v.admin, { kind: "staff" });
    expect(staffOnly.rows.length).toBeGreaterThan(0);
    expect(staffOnly.rows.every((r) => r.action.startsWith("staff."))).toBe(true);
    expect((await audit(v.admin, { from: "2999-01-01" })).total).toBe(0);
    expect((await audit(v.admin, { to: "2000-01-01" })).total).toBe(0);
    const today = isoDay(londonToday());
    expect((await audit(v.admin, { from: today, to: today })).total).toBeGreaterThan(0);
  });

  it("pages beyond the latest 100, and is the admin's only", async () => {
    await trust.prisma.auditLog.createMany({
      data: Array.from({ length: 130 }, (_, i) => ({ trustId: v.admin.trustId, actorUserId: v.admin.userId, action: "cluster.rename", entity: "Cluster", entityId: trust.built.clusters[0]!.id, at: new Date(Date.UTC(2020, 0, 1, 0, i)) })),
    });
    const first = await audit(v.admin);
    expect(first.total).toBeGreaterThan(130);
    const last = await audit(v.admin, { page: String(first.pageCount) });
    expect(last.rows.length).toBeGreaterThan(0);
    expect(last.rows.at(-1)!.at.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    expect(last.rows[0]!.sentence).toBe(`renamed the cluster ${trust.built.clusters[0]!.name}`);
    for (const key of KEYS.filter((k) => k !== "admin")) await expect(audit(v[key])).rejects.toEqual(notFound);
  });
});
