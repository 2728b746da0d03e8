// Who may read which CPD records, per demo role. Governors and trustees get numbers only: never a
// named person's record, reflection or evidence.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { academicYear } from "@/lib/dates";
import { saveRequirement, saveTarget } from "@/lib/cpd/admin/commands";
import { activityToVerify, myActivity, myDevelopment, verificationQueue } from "@/lib/cpd/queries";
import { developmentCsv } from "@/lib/cpd/reports/present";
import { schoolDevelopment } from "@/lib/cpd/reports/queries";
import { schoolDevelopmentParams } from "@/lib/cpd/schema";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import { cpdReferenceData, npqPipeline, schoolCpdSummary, trustDevelopment } from "@/lib/cpd/trust/queries";
import { readFile } from "@/lib/storage/queries";
import { saveActivity } from "@/lib/cpd/commands";
import type { DemoKey } from "../support/fixtures";
import { pdfFile, seedCpdTrust, validActivity } from "./cpd-fixture";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let teacherActivity: string;
beforeAll(async () => {
  trust = await seedCpdTrust();
  const teacher = await trust.viewer("teacher");
  const saved = await saveActivity.run(teacher, validActivity({ intent: "submit", reflection: "SECRET-REFLECTION", evidence: pdfFile() }));
  if (!saved.ok) throw new Error("could not save");
  teacherActivity = (saved.data as { id: string }).id;
});

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
const params = schoolDevelopmentParams.parse({});
const ROLES: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "admin", "multiRole"];
/** Who reads named staff development records: leaders of the teacher's school and the trust admin. */
const NAMED: Record<DemoKey, "own" | "all" | "none"> = {
  teacher: "none", seniorLeader: "own", head: "own", networkLeader: "none", governor: "none", trustee: "none", admin: "all", multiRole: "none",
};

describe("a named activity with its reflection", () => {
  for (const key of ROLES) {
    it(`${key}: ${NAMED[key] === "none" ? "not found" : "can open it to verify and open the portfolio"}`, async () => {
      const viewer = await trust.viewer(key);
      const teacher = await trust.viewer("teacher");
      if (NAMED[key] === "none") {
        await expect(activityToVerify(viewer, teacherActivity)).rejects.toEqual(notFound);
        await expect(verificationQueue(viewer)).rejects.toEqual(notFound);
        await expect(schoolDevelopment(viewer, params)).rejects.toEqual(notFound);
        await expect(staffPortfolio(viewer, teacher.staff!.id)).rejects.toEqual(notFound);
      } else {
        await expect(activityToVerify(viewer, teacherActivity)).resolves.toMatchObject({ reflection: "SECRET-REFLECTION" });
        await expect(staffPortfolio(viewer, teacher.staff!.id)).resolves.toMatchObject({ person: { id: teacher.staff!.id } });
      }
    });
  }

  it("only its owner opens it on My development; the evidence file goes to the owner and the school's leaders", async () => {
    const fileId = (await db().cpdActivity.findUniqueOrThrow({ where: { id: teacherActivity } })).evidenceFileId!;
    for (const key of ROLES) {
      const viewer = await trust.viewer(key);
      if (key === "teacher") await expect(myActivity(viewer, teacherActivity)).resolves.toMatchObject({ id: teacherActivity });
      else await expect(myActivity(viewer, teacherActivity)).rejects.toEqual(notFound);
      const file = await readFile(viewer, fileId);
      expect(Boolean(file), key).toBe(key === "teacher" || NAMED[key] !== "none");
    }
  });
});

describe("queues and the school development view", () => {
  it("a leader's queue holds only their school's submitted activities, never their own", async () => {
    const head = await trust.viewer("head");
    const queue = await verificationQueue(head, { size: 500 });
    const schools = await db().cpdActivity.findMany({ where: { id: { in: queue.rows.map((r) => r.id) } }, select: { schoolId: true, staffMemberId: true, status: true } });
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.every((s) => s.schoolId === head.staff!.schoolId && s.status === "SUBMITTED" && s.staffMemberId !== head.staff!.id)).toBe(true);
    expect(queue.rows.map((r) => r.id)).toContain(teacherActivity);
  });

  it("a head asking for another school's development view or queue gets not found", async () => {
    const head = await trust.viewer("head");
    const other = trust.built.schools.find((s) => s.id !== head.staff!.schoolId)!;
    await expect(schoolDevelopment(head, { ...params, school: other.id })).rejects.toEqual(notFound);
    await expect(verificationQueue(head, { school: other.id })).rejects.toEqual(notFound);
    await expect(schoolDevelopment(await trust.viewer("admin"), { ...params, school: other.id })).resolves.toMatchObject({ school: { id: other.id } });
  });

  it("the view sums verified hours in SQL, filters, and the CSV has exactly the table's rows", async () => {
    const head = await trust.viewer("head");
    const data = await schoolDevelopment(head, params);
    const current = trust.built.staff.filter((s) => !s.leaveDate && s.schoolId === head.staff!.schoolId);
    expect(data.rows).toHaveLength(current.length);
    const teacher = await trust.viewer("teacher");
    const row = data.rows.find((r) => r.id === teacher.staff!.id)!;
    // The academic year as the portal reckons it (London time), not UTC arithmetic of the test's own.
    const year = academicYear();
    const sum = await db().cpdActivity.aggregate({ where: { staffMemberId: teacher.staff!.id, status: "VERIFIED", startDate: { gte: year.start, lt: year.end } }, _sum: { minutes: true } });
    expect(row.minutes).toBe(sum._sum.minutes ?? 0);
    const support = await schoolDevelopment(head, { ...params, category: "SUPPORT" });
    expect(support.rows.length).toBeGreaterThan(0);
    expect(support.rows.every((r) => r.category === "SUPPORT")).toBe(true);
    const csv = developmentCsv(support.rows).trim().split("\n");
    expect(csv).toHaveLength(support.rows.length + 1);
    expect(csv[0]).toContain("Training compliance");
  });
});

