// Recording statutory training and qualifications against real Postgres: what is written, what is
// refused, and that a refusal writes nothing (rows, files and audit entries).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { trainingFor } from "@/lib/cpd/queries";
import { addMonths } from "@/lib/cpd/rules";
import { recordTraining, saveQualification } from "@/lib/cpd/records/commands";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/validate";
import { counts, day, ok, pdfFile, seedCpdTrust } from "./cpd-fixture";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
beforeAll(async () => {
  trust = await seedCpdTrust();
});

/** A requirement that applies to the viewer, from the same query "My development" uses. */
const myRequirement = async (key: "teacher" | "head") => {
  const v = await trust.viewer(key);
  const [line] = await trainingFor(v, v.staff!.id);
  if (!line) throw new Error(`no training applies to ${key}`);
  return line;
};

describe("recording statutory training", () => {
  it("records a completion with its expiry from the requirement's validity, audited", async () => {
    const teacher = await trust.viewer("teacher");
    const req = await myRequirement("teacher");
    const before = await counts();
    const { id } = ok<{ id: string }>(await recordTraining.run(teacher, { requirementId: req.requirementId, completedOn: "2025-01-31" }));
    const row = await db().trainingCompletion.findUniqueOrThrow({ where: { id } });
    const expected = addMonths(new Date("2025-01-31T00:00:00Z"), req.validityMonths);
    expect(row).toMatchObject({ staffMemberId: teacher.staff!.id, trustId: teacher.trustId, requirementId: req.requirementId, certificateFileId: null });
    expect(row.completedOn.toISOString().slice(0, 10)).toBe("2025-01-31");
    expect(row.expiresOn.toISOString().slice(0, 10)).toBe(expected.toISOString().slice(0, 10));
    expect(await counts()).toMatchObject({ completions: before.completions + 1, audit: before.audit + 1, files: before.files });
    const audit = await db().auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "cpd.training.record", entity: "TrainingCompletion", actorUserId: teacher.userId });
  });

  it("stores an uploaded certificate and shows the new status on My development", async () => {
    const teacher = await trust.viewer("teacher");
    const req = await myRequirement("teacher");
    const { id } = ok<{ id: string }>(await recordTraining.run(teacher, { requirementId: req.requirementId, completedOn: day(0), certificate: pdfFile() }));
    const row = await db().trainingCompletion.findUniqueOrThrow({ where: { id }, include: { certificateFile: true } });
    expect(row.certificateFile).toMatchObject({ purpose: "CERTIFICATE", contentType: "application/pdf", name: "certificate.pdf" });
    const line = (await trainingFor(teacher, teacher.staff!.id)).find((t) => t.requirementId === req.requirementId)!;
    expect(line.status).toBe("VALID");
    expect(line.completedOn?.toISOString().slice(0, 10)).toBe(day(0));
  });

  const refusals: [string, () => Promise<Record<string, unknown>>, string][] = [
    ["a future completion date", async () => ({ completedOn: day(2) }), "completedOn"],
    ["a completion before 2000", async () => ({ completedOn: "1999-12-31" }), "completedOn"],
    ["a completion date that is not a date", async () => ({ completedOn: "yesterday" }), "completedOn"],
    ["no requirement", async () => ({ requirementId: "" }), "requirementId"],
    ["a requirement that does not exist", async () => ({ requirementId: crypto.randomUUID() }), "requirementId"],
    [
      "an inactive requirement",
      async () => {
        const r = await db().trainingRequirement.create({ data: { trustId: (await trust.viewer("teacher")).trustId, name: `Retired ${crypto.randomUUID()}`, categories: [], validityMonths: 12, active: false } });
        return { requirementId: r.id };
      },
      "requirementId",
    ],
    [
      "another trust's requirement",
      async () => {
        const other = await db().trust.create({ data: { name: `Other trust ${crypto.randomUUID()}` } });
        const r = await db().trainingRequirement.create({ data: { trustId: other.id, name: "Safeguarding", categories: [], validityMonths: 12 } });
        return { requirementId: r.id };
      },
      "requirementId",
    ],
    [
      "a requirement that does not apply to the viewer's role",
      async () => {
        const r = await db().trainingRequirement.create({ data: { trustId: (await trust.viewer("teacher")).trustId, name: `DSL only ${crypto.randomUUID()}`, categories: [], designation: "DESIGNATED_SAFEGUARDING_LEAD", validityMonths: 24 } });
        return { requirementId: r.id };
      },
      "requirementId",
    ],
    ["a certificate over 10 MB", async () => ({ certificate: pdfFile("big.pdf", MAX_UPLOAD_BYTES) }), "certificate"],
    ["a forbidden certificate type", async () => ({ certificate: new File([Buffer.from("MZ")], "run.exe") }), "certificate"],
    ["a certificate whose contents are not what its name says", async () => ({ certificate: new File([Buffer.from("MZ not a pdf")], "fake.pdf") }), "certificate"],
  ];
  for (const [what, change, field] of refusals) {
    it(`refuses ${what} with a field error and writes nothing`, async () => {
      const teacher = await trust.viewer("teacher");
      const req = await myRequirement("teacher");
      const input = { requirementId: req.requirementId, completedOn: day(-1), certificate: pdfFile(), ...(await change()) };
      const before = await counts();
      const result = await recordTraining.run(teacher, input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.fieldErrors[field]?.length).toBeGreaterThan(0);
      expect(await counts()).toEqual(before);
    });
  }

  for (const key of ["governor", "trustee"] as const) {
    it(`a ${key} (no staff record) gets not found and nothing is written`, async () => {
      const v = await trust.viewer(key);
      expect(v.staff).toBeNull();
      const req = await myRequirement("teacher");
      const before = await counts();
      const result = await recordTraining.run(v, { requirementId: req.requirementId, completedOn: day(-1), certificate: pdfFile() });
      expect(result).toMatchObject({ ok: false, message: "That record was not found." });
      expect(await counts()).toEqual(before);
    });
  }

  it("a head records their own training, never anyone else's", async () => {
    const head = await trust.viewer("head");
    const req = await myRequirement("head");
    const { id } = ok<{ id: string }>(await recordTraining.run(head, { requirementId: req.requirementId, completedOn: day(-10) }));
    expect((await db().trainingCompletion.findUniqueOrThrow({ where: { id } })).staffMemberId).toBe(head.staff!.id);
  });
});

