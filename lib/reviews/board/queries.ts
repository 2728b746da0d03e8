import "server-only";
// The CSI board: every school × area of the current framework, from each school's latest published
// review, with safeguarding, CSI level, open and overdue actions and the trend across cycles. Grades
// of the legacy framework are never averaged with the current one: the trend reads one framework.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { toCsv } from "@/lib/csv";
import { db } from "@/lib/db/client";
import { areaApplies } from "../rules";
import type { BoardFilters } from "../schema";

type SchoolRow = { id: string; name: string; phase: string; hasEarlyYears: boolean; hasSixthForm: boolean; cluster: string | null; reviewId: string | null; safeguardingMet: boolean | null; visitDate: Date | null; level: string | null; open: number; overdue: number };

/** The board's data for the viewer's trust; not exported: it checks no permission, csiBoard does. */
async function boardData(viewer: Viewer, filters: BoardFilters) {
  const { trustId } = viewer;
  const framework = await db().evaluationFramework.findFirst({ where: { trustId, isLegacy: false }, orderBy: { code: "asc" }, select: { id: true } });
  if (!framework) return { areas: [], schools: [], grades: new Map<string, { label: string; rank: number }>(), trend: new Map<string, { cycle: string; mean: number }[]>() };
  const cluster = filters.cluster ?? null;
  const phase = filters.phase ?? null;
  const [areas, schools, grades, trend] = await Promise.all([
    db().evaluationArea.findMany({ where: { trustId, frameworkId: framework.id }, orderBy: { position: "asc" }, select: { id: true, name: true, appliesTo: true } }),
    db().$queryRaw<SchoolRow[]>`
      WITH s AS (
        SELECT s.id, s.name, s.phase::text AS phase, s."hasEarlyYears", s."hasSixthForm", c.name AS cluster FROM "School" s LEFT JOIN "Cluster" c ON c.id = s."clusterId"
        WHERE s."trustId" = ${trustId}::uuid AND (${cluster}::uuid IS NULL OR s."clusterId" = ${cluster}::uuid) AND (${phase}::text IS NULL OR s.phase::text = ${phase}::text)
      ), latest AS (
        SELECT DISTINCT ON (r."schoolId") r."schoolId", r.id, r."safeguardingMet", r."visitDate"
        FROM "SchoolReview" r JOIN "ReviewCycle" y ON y.id = r."cycleId"
        WHERE r."trustId" = ${trustId}::uuid AND r.status = 'PUBLISHED' AND r."supersededAt" IS NULL AND y."frameworkId" = ${framework.id}::uuid
        ORDER BY r."schoolId", y."opensOn" DESC, r."visitDate" DESC NULLS LAST, r."publishedAt" DESC
      ), lvl AS (
        SELECT DISTINCT ON ("schoolId") "schoolId", level::text AS level FROM "CsiLevel" WHERE "trustId" = ${trustId}::uuid ORDER BY "schoolId", "setAt" DESC
      ), act AS (
        SELECT "schoolId", count(*)::int AS open, (count(*) FILTER (WHERE "dueOn" < current_date))::int AS overdue
        FROM "ReviewAction" WHERE "trustId" = ${trustId}::uuid AND status <> 'DONE' GROUP BY "schoolId"
      )
      SELECT s.id, s.name, s.phase, s."hasEarlyYears", s."hasSixthForm", s.cluster, latest.id AS "reviewId", latest."safeguardingMet", latest."visitDate", lvl.level,
             coalesce(act.open, 0) AS open, coalesce(act.overdue, 0) AS overdue
      FROM s LEFT JOIN latest ON latest."schoolId" = s.id LEFT JOIN lvl ON lvl."schoolId" = s.id LEFT JOIN act ON act."schoolId" = s.id
      ORDER BY s.cluster NULLS LAST, s.name`,
    db().$queryRaw<{ reviewId: string; areaId: string; label: string; rank: number }[]>`
      SELECT j."reviewId", j."areaId", g.label, g.rank FROM "Judgement" j JOIN "EvaluationGrade" g ON g.id = j."gradeId"
      JOIN "SchoolReview" r ON r.id = j."reviewId"
      WHERE j."trustId" = ${trustId}::uuid AND r.status = 'PUBLISHED' AND r."supersededAt" IS NULL AND g."frameworkId" = ${framework.id}::uuid`,
    db().$queryRaw<{ schoolId: string; cycle: string; mean: number }[]>`
      SELECT r."schoolId", y.name AS cycle, avg(g.rank)::float8 AS mean
      FROM "SchoolReview" r JOIN "ReviewCycle" y ON y.id = r."cycleId" JOIN "Judgement" j ON j."reviewId" = r.id JOIN "EvaluationGrade" g ON g.id = j."gradeId"
      WHERE r."trustId" = ${trustId}::uuid AND r.status = 'PUBLISHED' AND r."supersededAt" IS NULL AND y."frameworkId" = ${framework.id}::uuid
      GROUP BY r."schoolId", y.name, y."opensOn" ORDER BY y."opensOn"`,
  ]);
  const gradeMap = new Map(grades.map((g) => [`${g.reviewId}:${g.areaId}`, { label: g.label, rank: g.rank }]));
  const trendMap = new Map<string, { cycle: string; mean: number }[]>();
  for (const t of trend) {
    const points = trendMap.get(t.schoolId);
    if (points) points.push({ cycle: t.cycle, mean: t.mean });
    else trendMap.set(t.schoolId, [{ cycle: t.cycle, mean: t.mean }]);
  }
  return { areas, schools, grades: gradeMap, trend: trendMap };
}

/** Lower mean rank is better; a change of less than a quarter grade is steady. */
export function trendWord(points: { mean: number }[]): "Improving" | "Declining" | "Steady" | "One cycle" | "No reviews" {
  if (points.length === 0) return "No reviews";
  if (points.length === 1) return "One cycle";
  const delta = (points.at(-1)?.mean ?? 0) - (points.at(-2)?.mean ?? 0);
  return delta <= -0.25 ? "Improving" : delta >= 0.25 ? "Declining" : "Steady";
}

export async function csiBoard(viewer: Viewer, filters: BoardFilters) {
  requirePermission(viewer, "csi-board:view");
  const [data, clusters] = await Promise.all([
    boardData(viewer, filters),
    db().cluster.findMany({ where: { trustId: viewer.trustId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const rows = data.schools.map((s) => ({
    ...s,
    // "n/a": the area does not apply to the school (no early years or sixth form); null: not graded yet.
    cells: data.areas.map((a) => (!areaApplies(a, s) ? "n/a" : s.reviewId ? (data.grades.get(`${s.reviewId}:${a.id}`) ?? null) : null)),
    trend: data.trend.get(s.id) ?? [],
  }));
  return { areas: data.areas, rows, clusters };
}
export type Board = Awaited<ReturnType<typeof csiBoard>>;

/** The board as CSV (lib/csv.ts escapes formulae): the same rows and columns as the table. */
export function boardCsv(board: Board): string {
  const head = ["School", "Cluster", "Phase", ...board.areas.map((a) => a.name), "Safeguarding", "CSI level", "Open actions", "Overdue actions", "Trend"];
  return toCsv(
    head,
    board.rows.map((r) => [
      r.name, r.cluster ?? "", r.phase, ...r.cells.map((c) => (c === "n/a" ? "n/a" : (c?.label ?? ""))),
      r.safeguardingMet === null ? "" : r.safeguardingMet ? "Met" : "Not met", r.level ?? "", r.open, r.overdue, trendWord(r.trend),
    ]),
  );
}