describe("aggregates", () => {
  it("governors see their school's numbers; trustees any school's; staff none", async () => {
    const governor = await trust.viewer("governor");
    const school = governor.roles.find((r) => r.role === "LOCAL_GOVERNOR")!.schoolId!;
    const summary = await schoolCpdSummary(governor, school);
    expect(summary.mayVerify).toBe(false);
    expect(JSON.stringify(summary)).not.toMatch(/SECRET|firstName|lastName|reflection/);
    expect(summary.figures!.staff).toBeGreaterThan(0);
    // A trustee reads the same figures for any school, and may not verify there.
    await expect(schoolCpdSummary(await trust.viewer("trustee"), school)).resolves.toMatchObject({ schoolId: school, mayVerify: false, figures: summary.figures });
    await expect(schoolCpdSummary(await trust.viewer("teacher"), school)).rejects.toEqual(notFound);
  });

  it("the trust development view is the trust admin's only", async () => {
    for (const key of ROLES) {
      const viewer = await trust.viewer(key);
      if (key === "admin") {
        const data = await trustDevelopment(viewer);
        expect(data.schools).toHaveLength(trust.built.schools.length);
        expect(data.clusters.reduce((n, c) => n + c.figures.staff, 0)).toBe(trust.built.staff.filter((s) => !s.leaveDate).length);
        expect((await npqPipeline(viewer)).rows.length).toBeGreaterThan(0);
        expect((await cpdReferenceData(viewer)).requirements.length).toBeGreaterThan(0);
      } else {
        await expect(trustDevelopment(viewer)).rejects.toEqual(notFound);
        await expect(npqPipeline(viewer)).rejects.toEqual(notFound);
        await expect(cpdReferenceData(viewer)).rejects.toEqual(notFound);
      }
    }
  });

  it("network-meeting records written as verified count like any other", async () => {
    const teacher = await trust.viewer("teacher");
    const before = await schoolCpdSummary(await trust.viewer("head"), teacher.staff!.schoolId);
    await db().cpdActivity.create({
      data: { trustId: teacher.trustId, schoolId: teacher.staff!.schoolId, staffMemberId: teacher.staff!.id, title: "Maths community meeting", type: "NETWORK_MEETING", strand: "PROFESSIONAL_NETWORKS", startDate: new Date(), endDate: new Date(), minutes: 90, status: "VERIFIED" },
    });
    const after = await schoolCpdSummary(await trust.viewer("head"), teacher.staff!.schoolId);
    expect(after.figures!.minutes - before.figures!.minutes).toBe(90);
  });

  it("staff see their own development; people with no staff record have none", async () => {
    for (const key of ROLES) {
      const data = await myDevelopment(await trust.viewer(key));
      if (["governor", "trustee", "admin"].includes(key)) expect(data).toBeNull();
      else expect(data?.hours?.target).toBeGreaterThan(0);
    }
  });
});

describe("reference data", () => {
  it("only the trust admin sets targets and requirements", async () => {
    const year = 2030;
    for (const key of ROLES.filter((k) => k !== "admin")) {
      expect(await saveTarget.run(await trust.viewer(key), { startYear: year, scope: "TEACHER", hours: "40" })).toMatchObject({ ok: false, message: "That record was not found." });
    }
    const admin = await trust.viewer("admin");
    expect(await saveTarget.run(admin, { startYear: year, scope: "TEACHER", hours: "40" })).toMatchObject({ ok: true });
    expect(await saveTarget.run(admin, { startYear: year, scope: "TEACHER", hours: "42.5" })).toMatchObject({ ok: true });
    expect((await db().cpdTarget.findFirstOrThrow({ where: { startYear: year, scope: "TEACHER" } })).minutes).toBe(2550);
    const created = await saveRequirement.run(admin, { name: "Fire marshal", "categories[]": ["SUPPORT"], validityMonths: "36", active: "on" });
    expect(created).toMatchObject({ ok: true });
    const duplicate = await saveRequirement.run(admin, { name: "Fire marshal", validityMonths: "12" });
    expect(duplicate).toMatchObject({ ok: false, fieldErrors: { name: [expect.any(String)] } });
    expect(await saveRequirement.run(await trust.viewer("head"), { name: "Other", validityMonths: "12" })).toMatchObject({ ok: false, message: "That record was not found." });
  });
});
