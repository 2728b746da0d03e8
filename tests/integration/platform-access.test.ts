// The spine's reads, per role: schools, a school's page and the staff directory.
import { beforeAll, describe, expect, it } from "vitest";
import { getSchool, listSchools, schoolAggregates } from "@/lib/org/queries";
import { staffDirectory } from "@/lib/people/queries";
import { staffDirectoryParams } from "@/lib/people/schema";
import { recentAudit } from "@/lib/admin/queries";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { notFound } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
beforeAll(async () => {
  trust = await seedSmallTrust();
});

const params = staffDirectoryParams.parse({});

describe("schools", () => {
  it("trustees and trust admins see every school; staff only their own", async () => {
    const all = trust.built.schools.length;
    expect(await listSchools(await trust.viewer("trustee"))).toHaveLength(all);
    expect(await listSchools(await trust.viewer("admin"))).toHaveLength(all);
    const teacher = await trust.viewer("teacher");
    const mine = await listSchools(teacher);
    expect(mine.map((s) => s.id)).toEqual([teacher.staff?.schoolId]);
  });

  it("another school's page is not found for a teacher, found for a trustee", async () => {
    const teacher = await trust.viewer("teacher");
    const other = trust.built.schools.find((s) => s.id !== teacher.staff?.schoolId);
    await expect(getSchool(teacher, other!.id)).rejects.toEqual(notFound);
    await expect(getSchool(await trust.viewer("trustee"), other!.id)).resolves.toMatchObject({ id: other!.id });
  });

  it("a malformed or unknown id is not found, not an error", async () => {
    const admin = await trust.viewer("admin");
    await expect(getSchool(admin, "not-a-uuid")).rejects.toEqual(notFound);
    await expect(getSchool(admin, "00000000-0000-4000-8000-000000000000")).rejects.toEqual(notFound);
  });

  it("a governor sees their school's aggregates only", async () => {
    const governor = await trust.viewer("governor");
    const schoolId = governor.roles.find((r) => r.role === "LOCAL_GOVERNOR")?.schoolId;
    const aggregates = await schoolAggregates(governor);
    expect(aggregates.schoolCount).toBe(1);
    const staffThere = trust.built.staff.filter((s) => s.schoolId === schoolId && !s.leaveDate).length;
    expect(aggregates.staff.reduce((n, s) => n + s.count, 0)).toBe(staffThere);
  });
});

describe("staff directory", () => {
  const cases: [DemoKey, "own" | "all" | "none"][] = [
    ["teacher", "none"],
    ["seniorLeader", "own"],
    ["head", "own"],
    ["networkLeader", "none"],
    ["governor", "none"],
    ["trustee", "none"],
    ["admin", "all"],
    ["multiRole", "none"],
  ];
  for (const [key, expected] of cases) {
    it(`${key}: ${expected}`, async () => {
      const viewer = await trust.viewer(key);
      if (expected === "none") {
        await expect(staffDirectory(viewer, params)).rejects.toEqual(notFound);
        return;
      }
      const result = await staffDirectory(viewer, { ...params, size: 100 });
      const current = trust.built.staff.filter((s) => !s.leaveDate);
      const inScope = expected === "all" ? current : current.filter((s) => s.schoolId === viewer.staff?.schoolId);
      expect(result.total).toBe(inScope.length);
      expect(new Set(result.rows.map((r) => r.school.id))).toEqual(new Set(inScope.map((s) => s.schoolId)));
    });
  }

  it("a head filtering by another school's id gets not found", async () => {
    const head = await trust.viewer("head");
    const other = trust.built.schools.find((s) => s.id !== head.staff?.schoolId);
    await expect(staffDirectory(head, { ...params, school: other!.id })).rejects.toEqual(notFound);
  });

  it("pages one school's staff 50 at a time and the whole trust's 20, unless a size is asked for", async () => {
    const [admin, head] = [await trust.viewer("admin"), await trust.viewer("head")];
    const trustWide = await staffDirectory(admin, params);
    expect(trustWide.rows).toHaveLength(20);
    expect(trustWide.pageCount).toBe(Math.ceil(trustWide.total / 20));
    const school = await staffDirectory(admin, { ...params, school: head.staff!.schoolId });
    expect(school.rows).toHaveLength(Math.min(50, school.total));
    expect(school.pageCount).toBe(Math.ceil(school.total / 50));
    const mine = await staffDirectory(head, params);
    expect(mine.pageCount).toBe(Math.ceil(mine.total / 50));
    expect((await staffDirectory(admin, { ...params, size: 50 })).rows).toHaveLength(50);
  });

  it("filters and sorts in SQL", async () => {
    const admin = await trust.viewer("admin");
    const support = await staffDirectory(admin, { ...params, category: "SUPPORT", sort: "startDate", dir: "desc", size: 100 });
    expect(support.rows.length).toBeGreaterThan(1);
    expect(support.rows.every((r) => r.category === "SUPPORT")).toBe(true);
    const dates = support.rows.map((r) => r.startDate);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe("audit log", () => {
  it("is for trust admins only, and shows only their own trust's entries", async () => {
    const p = trust.prisma;
    // Entries the admin's query must hide (another trust's) and ones it must show (their own), so an
    // empty answer cannot pass.
    const other = await p.trust.create({ data: { name: "Another Learning Trust" } });
    const entry = (trustId: string, entityId: string) => ({ trustId, action: "school.update", entity: "School", entityId });
    await p.auditLog.createMany({ data: [entry(other.id, "hidden-1"), entry(other.id, "hidden-2"), entry(trust.built.trust.id, "shown-1")] });
    expect(await p.auditLog.count({ where: { trustId: other.id } })).toBe(2);

    await expect(recentAudit(await trust.viewer("head"))).rejects.toEqual(notFound);
    const seen = (await recentAudit(await trust.viewer("admin"))).map((r) => r.entityId);
    expect(seen).toContain("shown-1");
    expect(seen.filter((id) => id.startsWith("hidden"))).toEqual([]);
  });
});
