// Issue 11 §3: importing staff from a school's MIS export. Upload, map the columns (saved per school),
// preview, then apply all or nothing or discard; re-imports update rather than duplicate (by work email
// or MIS staff id); row errors write nothing; a head for their own school, the trust admin for any.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { applyStaffImport, discardStaffImport, previewStaffImport, uploadStaffImport } from "@/lib/people/import/commands";
import { FIELD_KEYS, type FieldKey, type Mapping } from "@/lib/people/import/fields";
import { misCsv, misRow, MIS_HEADER, type MisRow } from "@/lib/people/import/mis-file";
import { staffImport } from "@/lib/people/import/queries";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectRefused, invalid, notFound, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

const headSchool = () => v.head.staff!.schoolId;
const otherSchool = () => trust.built.schools.find((s) => s.id !== headSchool())!.id;
const csvFile = (text: string, name = "staff.csv") => new File([text], name, { type: "text/csv" });
const row = (i: number, over: MisRow = {}) => misRow(i, "ash.example", over);
const GUESSED: Mapping = { misStaffId: "Staff Code", firstName: "Forename", lastName: "Surname", email: "Email (work)", jobTitle: "Role", category: "Staff Category", careerStage: "Career Stage", fte: "FTE", startDate: "Start Date", subjects: "Subjects" };
const mappingForm = (importId: string, mapping: Mapping) => ({ importId, ...Object.fromEntries(FIELD_KEYS.map((f: FieldKey) => [f, mapping[f] ?? ""])) });

