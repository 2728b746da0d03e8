// Subject access and portability (issue 21 §1): the catalogue names every table (a new one fails here
// until it is exported or exempted); the trust admin's export of a person is built by its job into one
// ZIP holding every kind of record with their files, lists other people's names in free text others
// wrote, and is audited; a person downloads their own development record; nobody else may do either.
import { readdirSync, readFileSync } from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { db } from "@/lib/db/client";
import { CATALOGUE, isExported } from "@/lib/privacy/catalogue";
import { requestOwnExport, requestSubjectAccess } from "@/lib/privacy/commands";
import { myExports, subjectAccessExport, subjectAccessPage } from "@/lib/privacy/queries";
import { readFile } from "@/lib/storage/queries";
import { DEMO_KEYS } from "../support/fixtures";
import { runForm } from "../support/form";
import { runJobs } from "../support/jobs";
import { expectOneAudit, expectRefused, notFound, notFoundResult } from "../support/writes";
import { seedCpdTrust } from "./cpd-fixture";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let v: Awaited<ReturnType<typeof trust.viewers>>;
beforeAll(async () => {
  trust = await seedCpdTrust();
  v = await trust.viewers();
});

const teacherId = () => v.teacher.staff?.id ?? "";

async function zipOf(exportId: string) {
  const row = await db().dataExport.findUniqueOrThrow({ where: { id: exportId }, include: { file: true } });
  expect(row.status).toBe("DONE");
  return { row, files: unzipSync(new Uint8Array(row.file!.data!)) };
}

describe("the catalogue", () => {
  it("lists every table of the schema, each exported or exempt with its reason", () => {
    const models = Object.values(Prisma.ModelName).sort();
    expect(Object.keys(CATALOGUE).sort()).toEqual(models);
    for (const [model, entry] of Object.entries(CATALOGUE)) {
      if (!isExported(entry)) expect(entry.exempt.length, model).toBeGreaterThan(20);
    }
  });

  it("exports every table with a column naming a person, or says why not", () => {
    // Models of the schema files with a field whose type is a person (StaffMember or User).
    const schema = readdirSync("prisma/schema").filter((f) => f.endsWith(".prisma")).map((f) => readFileSync(`prisma/schema/${f}`, "utf8")).join("\n");
    const personal = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].filter(([, , body]) => /^\s+\w+\s+(StaffMember|User)\??\s/m.test(body ?? "")).map(([, name]) => name!);
    expect(personal.length).toBeGreaterThan(20);
    const exemptPersonal = personal.filter((m) => !isExported(CATALOGUE[m as Prisma.ModelName]));
    // Those with a person's column that are not exported, each for a reason written in the catalogue.
    expect(exemptPersonal.sort()).toEqual(["Erasure", "MfaRecoveryCode", "RetentionReview", "StaffDesignation"]);
  });
});

