import "server-only";
// Retention figures (issue 11 §3): per school and cluster per academic year, turnover and leavers by
// reason and by career stage, counted in SQL (one pass over the staff table per figure).
import { Prisma } from "@/lib/db/generated/client";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { academicYear, academicYearLabel, londonToday } from "@/lib/dates";
import { worksAtInSql, worksAtSql } from "../employment/queries";
import { sumCounts, turnover, type Counts } from "../turnover";

const DAY = 86_400_000;

/** The academic years offered: this one and the four before it. */
export function retentionYears() {
  const now = academicYear().startYear;
  return Array.from({ length: 5 }, (_, i) => ({ value: String(now - i), label: academicYearLabel(now - i) }));
}

type Row = Counts & { schoolId: string };
type Group = { key: string; count: number };

async function figures(trustId: string, schoolIds: string[] | "all", startYear: number) {
  const start = new Date(Date.UTC(startYear, 8, 1));
  const end = new Date(Date.UTC(startYear + 1, 8, 1));
  const lastDay = new Date(Math.min(end.getTime() - DAY, londonToday().getTime()));
  const inScope = schoolIds === "all" ? Prisma.empty : Prisma.sql`AND s."schoolId" = ANY(${schoolIds}::uuid[])`;
  const left = Prisma.sql`s."leaveDate" >= ${start} AND s."leaveDate" < ${end}`;
  // Headcount where people worked on each day (a seconded person counts at the host school, a
  // transferred one at the school of that day: decision 017); leavers at the school they left.
  const at = (day: Date) => (schoolIds === "all" ? Prisma.empty : Prisma.sql`AND ${worksAtInSql("s", day, trustId, schoolIds)}`);
  const present = (day: Date) => Prisma.sql`s."startDate" <= ${day} AND (s."leaveDate" IS NULL OR s."leaveDate" > ${day})`;
  const [rows, reasons, stages] = await Promise.all([
    db().$queryRaw<Row[]>`
      SELECT x."schoolId", sum(x."atStart")::int AS "atStart", sum(x."atEnd")::int AS "atEnd", sum(x.leavers)::int AS leavers FROM (
        SELECT ${worksAtSql("s", start, trustId)} AS "schoolId", 1 AS "atStart", 0 AS "atEnd", 0 AS leavers
        FROM "StaffMember" s WHERE s."trustId" = ${trustId}::uuid AND ${present(start)} ${at(start)}
        UNION ALL
        SELECT ${worksAtSql("s", lastDay, trustId)}, 0, 1, 0 FROM "StaffMember" s WHERE s."trustId" = ${trustId}::uuid AND ${present(lastDay)} ${at(lastDay)}
        UNION ALL
        SELECT s."schoolId", 0, 0, 1 FROM "StaffMember" s WHERE s."trustId" = ${trustId}::uuid ${inScope} AND ${left}
      ) x GROUP BY x."schoolId"`,
    db().$queryRaw<Group[]>`
      SELECT s."leaveReason"::text AS key, count(*)::int AS count FROM "StaffMember" s
      WHERE s."trustId" = ${trustId}::uuid ${inScope} AND ${left} GROUP BY 1 ORDER BY 2 DESC, 1`,
    db().$queryRaw<Group[]>`
      SELECT s."careerStage"::text AS key, count(*)::int AS count FROM "StaffMember" s
      WHERE s."trustId" = ${trustId}::uuid ${inScope} AND ${left} GROUP BY 1 ORDER BY 2 DESC, 1`,
  ]);
  return { rows, reasons, stages, label: academicYearLabel(startYear) };
}

const withRate = <T extends Counts>(c: T) => ({ ...c, rate: turnover(c) });

/** One school's retention in a year: for its leaders (those who read its staff records) and the trust admin. */
export async function schoolRetention(viewer: Viewer, schoolId: string, startYear = academicYear().startYear) {
  requirePermission(viewer, "staff:view", { schoolId });
  const f = await figures(viewer.trustId, [schoolId], startYear);
  return { year: f.label, school: withRate(sumCounts(f.rows)), reasons: f.reasons, stages: f.stages };
}

/** The trust's retention in a year, by cluster and school (trust admin). */
export async function trustRetention(viewer: Viewer, startYear: number) {
  requirePermission(viewer, "trust:admin");
  const [f, schools] = await Promise.all([
    figures(viewer.trustId, "all", startYear),
    db().school.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true, cluster: { select: { id: true, name: true } } } }),
  ]);
  const bySchool = new Map(f.rows.map((r) => [r.schoolId, r]));
  const schoolRows = schools.map((s) => ({ id: s.id, name: s.name, cluster: s.cluster?.name ?? "No cluster", ...withRate(bySchool.get(s.id) ?? { atStart: 0, atEnd: 0, leavers: 0 }) }));
  const clusterNames = [...new Set(schoolRows.map((s) => s.cluster))].sort();
  const clusters = clusterNames.map((name) => ({ name, ...withRate(sumCounts(schoolRows.filter((s) => s.cluster === name))) }));
  return { year: f.label, trust: withRate(sumCounts(schoolRows)), clusters, schools: schoolRows, reasons: f.reasons, stages: f.stages };
}