const validQualification = (extra: Record<string, unknown> = {}) => ({
  kind: "NPQ_SENIOR_LEADERSHIP",
  title: "",
  status: "IN_PROGRESS",
  startDate: "2025-09-01",
  completedOn: "",
  provider: "Best Practice Network",
  ...extra,
});

describe("qualifications", () => {
  it("adds one, audited", async () => {
    const teacher = await trust.viewer("teacher");
    const before = await counts();
    const { id } = ok<{ id: string }>(await saveQualification.run(teacher, validQualification()));
    const row = await db().qualification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ staffMemberId: teacher.staff!.id, trustId: teacher.trustId, kind: "NPQ_SENIOR_LEADERSHIP", status: "IN_PROGRESS", title: null, completedOn: null, provider: "Best Practice Network" });
    expect(await counts()).toMatchObject({ qualifications: before.qualifications + 1, audit: before.audit + 1 });
  });

  it("updates one of your own to completed, keeping the before and after in the audit log", async () => {
    const teacher = await trust.viewer("teacher");
    const { id } = ok<{ id: string }>(await saveQualification.run(teacher, validQualification()));
    ok(await saveQualification.run(teacher, validQualification({ id, status: "COMPLETED", completedOn: day(-1), title: "NPQSL 2025" })));
    const row = await db().qualification.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "COMPLETED", title: "NPQSL 2025" });
    expect(row.completedOn?.toISOString().slice(0, 10)).toBe(day(-1));
    const entry = await db().auditLog.findFirstOrThrow({ where: { entityId: id, action: "cpd.qualification.update" } });
    expect(entry.before).toMatchObject({ status: "IN_PROGRESS" });
    expect(entry.after).toMatchObject({ status: "COMPLETED" });
  });

  const refusals: [string, Record<string, unknown>, string][] = [
    ["COMPLETED without a date", { status: "COMPLETED", completedOn: "" }, "completedOn"],
    ["a completion date in the future", { status: "COMPLETED", completedOn: day(3) }, "completedOn"],
    ["a completion before the start", { status: "COMPLETED", startDate: "2025-09-01", completedOn: "2025-08-31" }, "completedOn"],
    ["an unknown kind", { kind: "PHD" }, "kind"],
    ["an unknown status", { status: "DONE" }, "status"],
    ["a start date that is not a date", { startDate: "soon" }, "startDate"],
  ];
  for (const [what, change, field] of refusals) {
    it(`refuses ${what} with a field error and writes nothing`, async () => {
      const teacher = await trust.viewer("teacher");
      const before = await counts();
      const result = await saveQualification.run(teacher, validQualification(change));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.fieldErrors[field]?.length).toBeGreaterThan(0);
      expect(await counts()).toEqual(before);
    });
  }

  for (const key of ["head", "multiRole"] as const) {
    it(`editing a ${key}'s qualification is not found and changes nothing`, async () => {
      const owner = await trust.viewer(key);
      const { id } = ok<{ id: string }>(await saveQualification.run(owner, validQualification({ provider: "Original" })));
      const teacher = await trust.viewer("teacher");
      const before = await counts();
      const result = await saveQualification.run(teacher, validQualification({ id, provider: "Hijacked" }));
      expect(result).toMatchObject({ ok: false, message: "That record was not found." });
      expect(await db().qualification.findUniqueOrThrow({ where: { id } })).toMatchObject({ provider: "Original", staffMemberId: owner.staff!.id });
      expect(await counts()).toEqual(before);
    });
  }

  it("a nonexistent id is not found", async () => {
    const result = await saveQualification.run(await trust.viewer("teacher"), validQualification({ id: crypto.randomUUID() }));
    expect(result).toMatchObject({ ok: false, message: "That record was not found." });
  });

  for (const key of ["governor", "trustee"] as const) {
    it(`a ${key} (no staff record) gets not found, for a new one and an existing one`, async () => {
      const v = await trust.viewer(key);
      const existing = await db().qualification.findFirstOrThrow();
      const before = await counts();
      expect(await saveQualification.run(v, validQualification())).toMatchObject({ ok: false, message: "That record was not found." });
      expect(await saveQualification.run(v, validQualification({ id: existing.id }))).toMatchObject({ ok: false, message: "That record was not found." });
      expect(await counts()).toEqual(before);
    });
  }
});
