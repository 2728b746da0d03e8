// A member of staff's development portfolio: their school's senior leaders and head, and the trust
// admin, open it; everyone else (the person themselves on this route, other schools' heads,
// governors and trustees, who never see named records) gets "not found".
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveActivity } from "@/lib/cpd/commands";
import { staffPortfolio } from "@/lib/cpd/portfolio/queries";
import type { DemoKey } from "../support/fixtures";
import { seedCpdTrust, validActivity } from "./cpd-fixture";
import { academicYear } from "@/lib/dates";

let trust: Awaited<ReturnType<typeof seedCpdTrust>>;
let teacherId: string;
let draft: string;
beforeAll(async () => {
  trust = await seedCpdTrust();
  const teacher = await trust.viewer("teacher");
  teacherId = teacher.staff!.id;
  const saved = await saveActivity.run(teacher, validActivity({ title: "Private draft" }));
  draft = (saved as { data: { id: string } }).data.id;
});

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
const ROLES: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "admin", "multiRole"];
const OPENS: Record<DemoKey, boolean> = {
  teacher: false, seniorLeader: true, head: true, networkLeader: false, governor: false, trustee: false, admin: true, multiRole: false,
};

describe("who opens a teacher's portfolio", () => {
  for (const key of ROLES) {
    it(`${key}: ${OPENS[key] ? "opens it" : "not found"}`, async () => {
      const viewer = await trust.viewer(key);
      if (!OPENS[key]) {
        await expect(staffPortfolio(viewer, teacherId)).rejects.toEqual(notFound);
        return;
      }
      const p = await staffPortfolio(viewer, teacherId);
      expect(p.person.id).toBe(teacherId);
      expect(p.hours.target).toBeGreaterThan(0);
      expect(p.training.length).toBeGreaterThan(0);
      expect(Array.isArray(p.qualifications)).toBe(true);
    });
  }

  it("another school's head gets not found; an unknown or malformed id too", async () => {
    const head = await trust.viewer("head");
    const other = trust.built.staff.find((s) => s.schoolId !== head.staff!.schoolId && !s.leaveDate)!;
    await expect(staffPortfolio(head, other.id)).rejects.toEqual(notFound);
    await expect(staffPortfolio(await trust.viewer("admin"), other.id)).resolves.toMatchObject({ person: { id: other.id } });
    await expect(staffPortfolio(head, "00000000-0000-4000-8000-000000000000")).rejects.toEqual(notFound);
    await expect(staffPortfolio(head, "not-an-id")).rejects.toEqual(notFound);
  });
});

describe("what the portfolio holds", () => {
  it("the person's activities and figures, but never their drafts", async () => {
    const head = await trust.viewer("head");
    const p = await staffPortfolio(head, teacherId);
    const shared = await db().cpdActivity.count({ where: { staffMemberId: teacherId, status: { not: "DRAFT" } } });
    expect(shared).toBeGreaterThan(0);
    expect(p.activities).toHaveLength(Math.min(shared, 25));
    expect(p.activityPages).toEqual({ total: shared, page: 1, pageCount: Math.max(1, Math.ceil(shared / 25)) });
    expect(p.activities.map((a) => a.id)).not.toContain(draft);
    expect(p.activities.every((a) => a.status !== "DRAFT")).toBe(true);
    await expect(staffPortfolio(head, teacherId, { status: "DRAFT" })).resolves.toMatchObject({ activities: [] });
  });

  it("pages the activities 25 at a time: every shared one on exactly one page, the count over all", async () => {
    const head = await trust.viewer("head");
    // Enough activities for three pages, whatever the demo gave the teacher.
    const school = await db().staffMember.findUniqueOrThrow({ where: { id: teacherId }, select: { schoolId: true, trustId: true } });
    const shared = await db().cpdActivity.count({ where: { staffMemberId: teacherId, status: { not: "DRAFT" } } });
    await db().cpdActivity.createMany({
      data: Array.from({ length: Math.max(0, 51 - shared) }, (_, i) => ({
        trustId: school.trustId, schoolId: school.schoolId, staffMemberId: teacherId, title: `Paged activity ${i}`, type: "COURSE" as const,
        strand: "PROFESSIONAL_LEARNING" as const, startDate: new Date(Date.UTC(2026, 0, 1 + i)), endDate: new Date(Date.UTC(2026, 0, 1 + i)), minutes: 60, status: "SUBMITTED" as const,
      })),
    });
    const total = await db().cpdActivity.count({ where: { staffMemberId: teacherId, status: { not: "DRAFT" } } });
    const pages = await Promise.all([1, 2, 3].map((page) => staffPortfolio(head, teacherId, {}, page)));
    expect(pages.map((p) => p.activityPages)).toEqual([1, 2, 3].map((page) => ({ total, page, pageCount: Math.ceil(total / 25) })));
    const ids = pages.flatMap((p) => p.activities.map((a) => a.id));
    expect(ids).toHaveLength(Math.min(total, 75));
    expect(new Set(ids).size).toBe(ids.length);
    // A page past the end shows the last page, not an empty list.
    expect((await staffPortfolio(head, teacherId, {}, 99)).activityPages.page).toBe(Math.ceil(total / 25));
  });

  it("filters by academic year and status", async () => {
    const head = await trust.viewer("head");
    const year = academicYear().startYear;
    const p = await staffPortfolio(head, teacherId, { year, status: "VERIFIED" });
    expect(p.activities.length).toBeGreaterThan(0);
    expect(p.activities.every((a) => a.status === "VERIFIED" && academicYear(a.startDate).startYear === year)).toBe(true);
    expect(p.years.map((y) => y.year)).toContain(year);
  });
});
