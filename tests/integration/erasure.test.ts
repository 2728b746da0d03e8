// Retention and erasure (issue 21 §2): every catalogue table says how erasure treats it; erasing a
// person (on request or by the schedule) leaves nothing of their name or free text in any of their
// records, deletes their files, keeps the schools' figures (hours per school per year, turnover,
// compliance) exactly as they were, and audits that it happened with counts only. A legal hold stops
// it; the last trust admin is never erased; the nightly job lists leavers past their date for review,
// or erases them at once in auto mode; only the trust admin may do any of it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { computeYear } from "@/lib/governance/computed";
import { CATALOGUE, isExported, type Person } from "@/lib/privacy/catalogue";
import { LAST_ADMIN } from "@/lib/account/last-admin";
import { confirmRetentionReview, eraseOnRequest, liftLegalHold, placeLegalHold, setAutoErase, updateRule } from "@/lib/retention/commands";
import { ON_HOLD } from "@/lib/retention/erase";
import { retentionForTrust } from "@/lib/retention/mutations";
import { erasurePreview, erasureSearch, retentionSchedule, reviewList } from "@/lib/retention/queries";
import { HANDLERS } from "@/lib/worker/handlers";
import { DEMO_KEYS } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFound, notFoundResult } from "../support/writes";
import { seedCpdTrust } from "./cpd-fixture";

vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersMock());

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let v: Awaited<ReturnType<typeof trust.viewers>>;
let trustId: string;
beforeAll(async () => {
  trust = await seedCpdTrust();
  v = await trust.viewers();
  trustId = v.admin.trustId;
});

const NOW = new Date();
const yearsAgo = (n: number, days = 0) => new Date(Date.UTC(NOW.getUTCFullYear() - n, NOW.getUTCMonth(), NOW.getUTCDate() - days));

/** The figures erasure must not move: hours per school per academic year, every computed metric, row counts. */
async function figures() {
  const hours = await db().$queryRaw<{ schoolId: string; year: number; minutes: bigint; n: bigint }[]>`
    SELECT "schoolId", (EXTRACT(YEAR FROM "startDate") - CASE WHEN EXTRACT(MONTH FROM "startDate") < 9 THEN 1 ELSE 0 END)::int AS year,
           SUM(minutes) AS minutes, COUNT(*) AS n
    FROM "CpdActivity" WHERE "trustId" = ${trustId}::uuid GROUP BY 1, 2 ORDER BY 1, 2`;
  const metrics = [];
  for (let y = NOW.getUTCFullYear() - 8; y <= NOW.getUTCFullYear(); y++) metrics.push(...(await computeYear(db(), trustId, y, NOW)));
  const counts = {
    staff: await db().staffMember.count({ where: { trustId } }),
    leavers: await db().staffMember.count({ where: { trustId, leaveDate: { not: null } } }),
    completions: await db().trainingCompletion.count({ where: { trustId } }),
    qualifications: await db().qualification.count({ where: { trustId } }),
    memberships: await db().membership.count({ where: { trustId } }),
  };
  return { hours, metrics, counts };
}

/** Everything the catalogue lists as the person's, as one string: what must hold no trace of them after erasure. */
async function everythingAbout(p: Person) {
  const parts: string[] = [];
  for (const entry of Object.values(CATALOGUE)) if (isExported(entry)) parts.push(JSON.stringify(await entry.rows(db(), p), (_, x) => (typeof x === "bigint" ? x.toString() : x)));
  return parts.join("\n");
}

