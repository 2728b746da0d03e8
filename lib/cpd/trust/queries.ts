import "server-only";
// Figures per school (and so per cluster): hours this academic year, staff on track, verified and
// pending counts, training compliance. Two grouped SQL statements over the indexed year range,
// whatever the trust's size; no activity row reaches JavaScript.
import { can, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db, Prisma } from "@/lib/db/client";
import { trustTargets, waitingCount } from "../queries";
import { targetFor, yearElapsed } from "../rules";
import { academicYear, londonToday } from "@/lib/dates";
import { worksAtInSql, worksAtSql } from "@/lib/people/employment/queries";

export type SchoolFigures = {
  schoolId: string; staff: number; minutes: number; targetMinutes: number; onTrack: number; verified: number; pending: number;
  applicable: number; met: number;
};

/** CPD and training figures of the given schools (all of the trust's when `schools` is "all"). */
async function schoolFigures(viewer: Viewer, schools: "all" | string[]): Promise<SchoolFigures[]> {
  if (schools !== "all" && schools.length === 0) return [];
  const trustId = viewer.trustId;
  const year = academicYear();
  const today = londonToday();
  const targets = await trustTargets(viewer);
  const target = (c: "TEACHER" | "SUPPORT" | "LEADERSHIP") => targetFor(targets, c, year.startYear) ?? 0;
  const elapsed = yearElapsed(year.start, year.end, today);
  // Staff count where they work today: a seconded or swapped person at the host school (decision 017).
  const staffIn = schools === "all" ? Prisma.empty : Prisma.sql`AND ${worksAtInSql("s", today, trustId, schools)}`;
  const workplace = worksAtSql("s", today, trustId);
  // Staff who moved school keep their activities: count by the school where they work today.
  const activityIn =
    schools === "all" ? Prisma.empty : Prisma.sql`AND c."staffMemberId" IN (SELECT s.id FROM "StaffMember" s WHERE s."trustId" = ${trustId}::uuid ${staffIn})`;
  const targetSql = Prisma.sql`CASE s.category WHEN 'TEACHER' THEN ${target("TEACHER")}::int WHEN 'SUPPORT' THEN ${target("SUPPORT")}::int ELSE ${target("LEADERSHIP")}::int END`;

  const [cpd, training] = await Promise.all([
    db().$queryRaw<Omit<SchoolFigures, "applicable" | "met">[]>`
      WITH hours AS (
        SELECT c."staffMemberId" AS id,
               sum(c.minutes) FILTER (WHERE c.status = 'VERIFIED') AS minutes,
               count(*) FILTER (WHERE c.status = 'VERIFIED') AS verified,
               count(*) FILTER (WHERE c.status = 'SUBMITTED') AS pending
        FROM "CpdActivity" c
        WHERE c."trustId" = ${trustId}::uuid AND c."startDate" >= ${year.start} AND c."startDate" < ${year.end} AND c.status IN ('VERIFIED', 'SUBMITTED') ${activityIn}
        GROUP BY 1
      )
      SELECT ${workplace} AS "schoolId", count(*)::int AS staff,
             COALESCE(sum(h.minutes), 0)::int AS minutes,
             sum(${targetSql})::int AS "targetMinutes",
             count(*) FILTER (WHERE COALESCE(h.minutes, 0) >= floor(${targetSql} * ${elapsed}::float8))::int AS "onTrack",
             COALESCE(sum(h.verified), 0)::int AS verified, COALESCE(sum(h.pending), 0)::int AS pending
      FROM "StaffMember" s LEFT JOIN hours h ON h.id = s.id
      WHERE s."trustId" = ${trustId}::uuid AND s."leaveDate" IS NULL ${staffIn}
      GROUP BY 1`,
    db().$queryRaw<{ schoolId: string; applicable: number; met: number }[]>`
      WITH staff AS (
        SELECT s.id, ${workplace} AS "schoolId", s.category FROM "StaffMember" s
        WHERE s."trustId" = ${trustId}::uuid AND s."leaveDate" IS NULL ${staffIn}
      ), due AS (
        -- Requirements for everyone (by category), then those that hang on a designation the person holds.
        SELECT st.id, st."schoolId", r.id AS requirement
        FROM staff st JOIN "TrainingRequirement" r
          ON r."trustId" = ${trustId}::uuid AND r.active AND r.designation IS NULL
         AND (cardinality(r.categories) = 0 OR st.category = ANY(r.categories))
        UNION ALL
        SELECT st.id, st."schoolId", r.id
        FROM staff st
        JOIN "StaffDesignation" d ON d."trustId" = ${trustId}::uuid AND d."staffMemberId" = st.id
        JOIN "TrainingRequirement" r
          ON r."trustId" = ${trustId}::uuid AND r.active AND r.designation = d.designation
         AND (cardinality(r.categories) = 0 OR st.category = ANY(r.categories))
      ), valid AS (
        SELECT DISTINCT tc."staffMemberId", tc."requirementId" FROM "TrainingCompletion" tc
        WHERE tc."trustId" = ${trustId}::uuid AND tc."expiresOn" >= ${today}
      )
      SELECT due."schoolId", count(*)::int AS applicable, count(v."staffMemberId")::int AS met
      FROM due LEFT JOIN valid v ON v."staffMemberId" = due.id AND v."requirementId" = due.requirement
      GROUP BY 1`,
  ]);
  const compliance = new Map(training.map((t) => [t.schoolId, t]));
  return cpd.map((c) => ({ ...c, applicable: compliance.get(c.schoolId)?.applicable ?? 0, met: compliance.get(c.schoolId)?.met ?? 0 }));
}

