import "server-only";
// The trust admin's home (issue 11 §6): what needs doing across the trust, each item a count with the
// schools it concerns and a link to where it is done. Six small queries, each on an index or one scan.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";

export const EXPIRY_DAYS = 60;
type PerSchool = { schoolId: string; name: string; count: number };

export async function adminWorklist(viewer: Viewer) {
  requirePermission(viewer, "trust:admin");
  const t = viewer.trustId;
  const today = londonToday();
  const horizon = new Date(today.getTime() + EXPIRY_DAYS * 86_400_000);
  const [importsWaiting, withoutHead, withoutCluster, invited, expiredLinks, noLineManager, expiring] = await Promise.all([
    db().dataImport.count({ where: { trustId: t, status: "PREVIEW" } }),
    db().school.findMany({
      where: { trustId: t, archivedAt: null, roleAssignments: { none: { trustId: t, role: "HEADTEACHER", user: { status: "ACTIVE" } } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db().school.findMany({ where: { trustId: t, archivedAt: null, clusterId: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db().user.count({ where: { trustId: t, status: "ACTIVE", passwordHash: null, lastSignInAt: null, invitations: { some: {} } } }),
    // Invited, not set up, and no link that still works: they need a new one.
    db().user.count({
      where: { trustId: t, status: "ACTIVE", passwordHash: null, lastSignInAt: null, invitations: { some: {}, none: { usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } } },
    }),
    db().$queryRaw<PerSchool[]>`
      SELECT s."schoolId", sc.name, count(*)::int AS count
      FROM "StaffMember" s JOIN "School" sc ON sc.id = s."schoolId" AND sc."trustId" = ${t}::uuid
      WHERE s."trustId" = ${t}::uuid AND s."leaveDate" IS NULL AND s."lineManagerId" IS NULL AND s."careerStage" <> 'HEADTEACHER'
      GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
    // The latest completion of each requirement per person: a renewed certificate is not expiring.
    db().$queryRaw<PerSchool[]>`
      SELECT x."schoolId", sc.name, count(*)::int AS count FROM (
        SELECT DISTINCT ON (c."staffMemberId", c."requirementId") s."schoolId", c."expiresOn"
        FROM "TrainingCompletion" c JOIN "StaffMember" s ON s.id = c."staffMemberId" AND s."trustId" = ${t}::uuid AND s."leaveDate" IS NULL
        WHERE c."trustId" = ${t}::uuid
        ORDER BY c."staffMemberId", c."requirementId", c."expiresOn" DESC
      ) x JOIN "School" sc ON sc.id = x."schoolId" AND sc."trustId" = ${t}::uuid
      WHERE x."expiresOn" >= ${today} AND x."expiresOn" < ${horizon}
      GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
  ]);
  const total = (rows: PerSchool[]) => rows.reduce((n, r) => n + r.count, 0);
  return {
    importsWaiting,
    withoutHead,
    withoutCluster,
    invited,
    expiredLinks,
    noLineManager: { total: total(noLineManager), schools: noLineManager },
    expiring: { total: total(expiring), schools: expiring },
  };
}

export type AdminWorklist = Awaited<ReturnType<typeof adminWorklist>>;
