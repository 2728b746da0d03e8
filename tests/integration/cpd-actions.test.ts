// Every CPD action against real Postgres: what it writes, what it refuses, and that a refusal writes nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { deleteActivity, verifyActivities, saveActivity, submitActivity } from "@/lib/cpd/commands";
import { myHours } from "@/lib/cpd/queries";
import { MAX_UPLOAD_BYTES } from "@/lib/storage/validate";
import { counts, day, ok, pdfFile, seedCpdTrust, validActivity } from "./cpd-fixture";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
beforeAll(async () => {
  trust = await seedCpdTrust();
});

describe("logging an activity", () => {
  it("saves a draft in minutes, audited", async () => {
    const teacher = await trust.viewer("teacher");
    const before = await counts();
    const { id } = ok<{ id: string }>(await saveActivity.run(teacher, validActivity()));
    const row = await db().cpdActivity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "DRAFT", minutes: 150, staffMemberId: teacher.staff?.id, schoolId: teacher.staff?.schoolId, trustId: teacher.trustId });
    expect(await counts()).toMatchObject({ activities: before.activities + 1, audit: before.audit + 1 });
  });

  it("submits with an uploaded PDF stored through the storage interface", async () => {
    const teacher = await trust.viewer("teacher");
    const { id } = ok<{ id: string }>(await saveActivity.run(teacher, validActivity({ intent: "submit", evidence: pdfFile() })));
    const row = await db().cpdActivity.findUniqueOrThrow({ where: { id }, include: { evidenceFile: true } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).not.toBeNull();
    expect(row.evidenceFile).toMatchObject({ purpose: "CPD_EVIDENCE", contentType: "application/pdf", name: "certificate.pdf" });
  });

  const refused: [string, Record<string, unknown>, string][] = [
    ["0 hours", { hours: "0" }, "hours"],
    ["negative hours", { hours: "-1" }, "hours"],
    ["over 200 hours", { hours: "200.5" }, "hours"],
    ["hours that are not a number", { hours: "lots" }, "hours"],
    ["an end before the start", { startDate: day(-2), endDate: day(-5) }, "endDate"],
    ["a future completion date", { endDate: day(3) }, "endDate"],
    ["a link that is not http(s)", { evidenceUrl: "javascript:alert(1)" }, "evidenceUrl"],
    ["a file over 10 MB", { evidence: pdfFile("big.pdf", MAX_UPLOAD_BYTES) }, "evidence"],
    ["a forbidden file type", { evidence: new File([Buffer.from("MZ")], "run.exe") }, "evidence"],
    ["a file whose contents are not what its name says", { evidence: new File([Buffer.from("MZ not a pdf")], "fake.pdf") }, "evidence"],
    ["no title", { title: "  " }, "title"],
  ];
  for (const [what, change, field] of refused) {
    it(`refuses ${what} with a field error and writes nothing`, async () => {
      const teacher = await trust.viewer("teacher");
      const before = await counts();
      const result = await saveActivity.run(teacher, validActivity({ intent: "submit", ...change }));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.fieldErrors[field]?.length).toBeGreaterThan(0);
      expect(await counts()).toEqual(before);
    });
  }

  it("accepts exactly 200 hours over enough days, and at most 24 hours a day", async () => {
    const teacher = await trust.viewer("teacher");
    ok(await saveActivity.run(teacher, validActivity({ startDate: day(-10), endDate: day(-2), hours: "200" })));
    const before = await counts();
    expect(await saveActivity.run(teacher, validActivity({ startDate: day(-2), endDate: day(-2), hours: "24.5" }))).toMatchObject({
      ok: false, fieldErrors: { hours: ["One day's activity cannot be more than 24 hours."] },
    });
    expect(await counts()).toEqual(before);
  });

  it("people with no staff record cannot log", async () => {
    const result = await saveActivity.run(await trust.viewer("trustee"), validActivity());
    expect(result).toMatchObject({ ok: false, message: "That record was not found." });
  });
});