/** A school's CPD summary for its leaders' and governors' home pages: numbers only. */
export async function schoolCpdSummary(viewer: Viewer, schoolId: string) {
  requirePermission(viewer, "school:aggregates", { schoolId });
  const [[figures], waiting] = await Promise.all([schoolFigures(viewer, [schoolId]), waitingCount(viewer, schoolId)]);
  const mayVerify = can(viewer, "activity:verify", { schoolId });
  // "Awaiting verification" is the verification queue's own count (any year), so home and queue agree.
  return { figures: figures ?? null, waiting, mayVerify, schoolId, year: academicYear().label };
}

const NPQ = Prisma.sql`q.kind::text LIKE 'NPQ%'`;

/** The trust development view: CPD and training figures per school and per cluster. */
export async function trustDevelopment(viewer: Viewer) {
  requirePermission(viewer, "trust:admin");
  const t = viewer.trustId;
  const [figures, schools] = await Promise.all([
    schoolFigures(viewer, "all"),
    db().school.findMany({ where: { trustId: t }, orderBy: { name: "asc" }, select: { id: true, name: true, cluster: { select: { id: true, name: true } } } }),
  ]);
  const bySchool = new Map(figures.map((f) => [f.schoolId, f]));
  const schoolRows = schools.map((s) => ({ id: s.id, name: s.name, cluster: s.cluster?.name ?? "No cluster", figures: bySchool.get(s.id) ?? null }));
  const clusters = new Map<string, { name: string; figures: Omit<SchoolFigures, "schoolId"> }>();
  for (const row of schoolRows) {
    const f = row.figures;
    if (!f) continue;
    const c = clusters.get(row.cluster) ?? { name: row.cluster, figures: { staff: 0, minutes: 0, targetMinutes: 0, onTrack: 0, verified: 0, pending: 0, applicable: 0, met: 0 } };
    for (const k of Object.keys(c.figures) as (keyof typeof c.figures)[]) c.figures[k] += f[k];
    clusters.set(row.cluster, c);
  }
  return { year: academicYear(), schools: schoolRows, clusters: [...clusters.values()].sort((a, b) => a.name.localeCompare(b.name)) };
}

/** How many current staff hold or are studying each NPQ, by school. */
export async function npqPipeline(viewer: Viewer) {
  requirePermission(viewer, "trust:admin");
  const t = viewer.trustId;
  const [schools, npq] = await Promise.all([
    db().school.findMany({ where: { trustId: t }, select: { id: true, name: true } }),
    db().$queryRaw<{ schoolId: string; kind: string; status: string; count: number }[]>`
      SELECT s."schoolId", q.kind::text AS kind, q.status::text AS status, count(*)::int AS count
      FROM "Qualification" q JOIN "StaffMember" s ON s.id = q."staffMemberId"
      WHERE q."trustId" = ${t}::uuid AND s."leaveDate" IS NULL AND ${NPQ} AND q.status IN ('IN_PROGRESS', 'COMPLETED')
      GROUP BY 1, 2, 3`,
  ]);
  const pipeline = new Map<string, { school: string; counts: Record<string, { held: number; studying: number }> }>();
  const names = new Map(schools.map((s) => [s.id, s.name]));
  for (const row of npq) {
    const entry = pipeline.get(row.schoolId) ?? { school: names.get(row.schoolId) ?? "", counts: {} };
    const cell = (entry.counts[row.kind] ??= { held: 0, studying: 0 });
    if (row.status === "COMPLETED") cell.held += row.count;
    else cell.studying += row.count;
    pipeline.set(row.schoolId, entry);
  }
  return { rows: [...pipeline.values()].sort((a, b) => a.school.localeCompare(b.school)), kinds: [...new Set(npq.map((r) => r.kind))].sort() };
}

/** CPD targets and statutory training requirements, for the trust admin's editors. */
export async function cpdReferenceData(viewer: Viewer) {
  requirePermission(viewer, "trust:admin");
  const t = viewer.trustId;
  const [targets, requirements] = await Promise.all([
    db().cpdTarget.findMany({ where: { trustId: t }, orderBy: [{ startYear: "desc" }, { scope: "asc" }] }),
    db().trainingRequirement.findMany({ where: { trustId: t }, orderBy: { name: "asc" } }),
  ]);
  return { year: academicYear(), targets, requirements };
}