async function upload(viewer: Viewer, schoolId: string, text: string, name?: string): Promise<string> {
  const result = await runForm(uploadStaffImport, viewer, { schoolId, file: csvFile(text, name) });
  if (!result.ok) throw new Error(`upload refused: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return (result.data as { id: string }).id;
}
async function previewed(viewer: Viewer, schoolId: string, rows: MisRow[], mapping: Mapping = GUESSED) {
  const id = await upload(viewer, schoolId, misCsv(rows));
  expect(await runForm(previewStaffImport, viewer, mappingForm(id, mapping))).toMatchObject({ ok: true });
  return { id, page: await staffImport(viewer, id, [...FIELD_KEYS]) };
}
const auditSince = async (id: bigint) => (await trust.prisma.auditLog.findMany({ where: { id: { gt: id } }, orderBy: { id: "asc" }, select: { action: true } })).map((a) => a.action);
const lastAudit = async () => (await trust.prisma.auditLog.findFirst({ orderBy: { id: "desc" }, select: { id: true } }))?.id ?? 0n;

describe("importing staff", () => {
  it("the admin uploads, maps, previews and applies: records and accounts made, no email sent, one entry per record plus the import's", async () => {
    const invitations = await trust.prisma.invitation.count();
    const { id, page } = await previewed(v.admin, otherSchool(), [row(1), row(2), row(3)]);
    expect(page.preview).toMatchObject({ errors: [], unchanged: 0, updates: [] });
    expect(page.preview!.adds.map((a) => a.values.email)).toEqual(["staff1@ash.example", "staff2@ash.example", "staff3@ash.example"]);
    expect(await trust.prisma.staffMember.count({ where: { email: { endsWith: "@ash.example" } } })).toBe(0);
    const since = await lastAudit();
    expect(await runForm(applyStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true, data: { added: 3, updated: 0 }, message: expect.stringContaining("No emails were sent") });
    expect(await auditSince(since)).toEqual(["staff.create", "staff.create", "staff.create", "staff.import"]);
    const rows = await trust.prisma.staffMember.findMany({ where: { email: { endsWith: "@ash.example" } }, include: { user: { include: { roleAssignments: true } } }, orderBy: { email: "asc" } });
    expect(rows.map((r) => [r.schoolId, r.misStaffId, r.firstName, r.category, r.fte.toString(), r.startDate.toISOString().slice(0, 10)])).toEqual([
      [otherSchool(), "S00001", "Forename1", "TEACHER", "1", "2011-09-02"],
      [otherSchool(), "S00002", "Forename2", "TEACHER", "1", "2012-09-03"],
      [otherSchool(), "S00003", "Forename3", "SUPPORT", "1", "2013-09-04"],
    ]);
    expect(rows.map((r) => [r.user?.email, r.user?.passwordHash, r.user?.roleAssignments.map((a) => a.role)])).toEqual(rows.map((r) => [r.email, null, ["STAFF"]]));
    expect(await trust.prisma.invitation.count()).toBe(invitations);
    expect((await trust.prisma.dataImport.findUniqueOrThrow({ where: { id } })).status).toBe("APPLIED");
  });

  it("a new record takes over an account of the trust without a staff record, which keeps its roles", async () => {
    const governor = await trust.prisma.user.findUniqueOrThrow({ where: { id: v.governor.userId }, include: { staffMember: true, roleAssignments: true } });
    expect(governor.staffMember).toBeNull();
    const { id, page } = await previewed(v.admin, otherSchool(), [row(90, { "Email (work)": governor.email })]);
    expect(page.preview!.adds.map((a) => a.userId)).toEqual([governor.id]);
    expect(await runForm(applyStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true, data: { added: 1 } });
    const after = await trust.prisma.user.findUniqueOrThrow({ where: { id: governor.id }, include: { staffMember: true, roleAssignments: true } });
    expect(after.staffMember).toMatchObject({ schoolId: otherSchool(), misStaffId: "S00090" });
    expect(after.roleAssignments.map((r) => r.role).sort()).toEqual([...governor.roleAssignments.map((r) => r.role), "STAFF"].sort());
  });

  it("applying twice is refused; a discarded import cannot be applied", async () => {
    const { id } = await previewed(v.admin, otherSchool(), [row(20)]);
    expect(await runForm(applyStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true });
    await expectRefused(() => runForm(applyStaffImport, v.admin, { importId: id }), { ok: false, message: "This import was already applied." });
    const second = await previewed(v.admin, otherSchool(), [row(21)]);
    expect(await runForm(discardStaffImport, v.admin, { importId: second.id })).toMatchObject({ ok: true, message: "Import discarded. Nothing was changed." });
    await expectRefused(() => runForm(applyStaffImport, v.admin, { importId: second.id }), { ok: false, message: "This import was already discarded." });
    expect(await trust.prisma.staffMember.count({ where: { email: "staff21@ash.example" } })).toBe(0);
  });

  it("an upload can be discarded at the column step, before any preview: it no longer waits on the admin's work list", async () => {
    const id = await upload(v.admin, otherSchool(), misCsv([row(22)]));
    const waiting = () => trust.prisma.dataImport.count({ where: { trustId: v.admin.trustId, status: "PREVIEW" } });
    const before = await waiting();
    expect(await runForm(discardStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true, message: "Import discarded. Nothing was changed." });
    expect(await waiting()).toBe(before - 1);
    expect((await staffImport(v.admin, id, [...FIELD_KEYS])).status).toBe("DISCARDED");
  });

  it("a re-import updates by work email and by MIS staff id, never duplicating", async () => {
    const school = otherSchool();
    // Row 1 keeps its MIS id but has a new email; row 2 keeps its email, loses its MIS id and goes part time; row 3 is as it was.
    const { id, page } = await previewed(v.admin, school, [
      row(1, { "Email (work)": "f.one@ash.example" }),
      row(2, { "Staff Code": "", FTE: "0.5" }),
      row(3),
    ]);
    expect(page.preview).toMatchObject({ adds: [], errors: [], unchanged: 1 });
    expect(page.preview!.updates.map((u) => [u.name, u.changes])).toEqual([
      ["Forename1 O'Surname1", [{ field: "Work email", from: "staff1@ash.example", to: "f.one@ash.example" }]],
      ["Forename2 O'Surname2", [{ field: "FTE", from: "1", to: "0.5" }]],
    ]);
    const before = await trust.prisma.staffMember.count();
    const since = await lastAudit();
    expect(await runForm(applyStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true, data: { added: 0, updated: 2, unchanged: 1 } });
    expect(await trust.prisma.staffMember.count()).toBe(before);
    expect(await auditSince(since)).toEqual(["staff.update", "staff.update", "staff.import"]);
    const one = await trust.prisma.staffMember.findFirstOrThrow({ where: { schoolId: school, misStaffId: "S00001" }, include: { user: true } });
    expect([one.email, one.user?.email]).toEqual(["f.one@ash.example", "f.one@ash.example"]);
    const two = await trust.prisma.staffMember.findFirstOrThrow({ where: { email: "staff2@ash.example" } });
    expect([two.misStaffId, two.fte.toString()]).toEqual(["S00002", "0.5"]);
  });

  it("a leaver in the file is skipped, not brought back", async () => {
    await trust.prisma.staffMember.updateMany({ where: { email: "staff3@ash.example" }, data: { leaveDate: new Date("2025-07-31T00:00:00Z"), leaveReason: "RESIGNATION" } });
    const { id, page } = await previewed(v.admin, otherSchool(), [row(3, { FTE: "0.5" }), row(10)]);
    expect(page.preview!.skipped).toEqual([{ row: 2, name: "Forename3 O'Surname3", reason: expect.stringContaining("an import does not bring a leaver back") }]);
    expect(await runForm(applyStaffImport, v.admin, { importId: id })).toMatchObject({ ok: true, data: { added: 1, skipped: 1 } });
    const leaver = await trust.prisma.staffMember.findFirstOrThrow({ where: { email: "staff3@ash.example" } });
    expect([leaver.fte.toString(), leaver.leaveReason]).toEqual(["1", "RESIGNATION"]);
  });

  it("row errors are listed and nothing can be applied; a preview made stale is refused", async () => {
    const { id, page } = await previewed(v.admin, otherSchool(), [
      row(30, { "Email (work)": "" }),
      row(31, { "Email (work)": "staff31@ash.example" }),
      row(32, { "Email (work)": "STAFF31@ash.example" }),
      row(33, { FTE: "1.5" }),
      row(34, { "Start Date": "31/02/2020" }),
      row(35, { "Email (work)": v.teacher.email }),
    ]);
    expect(page.preview!.errors.map((e) => e.row)).toEqual([2, 4, 5, 6, 7]);
    expect(page.preview!.errors.find((e) => e.row === 7)!.message).toMatch(/is already on the staff of/);
    await expectRefused(() => runForm(applyStaffImport, v.admin, { importId: id }), { ok: false, message: expect.stringContaining("rows with errors") });
    expect(await trust.prisma.staffMember.count({ where: { email: "staff31@ash.example" } })).toBe(0);

    const stale = await previewed(v.admin, otherSchool(), [row(40)]);
    await trust.prisma.staffMember.updateMany({ where: { email: "staff2@ash.example" }, data: { misStaffId: "S00040" } });
    await expectRefused(() => runForm(applyStaffImport, v.admin, { importId: stale.id }), { ok: false, message: expect.stringContaining("changed since this preview") });
    await trust.prisma.staffMember.updateMany({ where: { email: "staff2@ash.example" }, data: { misStaffId: "S00002" } });
  });

  it("bad files and mappings are field errors and write nothing", async () => {
    const imports = await trust.prisma.dataImport.count();
    await expectRefused(() => runForm(uploadStaffImport, v.admin, { schoolId: otherSchool(), file: csvFile("a,b\n1,2\n", "staff.xlsx") }), invalid("file"));
    await expectRefused(() => runForm(uploadStaffImport, v.admin, { schoolId: otherSchool(), file: csvFile("", "empty.csv") }), invalid("file"));
    await expectRefused(() => runForm(uploadStaffImport, v.admin, { schoolId: otherSchool(), file: csvFile(misCsv([])) }), invalid("file"));
    await expectRefused(() => runForm(uploadStaffImport, v.admin, { schoolId: otherSchool() }), invalid("file"));
    await expectRefused(() => runForm(uploadStaffImport, v.admin, { schoolId: "00000000-0000-4000-8000-000000000999", file: csvFile(misCsv([row(1)])) }), invalid("schoolId"));
    expect(await trust.prisma.dataImport.count()).toBe(imports);
    const id = await upload(v.admin, otherSchool(), misCsv([row(50)]));
    await expectRefused(() => runForm(previewStaffImport, v.admin, mappingForm(id, { ...GUESSED, email: undefined })), invalid("email"));
    await expectRefused(() => runForm(previewStaffImport, v.admin, mappingForm(id, { ...GUESSED, email: "No such column" })), invalid("email"));
    await expectRefused(() => runForm(previewStaffImport, v.admin, mappingForm(id, { ...GUESSED, jobTitle: "Forename" })), invalid("jobTitle"));
    expect((await staffImport(v.admin, id, [...FIELD_KEYS])).preview).toBeNull();
  });

  it("the mapping is saved for the school and offered for its next file, even under a header the guesser does not know", async () => {
    const header = MIS_HEADER.map((h) => (h === "Email (work)" ? "Contact: school mailbox" : h));
    const text = misCsv([{ ...row(60), "Contact: school mailbox": "staff60@ash.example" }], header);
    const first = await upload(v.head, headSchool(), text);
    expect((await staffImport(v.head, first, [...FIELD_KEYS])).mapping.email).toBeUndefined();
    expect(await runForm(previewStaffImport, v.head, mappingForm(first, { ...GUESSED, email: "Contact: school mailbox" }))).toMatchObject({ ok: true });
    const saved = await trust.prisma.staffImportMapping.findUniqueOrThrow({ where: { schoolId: headSchool() } });
    expect(saved.mapping).toMatchObject({ email: "Contact: school mailbox", firstName: "Forename" });
    const next = await upload(v.head, headSchool(), text);
    expect((await staffImport(v.head, next, [...FIELD_KEYS])).mapping).toEqual({ ...GUESSED, email: "Contact: school mailbox" });
  });
});

describe("who may import", () => {
  it("a head imports into their own school only; another school's import is not found to them", async () => {
    const { id } = await previewed(v.head, headSchool(), [row(70)]);
    expect(await runForm(applyStaffImport, v.head, { importId: id })).toMatchObject({ ok: true });
    expect((await trust.prisma.staffMember.findFirstOrThrow({ where: { email: "staff70@ash.example" } })).schoolId).toBe(headSchool());
    await expectRefused(() => runForm(uploadStaffImport, v.head, { schoolId: otherSchool(), file: csvFile(misCsv([row(71)])) }), notFoundResult);
    const admins = await upload(v.admin, otherSchool(), misCsv([row(72)]));
    await expectRefused(() => runForm(previewStaffImport, v.head, mappingForm(admins, GUESSED)), notFoundResult);
    await expectRefused(() => runForm(discardStaffImport, v.head, { importId: admins }), notFoundResult);
    await expect(staffImport(v.head, admins, [...FIELD_KEYS])).rejects.toEqual(notFound);
  });

  it("a head's rows cannot name another school; the school column is the admin's", async () => {
    const header = [...MIS_HEADER, "School"];
    const school = trust.built.schools.find((s) => s.id === otherSchool())!;
    const id = await upload(v.head, headSchool(), misCsv([row(73, { School: String(school.urn) })], header));
    expect(await runForm(previewStaffImport, v.head, mappingForm(id, { ...GUESSED, school: "School" }))).toMatchObject({ ok: true });
    expect((await staffImport(v.head, id, [...FIELD_KEYS])).preview!.adds.map((a) => a.schoolId)).toEqual([headSchool()]);
    const admins = await upload(v.admin, headSchool(), misCsv([row(74, { School: school.name }), row(75, { School: "Nowhere" })], header));
    expect(await runForm(previewStaffImport, v.admin, mappingForm(admins, { ...GUESSED, school: "School" }))).toMatchObject({ ok: true });
    const page = await staffImport(v.admin, admins, [...FIELD_KEYS]);
    expect(page.preview!.adds.map((a) => a.schoolId)).toEqual([school.id]);
    expect(page.preview!.errors).toEqual([{ row: 3, message: expect.stringContaining("unknown school 'Nowhere'") }]);
  });

  it("senior leaders, teachers, network leaders, governors and trustees cannot import", async () => {
    const id = await upload(v.admin, headSchool(), misCsv([row(80)]));
    for (const key of ["teacher", "seniorLeader", "networkLeader", "governor", "trustee", "multiRole"] as DemoKey[]) {
      await expectRefused(() => runForm(uploadStaffImport, v[key], { schoolId: headSchool(), file: csvFile(misCsv([row(81)])) }), notFoundResult);
      await expectRefused(() => runForm(previewStaffImport, v[key], mappingForm(id, GUESSED)), notFoundResult);
      await expectRefused(() => runForm(applyStaffImport, v[key], { importId: id }), notFoundResult);
      await expect(staffImport(v[key], id, [...FIELD_KEYS])).rejects.toEqual(notFound);
    }
  });
});
