// Issue 11 §3: creating and editing staff records (a head for their own school, the admin for any),
// recording leavers (kept, out of current views, in the turnover figure), and the retention figures.
import { beforeAll, describe, expect, it } from "vitest";
import { createSession } from "@/lib/account/sessions/mutations";
import { loadSession } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { academicYear, isoDay, londonToday } from "@/lib/dates";
import { createStaff, recordLeaver, updateStaff } from "@/lib/people/commands";
import { employmentHistory } from "@/lib/people/employment/queries";
import { staffDirectory } from "@/lib/people/queries";
import { staffNamed } from "@/lib/people/name-search";
import { lineManagerChoices, staffForEdit } from "@/lib/people/records/queries";
import { schoolRetention, trustRetention } from "@/lib/people/retention/queries";
import { staffDirectoryParams } from "@/lib/people/schema";
import { DEMO_EMAILS, type StaffRow } from "@/prisma/seed";
import { type seedSmallTrust, smallTrustWithOutbox, type DemoKey } from "../support/fixtures";
import { outboxAfterJobs } from "../support/jobs";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFound, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;

beforeAll(async () => ({ trust, v } = await smallTrustWithOutbox("staff")));

const headSchool = () => v.head.staff!.schoolId;
const otherSchool = () => trust.built.schools.find((s) => s.id !== headSchool())!.id;
const person = (over: Record<string, unknown> = {}) => ({
  firstName: "Siân",
  lastName: "O'Connor",
  email: "sian.oconnor@northbridge.example",
  jobTitle: "Teacher of English",
  category: "TEACHER",
  careerStage: "ECT",
  fte: "0.8",
  startDate: "2025-09-01",
  subjects: "English, Drama",
  "designations[]": ["FIRST_AIDER"],
  schoolId: headSchool(),
  invite: "on",
  ...over,
});
const directory = (viewer: Viewer, q: string) => staffDirectory(viewer, staffDirectoryParams.parse({ q }));

describe("creating a member of staff", () => {
  it("a head adds one to their own school: a record, an account with the staff role, designations, an invitation", async () => {
    const result = await expectOneAudit(() => runForm(createStaff, v.head, person()), "staff.create");
    const id = (result as { data: { id: string } }).data.id;
    const row = await trust.prisma.staffMember.findUniqueOrThrow({ where: { id }, include: { designations: true, user: { include: { roleAssignments: true } } } });
    expect(row).toMatchObject({ schoolId: headSchool(), firstName: "Siân", lastName: "O'Connor", subjects: ["English", "Drama"], careerStage: "ECT" });
    expect(row.fte.toString()).toBe("0.8");
    expect(row.designations.map((d) => d.designation)).toEqual(["FIRST_AIDER"]);
    expect(row.user?.roleAssignments.map((r) => r.role)).toEqual(["STAFF"]);
    expect((await outboxAfterJobs(v.admin)).messages.some((m) => m.to.includes("sian.oconnor@northbridge.example"))).toBe(true);
    expect((await directory(v.head, "O'Connor")).rows.map((r) => r.id)).toContain(id);
  });

  it("a head cannot add staff to another school; nobody but heads and the admin can add any", async () => {
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "x1@northbridge.example", schoolId: otherSchool() })), notFoundResult);
    for (const key of ["teacher", "seniorLeader", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(createStaff, v[key], person({ email: `x.${key}@northbridge.example` })), notFoundResult);
    }
    await expectOneAudit(() => runForm(createStaff, v.admin, person({ email: "new.admin.hire@northbridge.example", schoolId: otherSchool(), invite: undefined })), "staff.create");
  });

  it("bad input is a field error and writes nothing", async () => {
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "" })), invalid("email"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: DEMO_EMAILS.teacher })), invalid("email"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "u1@northbridge.example", fte: "1.5" })), invalid("fte"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "u2@northbridge.example", fte: "abc" })), invalid("fte"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "u3@northbridge.example", startDate: "2025-02-30" })), invalid("startDate"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "u4@northbridge.example", category: "JANITOR" })), invalid("category"));
    await expectRefused(() => runForm(createStaff, v.admin, person({ email: "u5@northbridge.example", schoolId: "00000000-0000-4000-8000-000000000999" })), invalid("schoolId"));
  });
});

