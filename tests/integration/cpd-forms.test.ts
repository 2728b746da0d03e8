// Every CPD action through its real form path (a FormData, the server's own conversion, the command):
// allowed with exactly one audit entry of its own, denied and bad input writing nothing at all.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import * as admin from "@/lib/cpd/admin/commands";
import * as cpd from "@/lib/cpd/commands";
import { trainingFor } from "@/lib/cpd/queries";
import * as records from "@/lib/cpd/records/commands";
import { db } from "@/lib/db/client";
import { seedCommunities } from "@/prisma/seed/communities";
import { emptyFileInput, runForm, type FormFields } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFoundResult } from "../support/writes";
import { day, pdfFile, seedCpdTrust } from "./cpd-fixture";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let teacher: Viewer, head: Viewer, trustee: Viewer, trustAdmin: Viewer;
beforeAll(async () => {
  trust = await seedCpdTrust();
  // Community meetings' registers write the records a reflection is added to.
  await seedCommunities(db(), trust.built, { scale: 1 });
  [teacher, head, trustee, trustAdmin] = await Promise.all([trust.viewer("teacher"), trust.viewer("head"), trust.viewer("trustee"), trust.viewer("admin")]);
});

const activity = (extra: FormFields = {}): FormFields => ({
  id: "", title: "Oracy course", type: "COURSE", strand: "PROFESSIONAL_LEARNING", provider: "", startDate: day(-3), endDate: day(-2),
  hours: "2.5", subject: "", reflection: "", impact: "", evidenceUrl: "", evidence: emptyFileInput(), intent: "draft", ...extra,
});

const idOf = (result: unknown) => (result as { data: { id: string } }).data.id;
const draft = async (viewer: Viewer = teacher, extra: FormFields = {}) => idOf(await runForm(cpd.saveActivity, viewer, activity(extra)));

describe("activities", () => {
  it("save: a draft, then submitted with a file; another's id or no staff record is not found; bad hours a field error", async () => {
    const id = idOf(await expectOneAudit(() => runForm(cpd.saveActivity, teacher, activity()), "cpd.create"));
    await expectOneAudit(() => runForm(cpd.saveActivity, teacher, activity({ id, intent: "submit", evidence: pdfFile() })), "cpd.update");
    const headsOwn = await draft(head);
    await expectRefused(() => runForm(cpd.saveActivity, teacher, activity({ id: headsOwn })), notFoundResult);
    await expectRefused(() => runForm(cpd.saveActivity, trustee, activity()), notFoundResult);
    await expectRefused(() => runForm(cpd.saveActivity, teacher, activity({ hours: "0x10" })), invalid("hours"));
  });

  it("submit and delete: the owner's only", async () => {
    const id = await draft();
    await expectRefused(() => runForm(cpd.submitActivity, head, { id }), notFoundResult);
    await expectRefused(() => runForm(cpd.submitActivity, teacher, { id: "not-an-id" }), { ok: false, fieldErrors: { id: [expect.any(String)] } });
    await expectOneAudit(() => runForm(cpd.submitActivity, teacher, { id }), "cpd.submit");
    // Sent already: a second click changes nothing and writes no audit entry.
    await expectRefused(() => runForm(cpd.submitActivity, teacher, { id }), { ok: true });
    const other = await draft();
    await expectRefused(() => runForm(cpd.deleteActivity, trustee, { id: other }), notFoundResult);
    await expectRefused(() => runForm(cpd.deleteActivity, teacher, { id }), { ok: false, message: expect.stringContaining("waiting for verification") });
    await expectOneAudit(() => runForm(cpd.deleteActivity, teacher, { id: other }), "cpd.delete");
  });

  it("verify: the school's leader verifies ticked ids; the teacher is refused; a return needs a reason", async () => {
    const ids = [await draft(), await draft()];
    for (const id of ids) await runForm(cpd.submitActivity, teacher, { id });
    await expectRefused(() => runForm(cpd.verifyActivities, teacher, { "ids[]": ids, decision: "verify" }), notFoundResult);
    await expectRefused(() => runForm(cpd.verifyActivities, head, { "ids[]": ids, decision: "return", reason: "" }), invalid("reason"));
    await expectRefused(() => runForm(cpd.verifyActivities, head, { decision: "verify" }), invalid("ids[]"));
    const before = await db().auditLog.count();
    expect(await runForm(cpd.verifyActivities, head, { "ids[]": ids, decision: "verify" })).toMatchObject({ ok: true, message: "Verified 2 activities." });
    expect(await db().auditLog.count()).toBe(before + 2);
  });
});

