// The demo seed's improvement priorities: every school has three to five for this academic year, each
// with milestones inside the year and a rating for every term begun, so the pages look lived-in.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { academicYear, londonToday, termKey } from "@/lib/dates";
import { schoolPriorities } from "@/lib/priorities/queries";
import { seedPriorities } from "@/prisma/seed/priorities";
import { seedSmallTrust } from "../support/fixtures";

describe("the demo seed's priorities", () => {
  it("gives every school 3 to 5 priorities this year, with milestones and a rating for each term begun", async () => {
    const trust = await seedSmallTrust();
    await seedPriorities(db(), trust.built, new Date());
    const year = academicYear(londonToday()).startYear;
    const terms = termKey(new Date()) - year * 3 + 1;
    const perSchool = await db().improvementPriority.groupBy({ by: ["schoolId"], where: { academicYear: year }, _count: true });
    expect(perSchool).toHaveLength(trust.built.schools.length);
    for (const row of perSchool) {
      expect(row._count).toBeGreaterThanOrEqual(3);
      expect(row._count).toBeLessThanOrEqual(5);
    }
    const priorities = await db().improvementPriority.findMany({ include: { milestones: true, progress: true, owner: true } });
    for (const p of priorities) {
      expect(p.owner.schoolId).toBe(p.schoolId);
      expect(p.milestones.length).toBeGreaterThan(0);
      for (const m of p.milestones) expect(m.dueOn >= new Date(Date.UTC(year, 8, 1)) && m.dueOn < new Date(Date.UTC(year + 1, 8, 1))).toBe(true);
      expect(p.progress).toHaveLength(terms);
    }
    // The head's page reads them through the query, with the latest rating.
    const head = await trust.viewer("head");
    const schoolId = head.roles.find((r) => r.role === "HEADTEACHER")?.schoolId ?? "";
    const page = await schoolPriorities(head, schoolId, year);
    expect(page.priorities.length).toBeGreaterThanOrEqual(3);
    expect(page.priorities.every((p) => p.latest !== null)).toBe(true);
  });
});
