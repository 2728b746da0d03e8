import "server-only";
// Clusters (issue 11 §2) and improvement capacity (§5), the trust admin's: create, rename and archive
// clusters, move schools between them, and set a school's capacity with its reason (each setting is
// kept as history; School.improvementCapacity is the latest).
import { can, type Viewer } from "@/lib/access/policy";
import { changed, command } from "@/lib/commands/command";
import { AppError, fieldError } from "@/lib/commands/errors";
import type { Tx } from "@/lib/db/client";
import { archiveClusterSchema, capacitySchema, createClusterSchema, moveSchoolSchema, renameClusterSchema } from "./schema";
import { fromIsoDay } from "@/lib/dates";
import { routes } from "@/lib/routes";

const admin = (viewer: Viewer) => can(viewer, "school:manage");
const PAGES = [routes.adminClusters(), routes.schools(), routes.home()];
const nameTaken = (error: unknown) => {
  if ((error as { code?: string }).code === "P2002") throw fieldError("name", "A cluster with this name already exists.");
};

/** One of the trust's clusters, with its count of schools; null when missing or of another trust (a command's `load`). */
const cluster = (tx: Tx, viewer: Viewer, { clusterId }: { clusterId: string }) =>
  tx.cluster.findFirst({ where: { id: clusterId, trustId: viewer.trustId }, include: { _count: { select: { schools: true } } } });

export const createCluster = command({
  schema: createClusterSchema,
  authorize: admin,
  async work(tx, viewer, { name }) {
    const row = await tx.cluster.create({ data: { trustId: viewer.trustId, name } });
    return changed("Cluster", row.id, "cluster.create", { after: row });
  },
  revalidate: () => PAGES,
  onError: nameTaken,
  success: (_, input) => `Cluster ${input.name} created.`,
});

export const renameCluster = command({
  schema: renameClusterSchema,
  load: cluster,
  authorize: admin,
  async work(tx, viewer, { name }, before) {
    if (before.name === name) return { data: { id: before.id }, unchanged: true };
    await tx.cluster.update({ where: { id: before.id }, data: { name } });
    return changed("Cluster", before.id, "cluster.rename", { before: { name: before.name }, after: { name } });
  },
  revalidate: () => PAGES,
  onError: nameTaken,
  success: "Cluster renamed.",
});

export const archiveCluster = command({
  schema: archiveClusterSchema,
  load: cluster,
  authorize: admin,
  async work(tx, viewer, { archived }, before) {
    if (Boolean(before.archivedAt) === archived) return { data: { id: before.id }, unchanged: true };
    if (archived && before._count.schools > 0) throw new AppError("CONFLICT", "Move this cluster's schools to another cluster before archiving it.");
    const after = await tx.cluster.update({ where: { id: before.id }, data: { archivedAt: archived ? new Date() : null } });
    return changed("Cluster", before.id, archived ? "cluster.archive" : "cluster.restore", { before: { archivedAt: before.archivedAt }, after: { archivedAt: after.archivedAt } });
  },
  revalidate: () => PAGES,
  success: (_, input) => (input.archived ? "Cluster archived." : "Cluster restored."),
});

export const moveSchool = command({
  schema: moveSchoolSchema,
  load: (tx, viewer, { schoolId }) => tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, clusterId: true } }),
  authorize: admin,
  async work(tx, viewer, { clusterId }, school) {
    if (clusterId) {
      const target = await tx.cluster.findFirst({ where: { id: clusterId, trustId: viewer.trustId }, select: { archivedAt: true } });
      if (!target) throw fieldError("clusterId", "Choose one of the trust's clusters.");
      if (target.archivedAt) throw fieldError("clusterId", "That cluster is archived: restore it first.");
    }
    if (school.clusterId === clusterId) return { data: { id: school.id }, unchanged: true };
    await tx.school.update({ where: { id: school.id }, data: { clusterId } });
    return changed("School", school.id, "school.move", { before: { clusterId: school.clusterId }, after: { clusterId } });
  },
  revalidate: (input) => [...PAGES, routes.school(input.schoolId), routes.adminSchool(input.schoolId)],
  success: "School moved.",
});

export const setCapacity = command({
  schema: capacitySchema,
  load: (tx, viewer, { schoolId }) => tx.school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, improvementCapacity: true } }),
  authorize: admin,
  async work(tx, viewer, input, school) {
    const effectiveOn = fromIsoDay(input.effectiveOn);
    const row = await tx.improvementCapacityChange.create({
      data: { trustId: viewer.trustId, schoolId: school.id, capacity: input.capacity, rationale: input.rationale, effectiveOn, setById: viewer.userId },
    });
    // The school's current capacity is the setting with the latest date (a back-dated entry only adds history).
    const latest = await tx.improvementCapacityChange.findFirstOrThrow({ where: { schoolId: school.id, trustId: viewer.trustId }, orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }] });
    await tx.school.update({ where: { id: school.id }, data: { improvementCapacity: latest.capacity } });
    return changed("School", school.id, "school.capacity", { before: { improvementCapacity: school.improvementCapacity }, after: { ...row, improvementCapacity: latest.capacity } });
  },
  revalidate: (input) => [...PAGES, routes.school(input.schoolId), routes.adminSchool(input.schoolId), routes.reviewCapacity()],
  success: "Improvement capacity recorded.",
});