describe("editing a staff record", () => {
  it("a head edits their own school's staff (audited before and after); the account's name and email follow", async () => {
    const target = trust.built.staff.find((s) => s.schoolId === headSchool() && s.userId && !s.leaveDate && s.email !== DEMO_EMAILS.head)!;
    const fields = { ...person({ email: "renamed.person@northbridge.example", jobTitle: "Head of English" }), staffMemberId: target.id };
    await expectOneAudit(() => runForm(updateStaff, v.head, fields), "staff.update");
    const audit = await trust.prisma.auditLog.findFirstOrThrow({ where: { action: "staff.update", entityId: target.id } });
    expect(audit.before).toMatchObject({ jobTitle: target.jobTitle });
    expect(audit.after).toMatchObject({ jobTitle: "Head of English" });
    expect(await trust.prisma.user.findUniqueOrThrow({ where: { id: target.userId! } })).toMatchObject({ email: "renamed.person@northbridge.example", name: "Siân O'Connor" });
    const theirs = trust.built.staff.find((s) => s.schoolId === otherSchool() && !s.leaveDate)!;
    await expectRefused(() => runForm(updateStaff, v.head, { ...fields, email: "y@northbridge.example", staffMemberId: theirs.id }), notFoundResult);
    await expectRefused(() => runForm(updateStaff, v.seniorLeader, { ...fields, staffMemberId: target.id }), notFoundResult);
    for (const key of ["teacher", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(updateStaff, v[key], { ...fields, jobTitle: `Edited by ${key}`, staffMemberId: target.id }), notFoundResult);
    }
  });
});

