// Issue 11 §4: granting and revoking roles (who may grant what), invitations with a single-use
// set-password link through the file outbox, and the last trust admin. Every refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { grantRole, revokeRole } from "@/lib/accounts/commands";
import { acceptInvitation, inviteUser, resendInvitation } from "@/lib/accounts/invitations";
import { LAST_ADMIN } from "@/lib/account/last-admin";
import { accountDetail, accountList, invitationViewer } from "@/lib/accounts/queries";
import { setAccountStatus } from "@/lib/account/commands";
import { verifyPassword } from "@/lib/account/password";
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { outbox } from "@/lib/mail/outbox";
import { DEMO_EMAILS } from "@/prisma/seed";
import { type seedSmallTrust, smallTrustWithOutbox, type DemoKey } from "../support/fixtures";
import { outboxAfterJobs } from "../support/jobs";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFound, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;

beforeAll(async () => ({ trust, v } = await smallTrustWithOutbox("accounts")));

const headSchool = () => v.head.staff!.schoolId;
const otherSchool = () => trust.built.schools.find((s) => s.id !== headSchool())!.id;
/** A current member of staff with an account and no role but staff, at `schoolId`, who is none of the demo people. */
function colleague(schoolId: string, skip = 0) {
  const demo = new Set<string>(Object.values(DEMO_EMAILS));
  const leaders = new Set(trust.built.roleAssignments.filter((r) => r.role !== "STAFF").map((r) => r.userId));
  return trust.built.staff.filter((s) => s.schoolId === schoolId && s.userId && !s.leaveDate && !demo.has(s.email) && !leaders.has(s.userId))[skip]!;
}
const roleIds = async (userId: string) => (await loadViewer(userId))!.roles.map((r) => `${r.role}:${r.schoolId ?? "-"}`);