/** Gives a person a name no one else has and personal traces in many tables; returns who they are. */
async function markedPerson(staffMemberId: string, first: string, last: string) {
  const s = await db().staffMember.update({ where: { id: staffMemberId }, data: { firstName: first, lastName: last, email: `${first}.${last}@school.example`.toLowerCase() } });
  // Every test's leaver has an account, so its sessions and notifications are erased too.
  if (!s.userId) throw new Error(`${first} ${last} has no account: pick a member of staff who has one.`);
  await db().user.update({ where: { id: s.userId }, data: { name: `${first} ${last}`, email: s.email } });
  await db().session.create({ data: { trustId, userId: s.userId, method: "PASSWORD", expiresAt: new Date(Date.now() + 3_600_000) } });
  await db().notification.create({ data: { trustId, userId: s.userId, kind: "test", title: `Hello ${first}`, body: `For ${first} ${last}`, link: "/" } });
  const file = await db().storedFile.create({ data: { trustId, purpose: "CPD_EVIDENCE", name: `${last}-plan.pdf`, contentType: "application/pdf", size: 4, sha256: "0".repeat(64), data: Buffer.from("%PDF"), uploadedById: v.admin.userId } });
  await db().cpdActivity.create({
    data: { trustId, schoolId: s.schoolId, staffMemberId: s.id, title: `${first}'s own course`, type: "COURSE", strand: "PROFESSIONAL_LEARNING", startDate: yearsAgo(7), endDate: yearsAgo(7), minutes: 150, status: "VERIFIED", reflection: `I, ${first} ${last}, learned a lot`, evidenceFileId: file.id },
  });
  await db().mailMessage.create({ data: { id: crypto.randomUUID(), trustId, toName: `${first} ${last}`, toAddress: s.email, subject: `Dear ${first}` } });
  await db().recordAccess.create({ data: { trustId, subjectStaffId: s.id, viewerUserId: v.admin.userId, viewerRole: "TRUST_ADMIN", kind: "portfolio", recordId: s.id } });
  await db().auditLog.create({ data: { trustId, actorUserId: v.admin.userId, action: "staff.update", entity: "StaffMember", entityId: s.id, after: { lastName: last } } });
  await db().expertise.create({ data: { trustId, staffMemberId: s.id, area: "Phonics", level: "EXPERIENCED", description: `${first} runs phonics` } });
  return { person: { trustId, staffMemberId: s.id, userId: s.userId, email: s.email } as Person, fileId: file.id, schoolId: s.schoolId };
}

/** The i-th member of staff without a sign-in (no demo account): each test makes them the leaver it needs. */
const leaverOf = (i: number) => {
  const demo = new Set(Object.values(v).map((x) => x.userId));
  return trust.built.staff.filter((s) => !s.userId || !demo.has(s.userId))[i]!;
};

describe("the catalogue", () => {
  it("says for every table how erasure treats it", () => {
    for (const [model, entry] of Object.entries(CATALOGUE)) {
      expect(["delete", "pseudonymise", "keep"], model).toContain(entry.erase?.how);
      expect(entry.erase.what.length, model).toBeGreaterThan(5);
      if (entry.erase.how !== "keep") expect(typeof entry.erase.run, model).toBe("function");
    }
  });
});

