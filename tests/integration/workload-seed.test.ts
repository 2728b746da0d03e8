// The demo seed's workload demands: two or three per school and one trust-wide, the live ones checked
// with answers, one or more waiting for approval; the head's page and the trustee's read them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { workloadPage } from "@/lib/workload/queries";
import { seedWorkload } from "@/prisma/seed/workload";
import { seedSmallTrust } from "../support/fixtures";

describe("the demo seed's workload demands", () => {
  it("gives every school live demands with reported hours, and the trust its load and heaviest demands", async () => {
    const trust = await seedSmallTrust();
    await seedWorkload(db(), trust.built, new Date());
    const perSchool = await db().workloadDemand.groupBy({ by: ["schoolId"], _count: { _all: true } });
    expect(perSchool.filter((p) => p.schoolId === null)).toEqual([{ schoolId: null, _count: { _all: 1 } }]);
    expect(perSchool.filter((p) => p.schoolId !== null)).toHaveLength(trust.built.schools.length);
    for (const p of perSchool.filter((x) => x.schoolId !== null)) expect(p._count._all).toBeGreaterThanOrEqual(2);
    expect(await db().workloadDemand.count({ where: { status: "PROPOSED" } })).toBeGreaterThan(0);
    const v = await trust.viewers();
    const head = await workloadPage(v.head);
    expect(head.demands.some((d) => typeof d.reported === "object" && d.reported !== null)).toBe(true);
    expect(head.load.expected).toBeGreaterThan(0);
    const trustee = await workloadPage(v.trustee);
    expect(trustee.bySchool).toHaveLength(trust.built.schools.length);
    expect(trustee.heaviest.length).toBeGreaterThan(0);
  });
});