describe("granting and revoking roles", () => {
  it("the trust admin makes someone head of a school; it counts on their next request, and is audited", async () => {
    const person = colleague(otherSchool());
    const result = await expectOneAudit(() => runForm(grantRole, v.admin, { userId: person.userId, role: "HEADTEACHER", schoolId: otherSchool() }), "role.grant");
    expect(await roleIds(person.userId!)).toContain(`HEADTEACHER:${otherSchool()}`);
    const audit = await trust.prisma.auditLog.findFirstOrThrow({ where: { action: "role.grant", entityId: person.userId! }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ role: "HEADTEACHER", schoolId: otherSchool() });
    // The same grant again changes nothing.
    expect(await runForm(grantRole, v.admin, { userId: person.userId, role: "HEADTEACHER", schoolId: otherSchool() })).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;
    await expectOneAudit(() => runForm(revokeRole, v.admin, { assignmentId: id }), "role.revoke");
    expect(await roleIds(person.userId!)).not.toContain(`HEADTEACHER:${otherSchool()}`);
  });

  it("a head appoints and removes senior leaders of their own school's staff only", async () => {
    const mine = colleague(headSchool());
    const granted = await expectOneAudit(() => runForm(grantRole, v.head, { userId: mine.userId, role: "SENIOR_LEADER", schoolId: headSchool() }), "role.grant");
    const theirs = colleague(otherSchool());
    await expectRefused(() => runForm(grantRole, v.head, { userId: theirs.userId, role: "SENIOR_LEADER", schoolId: otherSchool() }), notFoundResult);
    await expectRefused(() => runForm(grantRole, v.head, { userId: theirs.userId, role: "SENIOR_LEADER", schoolId: headSchool() }), notFoundResult);
    await expectRefused(() => runForm(grantRole, v.head, { userId: mine.userId, role: "HEADTEACHER", schoolId: headSchool() }), notFoundResult);
    await expectRefused(() => runForm(grantRole, v.head, { userId: mine.userId, role: "TRUST_ADMIN" }), notFoundResult);
    const adminRole = (await trust.prisma.roleAssignment.findFirstOrThrow({ where: { userId: v.admin.userId, role: "TRUST_ADMIN" } })).id;
    await expectRefused(() => runForm(revokeRole, v.head, { assignmentId: adminRole }), notFoundResult);
    await expectOneAudit(() => runForm(revokeRole, v.head, { assignmentId: (granted as { data: { id: string } }).data.id }), "role.revoke");
  });

  it("nobody else grants or revokes roles, and nobody changes their own", async () => {
    const mine = colleague(headSchool(), 1);
    for (const key of ["teacher", "seniorLeader", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(grantRole, v[key], { userId: mine.userId, role: "SENIOR_LEADER", schoolId: headSchool() }), notFoundResult);
      await expectRefused(() => runForm(grantRole, v[key], { userId: v[key].userId, role: "TRUST_ADMIN" }), notFoundResult);
    }
    const headRole = (await trust.prisma.roleAssignment.findFirstOrThrow({ where: { userId: v.head.userId, role: "HEADTEACHER" } })).id;
    await expectRefused(() => runForm(revokeRole, v.seniorLeader, { assignmentId: headRole }), notFoundResult);
    const own = (await trust.prisma.roleAssignment.findFirstOrThrow({ where: { userId: v.admin.userId, role: "TRUST_ADMIN" } })).id;
    await expectRefused(() => runForm(revokeRole, v.admin, { assignmentId: own }), { ok: false, message: expect.stringContaining("your own roles") });
    await expectRefused(() => runForm(grantRole, v.head, { userId: v.head.userId, role: "SENIOR_LEADER", schoolId: headSchool() }), { ok: false });
  });

  it("bad input is a field error: a school role without its school, an unknown role", async () => {
    const person = colleague(otherSchool(), 1);
    await expectRefused(() => runForm(grantRole, v.admin, { userId: person.userId, role: "LOCAL_GOVERNOR", schoolId: "" }), invalid("schoolId"));
    await expectRefused(() => runForm(grantRole, v.admin, { userId: person.userId, role: "NETWORK_LEADER" }), invalid("role"));
    await expectRefused(() => runForm(grantRole, v.admin, { userId: person.userId, role: "HEADTEACHER", schoolId: "00000000-0000-4000-8000-000000000999" }), invalid("schoolId"));
  });

  it("the last active trust admin stays, even when two admins remove each other at once", async () => {
    const other = colleague(otherSchool(), 2);
    await runForm(grantRole, v.admin, { userId: other.userId, role: "TRUST_ADMIN" });
    const stale = (await loadViewer(other.userId!))!; // loaded before the first removal lands
    const mineId = (await trust.prisma.roleAssignment.findFirstOrThrow({ where: { userId: v.admin.userId, role: "TRUST_ADMIN" } })).id;
    const theirsId = (await trust.prisma.roleAssignment.findFirstOrThrow({ where: { userId: other.userId!, role: "TRUST_ADMIN" } })).id;
    await expectOneAudit(() => runForm(revokeRole, v.admin, { assignmentId: theirsId }), "role.revoke");
    await expectRefused(() => runForm(revokeRole, stale, { assignmentId: mineId }), { ok: false, message: LAST_ADMIN });
    await expectRefused(() => runForm(setAccountStatus, stale, { userId: v.admin.userId, status: "DISABLED" }), { ok: false, message: LAST_ADMIN });
  });
});

describe("the accounts pages", () => {
  it("the admin lists everyone; a head lists their school's staff only; others get 404", async () => {
    const all = await accountList(v.admin, { q: "", page: 1, invited: false });
    expect(all.total).toBeGreaterThan(40);
    const heads = await accountList(v.head, { q: "", page: 1, invited: false });
    const schoolOf = new Map(trust.built.staff.map((s) => [s.userId, s.schoolId]));
    // Some of the trust's accounts, not none (an empty list would pass the check below).
    expect(heads.rows.length).toBeGreaterThan(0);
    expect(heads.total).toBeLessThan(all.total);
    expect(heads.rows.every((r) => schoolOf.get(r.id) === headSchool())).toBe(true);
    await expect(accountDetail(v.head, colleague(otherSchool()).userId!)).rejects.toEqual(notFound);
    expect((await accountDetail(v.head, colleague(headSchool()).userId!)).grantable).toEqual(["SENIOR_LEADER"]);
    for (const key of ["teacher", "seniorLeader", "governor", "trustee"] as DemoKey[]) {
      await expect(accountList(v[key], { q: "", page: 1, invited: false })).rejects.toEqual(notFound);
    }
  });
});