describe("editing, submitting and deleting", () => {
  const othersActivity = async (key: "head" | "multiRole") => {
    const v = await trust.viewer(key);
    return db().cpdActivity.findFirstOrThrow({ where: { staffMemberId: v.staff!.id, status: { not: "VERIFIED" } } });
  };

  it("edits a draft and replaces its file, removing the old one", async () => {
    const teacher = await trust.viewer("teacher");
    const { id } = ok<{ id: string }>(await saveActivity.run(teacher, validActivity({ evidence: pdfFile("a.pdf") })));
    const first = (await db().cpdActivity.findUniqueOrThrow({ where: { id } })).evidenceFileId!;
    ok(await saveActivity.run(teacher, validActivity({ id, title: "Renamed", evidence: pdfFile("b.pdf") })));
    const row = await db().cpdActivity.findUniqueOrThrow({ where: { id } });
    expect(row.title).toBe("Renamed");
    expect(row.evidenceFileId).not.toBe(first);
    expect(await db().storedFile.findUnique({ where: { id: first } })).toBeNull();
  });

  it("another school's record id is not found and nothing changes", async () => {
    const teacher = await trust.viewer("teacher");
    const other = await othersActivity("multiRole");
    const before = await counts();
    for (const result of [
      await saveActivity.run(teacher, validActivity({ id: other.id, title: "Hijacked" })),
      await submitActivity.run(teacher, { id: other.id }),
      await deleteActivity.run(teacher, { id: other.id }),
    ]) {
      expect(result).toMatchObject({ ok: false, message: "That record was not found." });
    }
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: other.id } })).toEqual(other);
    expect(await counts()).toEqual(before);
  });

  it("a colleague's record at the same school is not found either", async () => {
    const other = await othersActivity("head");
    const result = await saveActivity.run(await trust.viewer("teacher"), validActivity({ id: other.id }));
    expect(result).toMatchObject({ ok: false, message: "That record was not found." });
  });

  it("a verified record is read-only for its owner", async () => {
    const teacher = await trust.viewer("teacher");
    const verified = await db().cpdActivity.findFirstOrThrow({ where: { staffMemberId: teacher.staff!.id, status: "VERIFIED" } });
    const before = await counts();
    for (const result of [
      await saveActivity.run(teacher, validActivity({ id: verified.id, hours: "10" })),
      await submitActivity.run(teacher, { id: verified.id }),
      await deleteActivity.run(teacher, { id: verified.id }),
    ]) {
      expect(result).toMatchObject({ ok: false, message: expect.stringContaining("verified") });
    }
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id: verified.id } })).toEqual(verified);
    expect(await counts()).toEqual(before);
  });

  it("submits a draft, refuses to delete it while submitted, deletes a draft with its file", async () => {
    const teacher = await trust.viewer("teacher");
    const { id } = ok<{ id: string }>(await saveActivity.run(teacher, validActivity()));
    ok(await submitActivity.run(teacher, { id }));
    expect((await db().cpdActivity.findUniqueOrThrow({ where: { id } })).status).toBe("SUBMITTED");
    expect(await deleteActivity.run(teacher, { id })).toMatchObject({ ok: false });

    const draft = ok<{ id: string }>(await saveActivity.run(teacher, validActivity({ evidence: pdfFile() })));
    const fileId = (await db().cpdActivity.findUniqueOrThrow({ where: { id: draft.id } })).evidenceFileId!;
    ok(await deleteActivity.run(teacher, { id: draft.id }));
    expect(await db().cpdActivity.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db().storedFile.findUnique({ where: { id: fileId } })).toBeNull();
  });
});

describe("verification", () => {
  const submitted = async () => {
    const teacher = await trust.viewer("teacher");
    return ok<{ id: string }>(await saveActivity.run(teacher, validActivity({ intent: "submit", hours: "3" }))).id;
  };

  it("the head verifies; it counts in the teacher's hours", async () => {
    const teacher = await trust.viewer("teacher");
    const head = await trust.viewer("head");
    const id = await submitted();
    const before = await myHours(teacher);
    ok(await verifyActivities.run(head, { "ids[]": [id], decision: "verify" }));
    const row = await db().cpdActivity.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "VERIFIED", verifiedById: head.userId });
    const after = await myHours(teacher);
    expect(after!.verified - before!.verified).toBe(180);
    expect(before!.pending - after!.pending).toBe(180);
  });

  it("returning needs a reason; the teacher sees it, edits and resubmits", async () => {
    const teacher = await trust.viewer("teacher");
    const leader = await trust.viewer("seniorLeader");
    const id = await submitted();
    const noReason = await verifyActivities.run(leader, { "ids[]": id, decision: "return" });
    expect(noReason).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    ok(await verifyActivities.run(leader, { "ids[]": id, decision: "return", reason: "Please attach the certificate." }));
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "RETURNED", returnReason: "Please attach the certificate." });
    ok(await saveActivity.run(teacher, validActivity({ id, hours: "3", evidenceUrl: "https://example.org/cert", intent: "submit" })));
    expect(await db().cpdActivity.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "SUBMITTED", returnReason: null });
  });

  it("bulk verification is all or nothing: one out-of-scope id means not found and nothing changes", async () => {
    const head = await trust.viewer("head");
    const mine = [await submitted(), await submitted()];
    const other = await db().cpdActivity.findFirstOrThrow({ where: { status: "SUBMITTED", schoolId: { not: head.staff!.schoolId } } });
    const result = await verifyActivities.run(head, { "ids[]": [...mine, other.id], decision: "verify" });
    expect(result).toMatchObject({ ok: false, message: "That record was not found." });
    expect(await db().cpdActivity.count({ where: { id: { in: [...mine, other.id] }, status: "SUBMITTED" } })).toBe(3);
    ok(await verifyActivities.run(head, { "ids[]": mine, decision: "verify" }));
    expect(await db().cpdActivity.count({ where: { id: { in: mine }, status: "VERIFIED" } })).toBe(2);
  });

  it("the trust admin may verify any school's; teachers, governors and trustees may not", async () => {
    const id = await submitted();
    for (const key of ["teacher", "governor", "trustee", "networkLeader", "multiRole"] as const) {
      expect(await verifyActivities.run(await trust.viewer(key), { "ids[]": [id], decision: "verify" })).toMatchObject({ ok: false, message: "That record was not found." });
    }
    ok(await verifyActivities.run(await trust.viewer("admin"), { "ids[]": [id], decision: "verify" }));
  });

  it("a leader cannot verify their own activity", async () => {
    const head = await trust.viewer("head");
    const { id } = ok<{ id: string }>(await saveActivity.run(head, validActivity({ intent: "submit" })));
    expect(await verifyActivities.run(head, { "ids[]": [id], decision: "verify" })).toMatchObject({ ok: false, message: expect.stringContaining("your own") });
  });

  it("an already verified activity cannot be verified again", async () => {
    const head = await trust.viewer("head");
    const id = await submitted();
    ok(await verifyActivities.run(head, { "ids[]": [id], decision: "verify" }));
    expect(await verifyActivities.run(head, { "ids[]": [id], decision: "return", reason: "x" })).toMatchObject({ ok: false });
    expect((await db().cpdActivity.findUniqueOrThrow({ where: { id } })).status).toBe("VERIFIED");
  });
});
