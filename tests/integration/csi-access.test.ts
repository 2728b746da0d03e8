// Who may read and change what in the CSI slice, per demo role, on their own school and another.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { capacityPairing, cycleDetail, listCycles } from "@/lib/reviews/admin/queries";
import { csiBoard } from "@/lib/reviews/board/queries";
import { assignReview, publishReview, setCsiLevel } from "@/lib/reviews/commands/cycles";
import { addAction, addActionNote, setActionStatus } from "@/lib/reviews/commands/followup";
import { saveReview } from "@/lib/reviews/commands/review";
import { assignCriticalFriend, createSupportAgreement } from "@/lib/reviews/commands/support";
import { getReview, schoolCsi } from "@/lib/reviews/queries";
import type { DemoKey } from "../support/fixtures";
import { londonDayFromToday } from "../support/days";
import { day, seedCsiTrust } from "./csi-fixture";

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
const refused = { ok: false, message: "That record was not found.", fieldErrors: {} };
const ROLES: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "admin", "multiRole"];

let t: Awaited<ReturnType<typeof seedCsiTrust>>;
let own: { published: string; draft: string; action: string };
let other: { schoolId: string; published: string; action: string };
beforeAll(async () => {
  t = await seedCsiTrust();
  const pick = async (schoolId: string) => {
    const published = await db().schoolReview.findFirstOrThrow({ where: { schoolId, status: "PUBLISHED", supersededAt: null }, orderBy: { publishedAt: "desc" } });
    const action = await db().reviewAction.create({
      data: { trustId: t.built.trust.id, schoolId, reviewId: published.id, description: "Test action", ownerId: (await db().staffMember.findFirstOrThrow({ where: { schoolId, leaveDate: null } })).id, dueOn: londonDayFromToday(-1) },
    });
    return { published: published.id, action: action.id };
  };
  const draft = await db().schoolReview.create({ data: { trustId: t.built.trust.id, cycleId: t.cycle.id, schoolId: t.headSchool, kind: "TRUST_QUALITY_ASSURANCE", leadReviewerId: t.headOf(t.otherSchools[0]?.id ?? ""), evidenceNotes: "draft notes" } });
  own = { ...(await pick(t.headSchool)), draft: draft.id };
  const otherId = t.otherSchools[0]?.id ?? "";
  other = { schoolId: otherId, ...(await pick(otherId)) };
});

describe("reading reviews", () => {
  const readsOwnPublished: Record<DemoKey, "evidence" | "plain" | "none"> = {
    teacher: "none", seniorLeader: "evidence", head: "evidence", networkLeader: "none", governor: "plain", trustee: "plain", admin: "evidence", multiRole: "none",
  };
  for (const key of ROLES) {
    it(`${key}: own school's published review ${readsOwnPublished[key]}; the draft about it only for the trust`, async () => {
      const v = await t.viewer(key);
      const expected = readsOwnPublished[key];
      if (expected === "none") await expect(getReview(v, own.published)).rejects.toEqual(notFound);
      else {
        const r = await getReview(v, own.published);
        expect(r.evidenceNotes === null).toBe(expected === "plain");
        expect(r.reviewers === null).toBe(expected === "plain");
      }
      if (key === "admin") expect((await getReview(v, own.draft)).status).toBe("DRAFT");
      else await expect(getReview(v, own.draft)).rejects.toEqual(notFound);
    });
  }

  it("school CSI pages: own school for its head, leaders and governors; every school for trustees and the trust", async () => {
    for (const key of ROLES) {
      const v = await t.viewer(key);
      const mayOwn = ["seniorLeader", "head", "governor", "trustee", "admin"].includes(key);
      const mayOther = ["trustee", "admin"].includes(key);
      if (mayOwn) expect((await schoolCsi(v, t.headSchool)).school.id).toBe(t.headSchool);
      else await expect(schoolCsi(v, t.headSchool)).rejects.toEqual(notFound);
      if (mayOther) expect((await schoolCsi(v, other.schoolId)).actions.length).toBeGreaterThan(0);
      else if (key !== "multiRole") await expect(schoolCsi(v, other.schoolId)).rejects.toEqual(notFound);
    }
  });

  it("the board is for trust admins and trustees; cycles and pairing for trust admins", async () => {
    for (const key of ROLES) {
      const v = await t.viewer(key);
      if (key === "admin" || key === "trustee") expect((await csiBoard(v, {})).rows.length).toBe(t.built.schools.length);
      else await expect(csiBoard(v, {})).rejects.toEqual(notFound);
      if (key === "admin") {
        // Every cycle of the trust, however many the seed makes.
        const cycles = await db().reviewCycle.findMany({ where: { trustId: v.trustId }, select: { id: true } });
        expect(cycles.length).toBeGreaterThan(0);
        expect((await listCycles(v)).map((c) => c.id).sort()).toEqual(cycles.map((c) => c.id).sort());
        expect((await cycleDetail(v, t.cycle.id)).cycle.id).toBe(t.cycle.id);
        const givers = await db().school.findMany({ where: { trustId: v.trustId, improvementCapacity: "CAPACITY_GIVER" }, select: { id: true } });
        expect(givers.length).toBeGreaterThan(0);
        expect((await capacityPairing(v)).givers.map((g) => g.id).sort()).toEqual(givers.map((g) => g.id).sort());
      } else {
        await expect(listCycles(v)).rejects.toEqual(notFound);
        await expect(cycleDetail(v, t.cycle.id)).rejects.toEqual(notFound);
        await expect(capacityPairing(v)).rejects.toEqual(notFound);
      }
    }
  });

  it("an unknown or malformed id is not found", async () => {
    const admin = await t.viewer("admin");
    await expect(getReview(admin, "nope")).rejects.toEqual(notFound);
    await expect(getReview(admin, "00000000-0000-4000-8000-000000000000")).rejects.toEqual(notFound);
    await expect(schoolCsi(admin, "00000000-0000-4000-8000-000000000000")).rejects.toEqual(notFound);
  });
});