describe("invitations", () => {
  const linkIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";

  it("the admin invites a governor: an account, the role, a 7-day single-use link in the outbox", async () => {
    const email = "aoife.obrien@governors.example";
    const result = await runForm(inviteUser, v.admin, { name: "Aoife O'Brien", email: "Aoife.OBrien@governors.example", role: "LOCAL_GOVERNOR", schoolId: headSchool() });
    expect(result).toMatchObject({ ok: true });
    const user = await trust.prisma.user.findUniqueOrThrow({ where: { email }, include: { roleAssignments: true, invitations: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.roleAssignments).toMatchObject([{ role: "LOCAL_GOVERNOR", schoolId: headSchool() }]);
    const days = (user.invitations[0]!.expiresAt.getTime() - user.invitations[0]!.createdAt.getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(7);
    const mail = (await outboxAfterJobs(v.admin)).messages.find((m) => m.to.includes(email))!;
    expect(mail.to).toContain("Aoife O'Brien");
    const token = linkIn(mail.text);
    expect(user.invitations[0]!.tokenHash).not.toContain(token);
    expect(await invitationViewer(token)).toMatchObject({ userId: user.id, email });

    const invited = (await invitationViewer(token))!;
    await expectRefused(() => runForm(acceptInvitation, invited, { token, newPassword: "short", confirmPassword: "short" }), invalid("newPassword"));
    await expectOneAudit(() => runForm(acceptInvitation, invited, { token, newPassword: "governing-body-2026", confirmPassword: "governing-body-2026" }), "user.setPassword");
    const after = await trust.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, "governing-body-2026")).toBe(true);
    // Single use.
    expect(await invitationViewer(token)).toBeNull();
    await expectRefused(() => runForm(acceptInvitation, invited, { token, newPassword: "another-password-1", confirmPassword: "another-password-1" }), { ok: false });
  });

  it("a link sent again replaces the first; an expired link or a disabled account's link does not work", async () => {
    await runForm(inviteUser, v.admin, { name: "Tom Trustee", email: "tom.trustee@example.org", role: "TRUSTEE" });
    const user = await trust.prisma.user.findUniqueOrThrow({ where: { email: "tom.trustee@example.org" } });
    const first = linkIn((await outboxAfterJobs(v.admin)).messages.find((m) => m.to.includes("tom.trustee"))!.text);
    await expectOneAudit(() => runForm(resendInvitation, v.admin, { userId: user.id }), "user.invite");
    expect(await invitationViewer(first)).toBeNull();
    const second = linkIn((await outboxAfterJobs(v.admin)).messages.find((m) => m.to.includes("tom.trustee"))!.text);
    expect(second).not.toBe(first);
    expect(await invitationViewer(second)).not.toBeNull();
    await trust.prisma.invitation.updateMany({ where: { userId: user.id, usedAt: null, revokedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await invitationViewer(second)).toBeNull();
    await runForm(resendInvitation, v.admin, { userId: user.id });
    const third = linkIn((await outboxAfterJobs(v.admin)).messages.find((m) => m.to.includes("tom.trustee"))!.text);
    await runForm(setAccountStatus, v.admin, { userId: user.id, status: "DISABLED" });
    expect(await invitationViewer(third)).toBeNull();
  });

  it("refuses a taken email, a bad address, a governor without a school, and anyone but the admin", async () => {
    await expectRefused(() => runForm(inviteUser, v.admin, { name: "Dup", email: DEMO_EMAILS.teacher, role: "TRUSTEE" }), invalid("email"));
    await expectRefused(() => runForm(inviteUser, v.admin, { name: "Bad", email: "not-an-email", role: "TRUSTEE" }), invalid("email"));
    await expectRefused(() => runForm(inviteUser, v.admin, { name: "Gov", email: "gov@example.org", role: "LOCAL_GOVERNOR" }), invalid("schoolId"));
    for (const key of ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(inviteUser, v[key], { name: "X", email: `x.${key}@example.org`, role: "TRUSTEE" }), notFoundResult);
      await expect(outbox(v[key])).rejects.toEqual(notFound);
    }
    const setUp = colleague(headSchool(), 2);
    await expectRefused(() => runForm(resendInvitation, v.admin, { userId: setUp.userId }), { ok: false, message: expect.stringContaining("already set up") });
  });
});
