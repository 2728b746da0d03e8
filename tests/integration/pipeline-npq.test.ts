// NPQ records through their commands: the holder records and edits their own (an edit clears the head's
// verification); bad input is a field error that writes nothing; the head of the holder's school
// verifies, and nobody else finds the record to verify.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveNpq, verifyQualification } from "@/lib/cpd/npq/commands";
import { runForm } from "../support/form";
import { londonIsoDay } from "../support/days";
import { NOT_FOUND, seedPipelineTrust } from "./pipeline-fixture";

let t: Awaited<ReturnType<typeof seedPipelineTrust>>;
const npq = (extra: Record<string, string> = {}) => ({ kind: "NPQ_SENIOR_LEADERSHIP", cohort: "autumn 2026", provider: "Ambition Institute", funding: "FUNDED", status: "APPLIED", ...extra });
const mine = () => db().qualification.count({ where: { staffMemberId: t.v.teacher.staff!.id } });

beforeAll(async () => {
  t = await seedPipelineTrust();
});

describe("recording an NPQ", () => {
  let id: string;

  it("records the teacher's NPQ with its cohort, provider, funding and status, optional dates left empty", async () => {
    const result = await runForm(saveNpq, t.v.teacher, { ...npq(), startDate: "", completedOn: "" });
    expect(result).toMatchObject({ ok: true, message: "NPQ saved." });
    const row = await db().qualification.findFirstOrThrow({ where: { staffMemberId: t.v.teacher.staff!.id, kind: "NPQ_SENIOR_LEADERSHIP" } });
    expect(row).toMatchObject({ cohort: "Autumn 2026", provider: "Ambition Institute", funding: "FUNDED", status: "APPLIED", startDate: null, verifiedAt: null });
    id = row.id;
    expect(await db().auditLog.count({ where: { entityId: id, action: "cpd.npq.create" } })).toBe(1);
  });

  it("refuses bad input with a field error per field and writes nothing", async () => {
    const before = await mine();
    const bad = await runForm(saveNpq, t.v.teacher, { kind: "MASTERS", cohort: "next year", provider: " ", funding: "FREE", status: "PLANNED" });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)], cohort: ["Enter the cohort as a term and year, for example Autumn 2026."], provider: [expect.any(String)], funding: [expect.any(String)], status: [expect.any(String)] } });
    const undated = await runForm(saveNpq, t.v.teacher, npq({ status: "COMPLETED" }));
    expect(undated).toMatchObject({ ok: false, fieldErrors: { completedOn: ["Enter the date you completed it."] } });
    const future = await runForm(saveNpq, t.v.teacher, npq({ status: "COMPLETED", completedOn: londonIsoDay(3) }));
    expect(future).toMatchObject({ ok: false, fieldErrors: { completedOn: ["The completion date cannot be in the future."] } });
    expect(await mine()).toBe(before);
  });

  it("lets only the head of the teacher's school (or the trust admin) verify it", async () => {
    for (const viewer of [t.v.teacher, t.otherHead, t.v.seniorLeader, t.v.trustee, t.v.governor, t.foreigner]) {
      expect(await runForm(verifyQualification, viewer, { id })).toMatchObject(NOT_FOUND);
    }
    expect((await db().qualification.findUniqueOrThrow({ where: { id } })).verifiedAt).toBeNull();
    expect(await runForm(verifyQualification, t.head, { id })).toMatchObject({ ok: true, message: "Qualification verified." });
    const row = await db().qualification.findUniqueOrThrow({ where: { id } });
    expect(row.verifiedAt).not.toBeNull();
    expect(row.verifiedById).toBe(t.head.userId);
    // A second click changes nothing.
    expect(await runForm(verifyQualification, t.head, { id })).toMatchObject({ ok: true });
    expect(await db().auditLog.count({ where: { entityId: id, action: "cpd.qualification.verify" } })).toBe(1);
  });

  it("clears the verification when the holder edits it, and lets nobody else edit it", async () => {
    const started = await runForm(saveNpq, t.v.teacher, npq({ id, status: "IN_PROGRESS", startDate: londonIsoDay(-30) }));
    expect(started).toMatchObject({ ok: true });
    expect(await db().qualification.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_PROGRESS", verifiedAt: null });
    expect(await runForm(saveNpq, t.head, npq({ id, status: "WITHDRAWN" }))).toMatchObject(NOT_FOUND);
    expect(await runForm(saveNpq, t.v.governor, npq())).toMatchObject(NOT_FOUND);
    expect((await db().qualification.findUniqueOrThrow({ where: { id } })).status).toBe("IN_PROGRESS");
  });

  it("records the Early Headship Coaching Offer and a specialist NPQ as NPQs", async () => {
    expect(await runForm(saveNpq, t.head, npq({ kind: "EARLY_HEADSHIP_COACHING_OFFER", funding: "TRUST_PAID", status: "IN_PROGRESS" }))).toMatchObject({ ok: true });
    expect(await runForm(saveNpq, t.v.teacher, npq({ kind: "NPQ_LEADING_LITERACY", status: "NOT_PASSED", funding: "SCHOOL_PAID" }))).toMatchObject({ ok: true });
  });
});