describe("line managers", () => {
  /** The record's own edit form, as the page fills it, with a line manager chosen. */
  async function editForm(id: string, lineManagerId: string) {
    const { values } = await staffForEdit(v.admin, id);
    return { ...values, "designations[]": values["designations[]"].split("\n").filter(Boolean), staffMemberId: id, lineManagerId };
  }
  const colleagues = () => trust.built.staff.filter((s) => s.schoolId === headSchool() && !s.leaveDate && s.email !== DEMO_EMAILS.head && s.email !== DEMO_EMAILS.seniorLeader);

  it("someone current at the same school, shown on their record; the list offers the school's current staff but them", async () => {
    const [a, b] = colleagues() as [StaffRow, StaffRow];
    await expectOneAudit(async () => runForm(updateStaff, v.head, await editForm(a.id, b.id)), "staff.update");
    expect((await employmentHistory(v.head, a.id)).lineManager?.id).toBe(b.id);
    const audit = await trust.prisma.auditLog.findFirstOrThrow({ where: { action: "staff.update", entityId: a.id }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ lineManagerId: b.id });
    const groups = await lineManagerChoices(v.head, [{ id: headSchool(), name: "Home" }, { id: otherSchool(), name: "Other" }], a.id);
    expect(groups.map((g) => g.label)).toEqual(["Home"]);
    expect(groups[0]!.options.map((o) => o.value)).toContain(b.id);
    expect(groups[0]!.options.map((o) => o.value)).not.toContain(a.id);
    // Cleared by choosing "No line manager".
    await expectOneAudit(async () => runForm(updateStaff, v.head, await editForm(a.id, "")), "staff.update");
    expect((await trust.prisma.staffMember.findUniqueOrThrow({ where: { id: a.id } })).lineManagerId).toBeNull();
  });

  it("found by name for the new staff form of one who manages many schools: the matches only, grouped by their school", async () => {
    const [a] = colleagues() as [StaffRow];
    const schools = trust.built.schools.map((s) => ({ id: s.id, name: s.name }));
    const groups = await lineManagerChoices(v.admin, schools, undefined, staffNamed(`${a.firstName} ${a.lastName}`)!);
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toContain(a.id);
    expect(groups.every((g) => g.options.length > 0)).toBe(true);
    expect(groups.flatMap((g) => g.options).every((o) => o.label.startsWith(`${a.lastName}, ${a.firstName}`))).toBe(true);
    const everyone = await lineManagerChoices(v.admin, schools);
    expect(everyone).toHaveLength(schools.length);
  });

  it("not someone of another school, not a leaver, not themself, and never a loop", async () => {
    const [, , c, d, e] = colleagues() as StaffRow[];
    const elsewhere = trust.built.staff.find((s) => s.schoolId === otherSchool() && !s.leaveDate)!;
    await expectRefused(async () => runForm(updateStaff, v.admin, await editForm(c!.id, elsewhere.id)), invalid("lineManagerId"));
    await expectRefused(async () => runForm(updateStaff, v.admin, await editForm(c!.id, c!.id)), invalid("lineManagerId"));
    await expectRefused(async () => runForm(updateStaff, v.admin, await editForm(c!.id, "not-an-id")), invalid("lineManagerId"));
    await expectRefused(() => runForm(createStaff, v.head, person({ email: "lm1@northbridge.example", lineManagerId: elsewhere.id })), invalid("lineManagerId"));
    // c manages d, d manages e: e may not manage c.
    await expectOneAudit(async () => runForm(updateStaff, v.admin, await editForm(d!.id, c!.id)), "staff.update");
    await expectOneAudit(async () => runForm(updateStaff, v.admin, await editForm(e!.id, d!.id)), "staff.update");
    await expectRefused(async () => runForm(updateStaff, v.admin, await editForm(c!.id, e!.id)), invalid("lineManagerId"));
    const gone = await trust.prisma.staffMember.update({ where: { id: colleagues()[5]!.id }, data: { leaveDate: new Date("2024-08-31T00:00:00Z"), leaveReason: "RETIREMENT" } });
    await expectRefused(async () => runForm(updateStaff, v.admin, await editForm(c!.id, gone.id)), invalid("lineManagerId"));
    const created = await expectOneAudit(() => runForm(createStaff, v.head, person({ email: "lm2@northbridge.example", lineManagerId: c!.id })), "staff.create");
    expect((await trust.prisma.staffMember.findUniqueOrThrow({ where: { id: (created as { data: { id: string } }).data.id } })).lineManagerId).toBe(c!.id);
  });
});