describe("own records", () => {
  it("training: recorded with a certificate; no staff record is not found; a future date is a field error", async () => {
    const [line] = await trainingFor(teacher, teacher.staff!.id);
    const fields = { requirementId: line!.requirementId, completedOn: day(-1), certificate: pdfFile() };
    await expectOneAudit(() => runForm(records.recordTraining, teacher, fields), "cpd.training.record");
    await expectRefused(() => runForm(records.recordTraining, trustee, fields), notFoundResult);
    await expectRefused(() => runForm(records.recordTraining, teacher, { ...fields, completedOn: day(3) }), invalid("completedOn"));
  });

  it("qualifications: added by the owner; another's is not found; completed needs its date", async () => {
    const fields = { id: "", kind: "NPQ_HEADSHIP", title: "", status: "IN_PROGRESS", startDate: day(-30), completedOn: "", provider: "" };
    const id = idOf(await expectOneAudit(() => runForm(records.saveQualification, teacher, fields), "cpd.qualification.create"));
    await expectRefused(() => runForm(records.saveQualification, head, { ...fields, id }), notFoundResult);
    await expectRefused(() => runForm(records.saveQualification, teacher, { ...fields, status: "COMPLETED" }), invalid("completedOn"));
  });

  it("reflection on a register's record: its owner only; too long is a field error", async () => {
    const record = await db().cpdActivity.findFirstOrThrow({ where: { meetingId: { not: null }, staffMember: { userId: { not: null } } }, include: { staffMember: true } });
    const owner = (await loadViewer(record.staffMember.userId!))!;
    await expectOneAudit(() => runForm(records.saveReflection, owner, { id: record.id, reflection: "Talk partners.", impact: "" }), "cpd.reflection");
    await expectRefused(() => runForm(records.saveReflection, trustee, { id: record.id, reflection: "Not mine" }), notFoundResult);
    await expectRefused(() => runForm(records.saveReflection, owner, { id: record.id, reflection: "x".repeat(4001) }), invalid("reflection"));
  });
});

describe("trust reference data", () => {
  it("targets and requirements: the trust admin only; bad values are field errors", async () => {
    await expectOneAudit(() => runForm(admin.saveTarget, trustAdmin, { startYear: "2025", scope: "SUPPORT", hours: "22" }), "cpd.target.save");
    await expectRefused(() => runForm(admin.saveTarget, head, { startYear: "2025", scope: "SUPPORT", hours: "22" }), notFoundResult);
    await expectRefused(() => runForm(admin.saveTarget, trustAdmin, { startYear: "2025", scope: "SUPPORT", hours: "-1" }), invalid("hours"));
    const requirement = { id: "", name: "Fire safety (forms test)", description: "", "categories[]": ["TEACHER", "SUPPORT"], designation: "", validityMonths: "12", active: "on" };
    await expectOneAudit(() => runForm(admin.saveRequirement, trustAdmin, requirement), "training.requirement.create");
    await expectRefused(() => runForm(admin.saveRequirement, teacher, requirement), notFoundResult);
    await expectRefused(() => runForm(admin.saveRequirement, trustAdmin, requirement), invalid("name"));
    await expectRefused(() => runForm(admin.saveRequirement, trustAdmin, { ...requirement, name: "Other", validityMonths: "0" }), invalid("validityMonths"));
  });
});
