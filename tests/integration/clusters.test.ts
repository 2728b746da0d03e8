// Issue 11 §2 and §5: clusters (create, rename, archive, move schools; composition shown, not
// enforced) and improvement capacity with its history. The trust admin's only; refusals write nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { archiveCluster, createCluster, moveSchool, renameCluster, setCapacity } from "@/lib/org/admin/commands";
import { clustersOverview, schoolAdmin } from "@/lib/org/admin/queries";
import { seedSmallTrust, type DemoKey } from "../support/fixtures";
import { runForm } from "../support/form";
import { expectOneAudit, expectRefused, invalid, notFoundResult } from "../support/writes";

let trust: Awaited<ReturnType<typeof seedSmallTrust>>;
let v: Record<DemoKey, Viewer>;
const OTHERS: DemoKey[] = ["teacher", "seniorLeader", "head", "networkLeader", "governor", "trustee", "multiRole"];

beforeAll(async () => {
  trust = await seedSmallTrust();
  v = await trust.viewers();
});

const notFound = expect.objectContaining({ digest: expect.stringContaining("404") });
const idOf = (r: unknown) => (r as { data: { id: string } }).data.id;

describe("clusters", () => {
  it("the admin creates, renames, fills, empties and archives a cluster; its make-up is flagged, not refused", async () => {
    const id = idOf(await expectOneAudit(() => runForm(createCluster, v.admin, { name: "  Riverside   Cluster " }), "cluster.create"));
    expect(await trust.prisma.cluster.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Riverside Cluster", archivedAt: null });
    await expectRefused(() => runForm(createCluster, v.admin, { name: "Riverside Cluster" }), invalid("name"));
    await expectOneAudit(() => runForm(renameCluster, v.admin, { clusterId: id, name: "Riverside" }), "cluster.rename");

    const school = trust.built.schools[0]!;
    await expectOneAudit(() => runForm(moveSchool, v.admin, { schoolId: school.id, clusterId: id }), "school.move");
    const overview = await clustersOverview(v.admin);
    const riverside = overview.clusters.find((c) => c.id === id)!;
    expect(riverside.schools.map((s) => s.id)).toEqual([school.id]);
    expect(riverside.warnings.length).toBeGreaterThan(0);
    await expectRefused(() => runForm(archiveCluster, v.admin, { clusterId: id, archived: "on" }), { ok: false, message: expect.stringContaining("Move this cluster's schools") });

    await expectOneAudit(() => runForm(moveSchool, v.admin, { schoolId: school.id, clusterId: "" }), "school.move");
    expect((await clustersOverview(v.admin)).unclustered.map((s) => s.id)).toContain(school.id);
    await expectOneAudit(() => runForm(archiveCluster, v.admin, { clusterId: id, archived: "on" }), "cluster.archive");
    await expectRefused(() => runForm(moveSchool, v.admin, { schoolId: school.id, clusterId: id }), invalid("clusterId"));
    await expectOneAudit(() => runForm(archiveCluster, v.admin, { clusterId: id }), "cluster.restore");
    await expectOneAudit(() => runForm(moveSchool, v.admin, { schoolId: school.id, clusterId: school.clusterId }), "school.move");
  });

  it("nobody else manages clusters; unknown ids are not found", async () => {
    const cluster = trust.built.clusters[0]!;
    const school = trust.built.schools[0]!;
    for (const key of OTHERS) {
      await expectRefused(() => runForm(createCluster, v[key], { name: `By ${key}` }), notFoundResult);
      await expectRefused(() => runForm(renameCluster, v[key], { clusterId: cluster.id, name: "Renamed" }), notFoundResult);
      await expectRefused(() => runForm(moveSchool, v[key], { schoolId: school.id, clusterId: "" }), notFoundResult);
      await expect(clustersOverview(v[key])).rejects.toEqual(notFound);
    }
    await expectRefused(() => runForm(renameCluster, v.admin, { clusterId: "00000000-0000-4000-8000-000000000999", name: "Renamed" }), notFoundResult);
    await expectRefused(() => runForm(moveSchool, v.admin, { schoolId: "00000000-0000-4000-8000-000000000999", clusterId: "" }), notFoundResult);
  });
});

describe("improvement capacity", () => {
  it("the admin records capacity with a reason and a date; the history is kept and the latest date is current", async () => {
    const school = trust.built.schools[1]!;
    await expectOneAudit(
      () => runForm(setCapacity, v.admin, { schoolId: school.id, capacity: "NEEDS_SUPPORT", rationale: "New head, two inadequate reviews.", effectiveOn: "2025-01-10" }),
      "school.capacity",
    );
    await runForm(setCapacity, v.admin, { schoolId: school.id, capacity: "CAPACITY_GIVER", rationale: "Outstanding review, strong middle leaders.", effectiveOn: "2025-09-01" });
    // Back-dated: history only.
    await runForm(setCapacity, v.admin, { schoolId: school.id, capacity: "STABLE", rationale: "Recorded late for the record.", effectiveOn: "2024-09-01" });
    const page = await schoolAdmin(v.admin, school.id);
    expect(page.school.improvementCapacity).toBe("CAPACITY_GIVER");
    expect(page.history.map((h) => h.capacity)).toEqual(["CAPACITY_GIVER", "NEEDS_SUPPORT", "STABLE"]);
    expect(page.history[0]).toMatchObject({ setBy: v.admin.name, rationale: "Outstanding review, strong middle leaders." });
  });

  it("refuses a missing reason, a future date, an unknown capacity, and anyone but the admin", async () => {
    const school = trust.built.schools[2]!;
    const ok = { schoolId: school.id, capacity: "STABLE", rationale: "A settled year with a stable team.", effectiveOn: "2025-03-01" };
    await expectRefused(() => runForm(setCapacity, v.admin, { ...ok, rationale: "" }), invalid("rationale"));
    await expectRefused(() => runForm(setCapacity, v.admin, { ...ok, effectiveOn: "2999-01-01" }), invalid("effectiveOn"));
    await expectRefused(() => runForm(setCapacity, v.admin, { ...ok, capacity: "THRIVING" }), invalid("capacity"));
    for (const key of OTHERS) {
      await expectRefused(() => runForm(setCapacity, v[key], ok), notFoundResult);
      await expect(schoolAdmin(v[key], school.id)).rejects.toEqual(notFound);
    }
  });
});
