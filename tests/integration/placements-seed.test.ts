// The demo seed's employment history (seed 003): a staff swap between two schools of one cluster and
// one secondment, covering today, none of them a demo account, so the documented demo pages stay.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { DEMO_EMAILS, runSeed } from "@/prisma/seed";

describe("the demo seed's placements", () => {
  it("a swap (two halves, one swap id, same period, opposite schools of one cluster) and a secondment, current today", async () => {
    await runSeed(process.env.DATABASE_URL!, { scale: 1, onlyIfEmpty: true, quiet: true });
    const rows = await db().staffPlacement.findMany({
      orderBy: [{ kind: "asc" }, { id: "asc" }],
      include: { staffMember: { select: { schoolId: true, user: { select: { email: true } } } }, fromSchool: { select: { clusterId: true } }, toSchool: { select: { clusterId: true } } },
    });
    const swaps = rows.filter((r) => r.kind === "SWAP");
    const secondments = rows.filter((r) => r.kind === "SECONDMENT");
    // At least one of each, however many the seed grows to; every swap is two halves sharing a swap id.
    expect(secondments.length).toBeGreaterThan(0);
    expect(swaps.length).toBeGreaterThan(0);
    for (const swapId of new Set(swaps.map((s) => s.swapId))) {
      const halves = swaps.filter((s) => s.swapId === swapId);
      expect(halves).toHaveLength(2);
      const [a, b] = halves as [(typeof swaps)[number], (typeof swaps)[number]];
      expect(swapId).not.toBeNull();
      expect([a.fromSchoolId, a.toSchoolId]).toEqual([b.toSchoolId, b.fromSchoolId]);
      expect(a.fromSchool.clusterId).toBe(a.toSchool.clusterId);
      expect([a.startDate, a.endDate]).toEqual([b.startDate, b.endDate]);
    }
    const today = londonToday();
    for (const r of rows) {
      expect(r.fromSchoolId).toBe(r.staffMember.schoolId);
      expect(r.startDate <= today && r.endDate! >= today).toBe(true);
      expect(Object.values(DEMO_EMAILS)).not.toContain(r.staffMember.user?.email);
    }
  }, 120_000);
});
