import "server-only";
// The trust admin's clusters page and a school's administration page.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { compositionWarnings } from "./composition";

/** Every cluster (live first) with its schools and how its make-up compares with the model; schools in none. */
export async function clustersOverview(viewer: Viewer) {
  requirePermission(viewer, "school:manage");
  const [clusters, unclustered] = await Promise.all([
    db().cluster.findMany({
      where: { trustId: viewer.trustId },
      orderBy: [{ archivedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: { id: true, name: true, archivedAt: true, schools: { where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, phase: true } } },
    }),
    db().school.findMany({ where: { trustId: viewer.trustId, clusterId: null, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, phase: true } }),
  ]);
  return {
    clusters: clusters.map((c) => ({ ...c, warnings: c.archivedAt ? [] : compositionWarnings(c.schools.map((s) => s.phase)) })),
    unclustered,
  };
}

/** One school for its administration page: cluster, capacity and the capacity's history. */
export async function schoolAdmin(viewer: Viewer, id: string) {
  requirePermission(viewer, "school:manage");
  if (!isId(id)) notFound();
  const school = await db().school.findFirst({
    where: { id, trustId: viewer.trustId },
    select: { id: true, name: true, urn: true, phase: true, clusterId: true, improvementCapacity: true },
  });
  if (!school) notFound();
  const [clusters, history] = await Promise.all([
    db().cluster.findMany({ where: { trustId: viewer.trustId, archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().improvementCapacityChange.findMany({
      where: { trustId: viewer.trustId, schoolId: school.id },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }],
      take: 50,
      select: { id: true, capacity: true, rationale: true, effectiveOn: true, createdAt: true, setById: true },
    }),
  ]);
  const setters = await db().user.findMany({ where: { trustId: viewer.trustId, id: { in: history.flatMap((h) => (h.setById ? [h.setById] : [])) } }, select: { id: true, name: true } });
  const names = new Map(setters.map((u) => [u.id, u.name]));
  return { school, clusters, history: history.map((h) => ({ ...h, setBy: h.setById ? (names.get(h.setById) ?? "Unknown") : "The seed" })) };
}