describe("changing things", () => {
  it("only the trust admin runs the programme", async () => {
    const reviewer = t.headOf(other.schoolId);
    for (const key of ROLES.filter((k) => k !== "admin")) {
      const v = await t.viewer(key);
      expect(await assignReview.run(v, { cycleId: t.cycle.id, schoolId: t.headSchool, kind: "HEAD_PEER_REVIEW", leadReviewerId: reviewer })).toEqual(refused);
      expect(await publishReview.run(v, { reviewId: own.draft })).toEqual(refused);
      expect(await setCsiLevel.run(v, { schoolId: t.headSchool, cycleId: t.cycle.id, level: "SUPPORT", rationale: "x" })).toEqual(refused);
      expect(await assignCriticalFriend.run(v, { schoolId: t.headSchool, kind: "EXTERNAL_PARTNER", name: "X", startsOn: day(0) })).toEqual(refused);
      expect(await createSupportAgreement.run(v, { giverSchoolId: other.schoolId, receiverSchoolId: t.headSchool, focus: "x", startsOn: day(0) })).toEqual(refused);
    }
    const admin = await t.viewer("admin");
    expect(await setCsiLevel.run(admin, { schoolId: t.headSchool, cycleId: t.cycle.id, level: "SUPPORT", rationale: "Attendance." })).toMatchObject({ ok: true });
    expect(await assignCriticalFriend.run(admin, { schoolId: t.headSchool, kind: "EXTERNAL_PARTNER", name: "Dr X", startsOn: day(0) })).toMatchObject({ ok: true });
    const level = await schoolCsi(admin, t.headSchool);
    expect(level.level?.level).toBe("SUPPORT");
    expect(level.friend?.name).toBe("Dr X");
  });

  it("actions: the head of the school (and the trust) only; never another school's", async () => {
    const owner = (await db().staffMember.findFirstOrThrow({ where: { schoolId: t.headSchool, leaveDate: null } })).id;
    const input = { reviewId: own.published, description: "Attendance plan", ownerId: owner, dueOn: day(40) };
    for (const key of ROLES) {
      const v = await t.viewer(key);
      const may = key === "head" || key === "admin";
      const added = await addAction.run(v, input);
      if (may) expect(added).toMatchObject({ ok: true });
      else expect(added).toEqual(refused);
      expect((await addActionNote.run(v, { actionId: own.action, note: "n" })).ok).toBe(may);
      expect((await setActionStatus.run(v, { actionId: own.action, status: "IN_PROGRESS" })).ok).toBe(may);
    }
    const head = await t.viewer("head");
    expect(await addActionNote.run(head, { actionId: other.action, note: "n" })).toEqual(refused);
    expect(await setActionStatus.run(head, { actionId: other.action, status: "DONE" })).toEqual(refused);
    expect(await addAction.run(head, { ...input, reviewId: other.published })).toEqual(refused);
  });

  it("only the lead reviewer writes a review", async () => {
    for (const key of ROLES.filter((k) => k !== "admin")) {
      expect(await saveReview.run(await t.viewer(key), { reviewId: own.draft, intent: "draft", strengths: "x" })).toEqual(refused);
    }
  });
});

describe("governors and trustees read people by role, not by name", () => {
  it("the school's actions name their owner for its head and the trust, and give only the role to governors and trustees", async () => {
    const deputy = await db().staffMember.findFirstOrThrow({ where: { schoolId: t.headSchool, leaveDate: null, careerStage: { not: "HEADTEACHER" } } });
    await db().staffMember.update({ where: { id: deputy.id }, data: { jobTitle: "Deputy headteacher" } });
    await db().reviewAction.create({
      data: { trustId: t.built.trust.id, schoolId: t.headSchool, reviewId: own.published, description: "Owned by the deputy", ownerId: deputy.id, dueOn: new Date(), supportPeople: `${deputy.firstName} ${deputy.lastName}` },
    });
    await db().supportAgreement.create({
      data: { trustId: t.built.trust.id, giverSchoolId: other.schoolId, receiverSchoolId: t.headSchool, focus: "Reading", staffDeployed: `${deputy.firstName} ${deputy.lastName}`, startsOn: new Date(), createdById: t.headUser },
    });
    const name = `${deputy.firstName} ${deputy.lastName}`;
    const ownerOf = (csi: Awaited<ReturnType<typeof schoolCsi>>) => csi.actions.find((a) => a.description === "Owned by the deputy")?.owner;
    expect(ownerOf(await schoolCsi(await t.viewer("head"), t.headSchool))).toBe(name);
    expect(ownerOf(await schoolCsi(await t.viewer("admin"), t.headSchool))).toBe(name);
    const named = t.built.staff.filter((s) => s.careerStage !== "HEADTEACHER").map((s) => `${s.firstName} ${s.lastName}`);
    for (const key of ["governor", "trustee"] as const) {
      const csi = await schoolCsi(await t.viewer(key), t.headSchool);
      expect(ownerOf(csi)).toBe("Deputy headteacher");
      const payload = JSON.stringify(csi);
      expect(payload).toContain("Deputy headteacher");
      expect(named.filter((n) => payload.includes(n))).toEqual([]);
    }
  });
});