describe("leavers and retention", () => {
  it("a leaver leaves the current lists, keeps their records, loses their school roles and sessions, and counts in turnover", async () => {
    const before = await schoolRetention(v.head, headSchool());
    const leaver = trust.built.staff.find((s) => s.schoolId === headSchool() && s.userId && !s.leaveDate && s.email === DEMO_EMAILS.seniorLeader)!;
    const session = await createSession({ userId: leaver.userId!, method: "PASSWORD" });
    const cpdBefore = await trust.prisma.cpdActivity.count({ where: { staffMemberId: leaver.id } });
    const today = isoDay(londonToday());
    await expectRefused(() => runForm(recordLeaver, v.head, { staffMemberId: leaver.id, leaveDate: "1999-01-01", leaveReason: "RESIGNATION" }), invalid("leaveDate"));
    await expectRefused(() => runForm(recordLeaver, v.head, { staffMemberId: leaver.id, leaveDate: "2999-01-01", leaveReason: "RESIGNATION" }), invalid("leaveDate"));
    await expectRefused(() => runForm(recordLeaver, v.head, { staffMemberId: leaver.id, leaveDate: today, leaveReason: "BORED" }), invalid("leaveReason"));
    await expectRefused(() => runForm(recordLeaver, v.head, { staffMemberId: v.head.staff!.id, leaveDate: today, leaveReason: "RETIREMENT" }), { ok: false, message: expect.stringContaining("your own leaving") });
    await expectOneAudit(() => runForm(recordLeaver, v.head, { staffMemberId: leaver.id, leaveDate: today, leaveReason: "PROMOTION_ELSEWHERE" }), "staff.leave");

    expect((await directory(v.head, leaver.lastName)).rows.map((r) => r.id)).not.toContain(leaver.id);
    expect(await trust.prisma.staffMember.findUnique({ where: { id: leaver.id } })).toMatchObject({ leaveReason: "PROMOTION_ELSEWHERE" });
    expect(await trust.prisma.cpdActivity.count({ where: { staffMemberId: leaver.id } })).toBe(cpdBefore);
    expect(await trust.prisma.roleAssignment.findMany({ where: { userId: leaver.userId! } })).toEqual([]);
    expect(await trust.prisma.user.findUniqueOrThrow({ where: { id: leaver.userId! } })).toMatchObject({ status: "DISABLED" });
    expect(await loadSession(leaver.userId!, session.id)).toBeNull();

    const after = await schoolRetention(v.head, headSchool());
    expect(after.school.leavers).toBe(before.school.leavers + 1);
    expect(after.reasons.find((r) => r.key === "PROMOTION_ELSEWHERE")?.count).toBe((before.reasons.find((r) => r.key === "PROMOTION_ELSEWHERE")?.count ?? 0) + 1);
    expect(after.school.rate).toBeCloseTo(after.school.leavers / ((after.school.atStart + after.school.atEnd) / 2));
    await expectRefused(() => runForm(recordLeaver, v.head, { staffMemberId: leaver.id, leaveDate: today, leaveReason: "OTHER" }), { ok: false, message: expect.stringContaining("left on") });
  });

  it("only the school's head and the trust admin record a leaver: anyone else is refused and nothing changes", async () => {
    const mine = trust.built.staff.find((s) => s.schoolId === headSchool() && !s.leaveDate && !(Object.values(DEMO_EMAILS) as string[]).includes(s.email))!;
    const theirs = trust.built.staff.find((s) => s.schoolId === otherSchool() && !s.leaveDate)!;
    const leave = (staffMemberId: string) => ({ staffMemberId, leaveDate: isoDay(londonToday()), leaveReason: "RESIGNATION" });
    await expectRefused(() => runForm(recordLeaver, v.head, leave(theirs.id)), notFoundResult);
    for (const key of ["teacher", "seniorLeader", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(recordLeaver, v[key], leave(mine.id)), notFoundResult);
    }
    expect(await trust.prisma.staffMember.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ leaveDate: null });
  });

  it("the trust's figures add up its clusters and schools from their counts, as the seed's own rows say", async () => {
    const year = academicYear();
    const data = await trustRetention(v.admin, year.startYear);
    const current = await trust.prisma.staffMember.count({ where: { trustId: v.admin.trustId, leaveDate: null } });
    expect(data.trust.atEnd).toBeLessThanOrEqual(current);
    const leavers = await trust.prisma.staffMember.count({ where: { trustId: v.admin.trustId, leaveDate: { gte: year.start, lt: year.end } } });
    expect(data.trust.leavers).toBe(leavers);
    expect(data.clusters.reduce((n, c) => n + c.leavers, 0)).toBe(leavers);
    expect(data.schools.reduce((n, s) => n + s.atStart, 0)).toBe(data.trust.atStart);
  });

  it("retention is read by the school's leaders and the admin only", async () => {
    await expect(trustRetention(v.head, academicYear().startYear)).rejects.toEqual(notFound);
    await expect(trustRetention(v.trustee, academicYear().startYear)).rejects.toEqual(notFound);
    await expect(schoolRetention(v.head, otherSchool())).rejects.toEqual(notFound);
    for (const key of ["teacher", "governor", "networkLeader"] as DemoKey[]) await expect(schoolRetention(v[key], headSchool())).rejects.toEqual(notFound);
  });
});