describe("a subject access export", () => {
  it("is asked for by the trust admin, audited, and built by its job into a ZIP with every kind of record and the files", async () => {
    // Evidence with a file, and a returned record whose reason (by the head) names a colleague.
    const colleague = trust.built.staff.find((s) => s.id !== teacherId() && s.schoolId === v.teacher.staff?.schoolId)!;
    const file = await db().storedFile.create({ data: { trustId: v.teacher.trustId, purpose: "CPD_EVIDENCE", name: "lesson plan.pdf", contentType: "application/pdf", size: 4, sha256: "0".repeat(64), data: Buffer.from("%PDF"), uploadedById: v.teacher.userId } });
    const [a, b] = await db().cpdActivity.findMany({ where: { staffMemberId: teacherId() }, take: 2, orderBy: { id: "asc" } });
    await db().cpdActivity.update({ where: { id: a!.id }, data: { evidenceFileId: file.id } });
    await db().cpdActivity.update({ where: { id: b!.id }, data: { returnReason: `Please add the plan you made with ${colleague.firstName} ${colleague.lastName}.` } });

    const asked = (await expectOneAudit(() => runForm(requestSubjectAccess, v.admin, { staffMemberId: teacherId() }), "export.subject-access")) as { ok: true; data: { id: string } };
    const queued = await subjectAccessExport(v.admin, asked.data.id);
    expect(queued.status).toBe("QUEUED");
    await runJobs();

    const { row, files } = await zipOf(asked.data.id);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["summary.html", "data/CpdActivity.json", "data/StaffMember.json", "data/AuditLog.json", "data/Session.json"]));
    const activities = JSON.parse(strFromU8(files["data/CpdActivity.json"]!)) as unknown[];
    expect(activities).toHaveLength(await db().cpdActivity.count({ where: { staffMemberId: teacherId() } }));
    expect(strFromU8(files[Object.keys(files).find((f) => f.startsWith("files/"))!]!)).toBe("%PDF");
    const user = JSON.parse(strFromU8(files["data/User.json"]!)) as Record<string, unknown>[];
    expect(user[0]).not.toHaveProperty("passwordHash");
    expect(strFromU8(files["summary.html"]!)).toContain(`${trust.built.staff.find((s) => s.id === teacherId())!.lastName}`);
    expect(row.done).toBe(row.total);
    expect(row.redactions).toEqual([{ kind: "CpdActivity", field: "returnReason", recordId: b!.id, names: [`${colleague.firstName} ${colleague.lastName}`] }]);
    // The ZIP is the admin's to download, nobody else's.
    expect((await readFile(v.admin, row.fileId!))?.contentType).toBe("application/zip");
    expect(await readFile(v.teacher, row.fileId!)).toBeNull();
  });

  it("is refused to every other role, for a person of another trust and for a bad id, writing nothing", async () => {
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) {
      await expectRefused(() => runForm(requestSubjectAccess, v[key], { staffMemberId: teacherId() }), notFoundResult);
      await expect(subjectAccessPage(v[key], undefined), key).rejects.toEqual(notFound);
      const anExport = (await subjectAccessPage(v.admin, undefined)).exports[0]!.id;
      await expect(subjectAccessExport(v[key], anExport), key).rejects.toEqual(notFound);
    }
    await expectRefused(() => runForm(requestSubjectAccess, v.admin, { staffMemberId: "00000000-0000-4000-8000-000000000000" }), notFoundResult);
    await expectRefused(() => runForm(requestSubjectAccess, v.admin, { staffMemberId: "not-an-id" }), { ok: false, fieldErrors: { staffMemberId: [expect.any(String)] } });
  });

  it("finds people by name for the admin", async () => {
    const person = trust.built.staff.find((s) => s.id === teacherId())!;
    const page = await subjectAccessPage(v.admin, `${person.firstName} ${person.lastName}`);
    expect(page.matches.map((m) => m.id)).toContain(person.id);
    expect(page.exports.length).toBeGreaterThan(0);
  });
});

describe("a person's own development record", () => {
  it("holds their CPD, training and qualifications with evidence, and nothing of the audit or sign-ins; only they see it", async () => {
    const asked = (await expectOneAudit(() => runForm(requestOwnExport, v.teacher, {}), "export.own")) as { ok: true; data: { id: string } };
    await runJobs();
    const { row, files } = await zipOf(asked.data.id);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(["summary.html", "data/CpdActivity.json", "data/TrainingCompletion.json", "data/Qualification.json"]));
    expect(Object.keys(files).some((f) => f.startsWith("files/"))).toBe(true);
    expect(files["data/AuditLog.json"]).toBeUndefined();
    expect(files["data/Session.json"]).toBeUndefined();
    expect(row.redactions).toEqual([]);
    expect((await myExports(v.teacher)).map((r) => r.id)).toContain(asked.data.id);
    expect((await readFile(v.teacher, row.fileId!))?.contentType).toBe("application/zip");
    // Not on the admin's subject access list, not on a colleague's page.
    expect((await subjectAccessPage(v.admin, undefined)).exports.map((r) => r.id)).not.toContain(asked.data.id);
    expect((await myExports(v.head)).map((r) => r.id)).not.toContain(asked.data.id);
  });

  it("is refused to those with no staff record", async () => {
    for (const key of ["governor", "trustee", "admin"] as const) {
      await expectRefused(() => runForm(requestOwnExport, v[key], {}), notFoundResult);
      // and their page of own records is not found.
      await expect(myExports(v[key]), key).rejects.toEqual(notFound);
    }
  });
});