describe("erasure on request", () => {
  it("leaves no trace of the person in any of their records, deletes their files, keeps every figure, and audits counts only", async () => {
    const teacher = v.teacher.staff!.id;
    const { person, fileId } = await markedPerson(teacher, "Zebedee", "Quillfeather");
    expect(await everythingAbout(person)).toContain("Quillfeather");
    const preview = await erasurePreview(v.admin, teacher);
    expect(preview.kinds.map((k) => k.model)).toEqual(expect.arrayContaining(["CpdActivity", "Session", "MailMessage"]));
    const before = await figures();

    const result = await expectOneAudit(() => runForm(eraseOnRequest, v.admin, { staffMemberId: teacher, reason: "Her request of 1 March under Article 17", confirm: "on" }), "erasure.request");
    const pseudonym = (result as { data: { pseudonym: string } }).data.pseudonym;
    expect(pseudonym).toMatch(/^[0-9A-F]{4,}$/);

    expect(await figures()).toEqual(before);
    const after = await everythingAbout(person);
    for (const trace of ["Zebedee", "Quillfeather", "zebedee.quillfeather"]) expect(after.toLowerCase()).not.toContain(trace.toLowerCase());
    expect(await db().storedFile.count({ where: { id: fileId } })).toBe(0);
    const staff = await db().staffMember.findUniqueOrThrow({ where: { id: teacher } });
    expect(`${staff.firstName} ${staff.lastName}`).toBe(`Former staff member ${pseudonym}`);
    const user = await db().user.findUniqueOrThrow({ where: { id: v.teacher.userId } });
    expect(user).toMatchObject({ status: "DISABLED", passwordHash: null, name: `Former staff member ${pseudonym}` });
    expect(await db().session.count({ where: { userId: v.teacher.userId } })).toBe(0);
    expect(await db().roleAssignment.count({ where: { userId: v.teacher.userId } })).toBe(0);
    // The audit entry: who, when, why and how many; the erased name nowhere in the log.
    const entry = await db().auditLog.findFirstOrThrow({ where: { trustId, action: "erasure.request" } });
    expect(entry.actorUserId).toBe(v.admin.userId);
    expect(entry.after).toMatchObject({ pseudonym, reason: "Her request of 1 March under Article 17", counts: expect.objectContaining({ CpdActivity: expect.any(Number), StoredFile: 1, Session: expect.any(Number) }) });
    const log = JSON.stringify(await db().auditLog.findMany({ where: { trustId }, select: { before: true, after: true } }));
    expect(log).not.toContain("Quillfeather");
    // Erased once: not found to search, a second erasure refused.
    expect((await erasureSearch(v.admin, "Former")).map((m) => m.id)).not.toContain(teacher);
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: teacher, reason: "Again", confirm: "on" }), notFoundResult);
  });

  it("asks for a reason and a confirmation, and is refused for bad ids, another trust's person, every other role", async () => {
    const target = leaverOf(0).id;
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: target, reason: "", confirm: "on" }), invalid("reason"));
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: target, reason: "Request" }), invalid("confirm"));
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: "not-an-id", reason: "Request", confirm: "on" }), invalid("staffMemberId"));
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: "00000000-0000-4000-8000-000000000000", reason: "Request", confirm: "on" }), notFoundResult);
    const other = await otherTrustPerson();
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: other, reason: "Request", confirm: "on" }), notFoundResult);
    await expectRefused(() => runForm(placeLegalHold, v.admin, { staffMemberId: other, reason: "Claim" }), notFoundResult);
    await expect(erasurePreview(v.admin, other)).rejects.toEqual(notFound);
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) {
      await expectRefused(() => runForm(eraseOnRequest, v[key], { staffMemberId: target, reason: "Request", confirm: "on" }), notFoundResult);
      await expectRefused(() => runForm(placeLegalHold, v[key], { staffMemberId: target, reason: "Claim" }), notFoundResult);
      await expectRefused(() => runForm(updateRule, v[key], { kind: "SESSIONS", period: "30", unit: "DAYS", basis: "Shorter" }), notFoundResult);
      await expectRefused(() => runForm(setAutoErase, v[key], { auto: "on" }), notFoundResult);
      await expect(retentionSchedule(v[key]), key).rejects.toEqual(notFound);
      await expect(reviewList(v[key]), key).rejects.toEqual(notFound);
      await expect(erasureSearch(v[key], "a"), key).rejects.toEqual(notFound);
      await expect(erasurePreview(v[key], target), key).rejects.toEqual(notFound);
    }
  });

  it("refuses to erase the trust's last active trust admin", async () => {
    // The head becomes a trust admin and the demo admin is disabled: the head is then the only active one.
    const head = v.head;
    await db().roleAssignment.create({ data: { trustId, userId: head.userId, role: "TRUST_ADMIN" } });
    await db().user.update({ where: { id: v.admin.userId }, data: { status: "DISABLED" } });
    try {
      await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: head.staff!.id, reason: "Request", confirm: "on" }), { ok: false, message: LAST_ADMIN });
    } finally {
      await db().user.update({ where: { id: v.admin.userId }, data: { status: "ACTIVE" } });
      await db().roleAssignment.deleteMany({ where: { userId: head.userId, role: "TRUST_ADMIN" } });
    }
  });
});

async function otherTrustPerson(): Promise<string> {
  const t = await db().trust.create({ data: { name: "Another Trust" } });
  const school = await db().school.create({ data: { trustId: t.id, urn: 990_000 + Math.floor(Math.random() * 9_999), name: "Elsewhere School", phase: "PRIMARY", type: "ACADEMY_CONVERTER", pupilsOnRoll: 100, postcode: "AB1 2CD" } });
  const s = await db().staffMember.create({ data: { trustId: t.id, schoolId: school.id, firstName: "Olwen", lastName: "Elsewhere", email: "olwen@elsewhere.example", jobTitle: "Teacher", category: "TEACHER", careerStage: "ESTABLISHED", fte: 1, startDate: yearsAgo(12), leaveDate: yearsAgo(8), leaveReason: "RESIGNATION" } });
  return s.id;
}

describe("the schedule, the nightly job and the review list", () => {
  it("lists leavers past their date (not one a day short), keeps a held one off, and a confirmation erases with the figures unchanged", async () => {
    const [old, held, notYet] = [leaverOf(1), leaverOf(2), leaverOf(3)];
    await db().staffMember.update({ where: { id: old.id }, data: { leaveDate: yearsAgo(7) } });
    await db().staffMember.update({ where: { id: held.id }, data: { leaveDate: yearsAgo(7) } });
    // Left six years ago tomorrow: due today, erased from tomorrow.
    await db().staffMember.update({ where: { id: notYet.id }, data: { leaveDate: yearsAgo(6, -1) } });
    await expectOneAudit(() => runForm(placeLegalHold, v.admin, { staffMemberId: held.id, reason: "Employment tribunal claim" }), "retention.hold");
    await db().session.create({ data: { trustId, userId: v.admin.userId, method: "PASSWORD", createdAt: yearsAgo(1), lastSeenAt: yearsAgo(1), expiresAt: yearsAgo(1) } });

    // The nightly job, as the worker runs it.
    await HANDLERS["retention.nightly"]({}, { id: crypto.randomUUID(), retryCount: 0, now: NOW });
    const list = await reviewList(v.admin);
    const listed = list.people.map((p) => p.staffMember!.id);
    expect(listed).toContain(old.id);
    expect(listed).not.toContain(held.id);
    expect(listed).not.toContain(notYet.id);
    expect(list.holds.find((h) => h.staffMember.id === held.id)).toBeTruthy();
    expect([...list.heldPastDate]).toHaveLength(1);
    const sessions = list.records.find((r) => r.kind === "SESSIONS")!;
    expect(sessions.count).toBeGreaterThan(0);
    // Running it again lists nothing twice.
    await retentionForTrust(trustId, NOW);
    expect((await reviewList(v.admin)).people.filter((p) => p.staffMember!.id === old.id)).toHaveLength(1);

    // A held person cannot be erased on request either.
    await expectRefused(() => runForm(eraseOnRequest, v.admin, { staffMemberId: held.id, reason: "Request", confirm: "on" }), { ok: false, message: ON_HOLD });

    const entry = list.people.find((p) => p.staffMember!.id === old.id)!;
    for (const key of DEMO_KEYS.filter((k) => k !== "admin")) await expectRefused(() => runForm(confirmRetentionReview, v[key], { reviewId: entry.id }), notFoundResult);
    const before = await figures();
    await expectOneAudit(() => runForm(confirmRetentionReview, v.admin, { reviewId: entry.id }), "erasure.schedule");
    expect(await figures()).toEqual(before);
    expect(await db().erasure.findUniqueOrThrow({ where: { staffMemberId: old.id } })).toMatchObject({ source: "SCHEDULE", erasedById: v.admin.userId });
    await expectOneAudit(() => runForm(confirmRetentionReview, v.admin, { reviewId: sessions.id }), "retention.delete");
    expect(await db().session.count({ where: { trustId, expiresAt: { lt: yearsAgo(0, 91) } } })).toBe(0);
    // Confirmed entries leave the list; a confirmed one again is not found.
    await expectRefused(() => runForm(confirmRetentionReview, v.admin, { reviewId: entry.id }), notFoundResult);

    // Lifting the hold puts the person on tonight's list.
    const hold = (await reviewList(v.admin)).holds.find((h) => h.staffMember.id === held.id)!;
    await expectOneAudit(() => runForm(liftLegalHold, v.admin, { holdId: hold.id }), "retention.hold-lifted");
    await retentionForTrust(trustId, NOW);
    expect((await reviewList(v.admin)).people.map((p) => p.staffMember!.id)).toContain(held.id);
  });

  it("follows the schedule as edited, refusing bad periods", async () => {
    await expectRefused(() => runForm(updateRule, v.admin, { kind: "PERSONNEL", period: "0", unit: "YEARS", basis: "x" }), invalid("period"));
    await expectRefused(() => runForm(updateRule, v.admin, { kind: "PERSONNEL", period: "30", unit: "DAYS", basis: "Too short" }), invalid("period"));
    await expectRefused(() => runForm(updateRule, v.admin, { kind: "SESSIONS", period: "two", unit: "DAYS", basis: "x" }), invalid("period"));
    await expectRefused(() => runForm(updateRule, v.admin, { kind: "SESSIONS", period: "30", unit: "DAYS", basis: "" }), invalid("basis"));
    await expectRefused(() => runForm(updateRule, v.admin, { kind: "NOPE", period: "30", unit: "DAYS", basis: "x" }), invalid("kind"));
    const someone = leaverOf(4);
    await db().staffMember.update({ where: { id: someone.id }, data: { leaveDate: yearsAgo(8) } });
    await retentionForTrust(trustId, NOW);
    expect((await reviewList(v.admin)).people.map((p) => p.staffMember!.id)).toContain(someone.id);
    await expectOneAudit(() => runForm(updateRule, v.admin, { kind: "PERSONNEL", period: "10", unit: "YEARS", basis: "The trust keeps personnel files ten years (a pension scheme's rule)." }), "retention.rule");
    expect((await retentionSchedule(v.admin)).lines.find((l) => l.kind === "PERSONNEL")).toMatchObject({ period: 10, unit: "YEARS" });
    await retentionForTrust(trustId, NOW);
    expect((await reviewList(v.admin)).people.map((p) => p.staffMember!.id)).not.toContain(someone.id);
    await runForm(updateRule, v.admin, { kind: "PERSONNEL", period: "6", unit: "YEARS", basis: "Back to six years." });
  });

  it("in auto mode erases what has passed its date at night, with no one to confirm", async () => {
    const someone = leaverOf(5);
    await db().staffMember.update({ where: { id: someone.id }, data: { leaveDate: yearsAgo(9) } });
    await expectOneAudit(() => runForm(setAutoErase, v.admin, { auto: "on" }), "retention.mode");
    const before = await figures();
    const r = await retentionForTrust(trustId, NOW);
    expect(r.erased).toBeGreaterThan(0);
    expect(await db().erasure.findUniqueOrThrow({ where: { staffMemberId: someone.id } })).toMatchObject({ source: "SCHEDULE", erasedById: null });
    expect((await db().auditLog.findFirstOrThrow({ where: { trustId, action: "erasure.schedule", entityId: someone.id } })).actorUserId).toBeNull();
    expect(await figures()).toEqual(before);
    expect((await reviewList(v.admin)).people).toEqual([]);
    await runForm(setAutoErase, v.admin, {});
    expect((await retentionSchedule(v.admin)).autoErase).toBe(false);
  });

  it("deletes invitations never taken up six months on (accounts and communities), not newer ones", async () => {
    const community = await db().community.create({ data: { trustId, name: "Retention test network", kind: "SUBJECT_COMMUNITY", isOpen: false } });
    const [old, recent] = [leaverOf(6), leaverOf(7)];
    await db().communityInvitation.create({ data: { trustId, communityId: community.id, staffMemberId: old.id, invitedById: v.admin.userId, createdAt: yearsAgo(0, 200) } });
    await db().communityInvitation.create({ data: { trustId, communityId: community.id, staffMemberId: recent.id, invitedById: v.admin.userId, createdAt: yearsAgo(0, 20) } });
    await db().invitation.create({ data: { trustId, userId: v.teacher.userId, tokenHash: "expired-long-ago", expiresAt: yearsAgo(1) } });
    await retentionForTrust(trustId, NOW);
    const entry = (await reviewList(v.admin)).records.find((r) => r.kind === "INVITATIONS")!;
    expect(entry.count).toBe(2);
    await expectOneAudit(() => runForm(confirmRetentionReview, v.admin, { reviewId: entry.id }), "retention.delete");
    expect(await db().communityInvitation.findMany({ where: { trustId }, select: { staffMemberId: true } })).toEqual([{ staffMemberId: recent.id }]);
    expect(await db().invitation.count({ where: { tokenHash: "expired-long-ago" } })).toBe(0);
  });
});
