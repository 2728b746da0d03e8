import "server-only";
// The trustee's governance dashboard and board pack: schools × metrics with RAG, trends, averages by
// trust and cluster, filtered by phase and cluster. Aggregates only: no staff record is read here,
// only schools, metric definitions and values. One grouped SQL read of the values (arrays per school
// and metric), so the page's work grows with schools × metrics, not with stored values.
import { Prisma } from "@/lib/db/generated/client";
import type { Viewer } from "@/lib/access/policy";
import { aggregateSchools } from "@/lib/access/policy";
import { requireAny } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { academicYearLabel, termLabel } from "@/lib/dates";
import { currentTerm } from "./periods";
import { averageByKey, cellOf, latestKeyOf, roundTo, type MetricDef, type Series } from "./shape";

/** How far back trends reach: fifteen terms, five academic years. */
export const TREND_TERMS = 15;

type DashboardFilters = { phase?: string; cluster?: string; metric?: string };

const num = (d: Prisma.Decimal | null) => (d === null ? null : Number(d));

export async function metricDefinitions(viewer: Viewer): Promise<MetricDef[]> {
  const rows = await db().metricDefinition.findMany({ where: { trustId: viewer.trustId }, orderBy: [{ position: "asc" }, { label: "asc" }] });
  return rows.map((m) => ({ ...m, greenAt: num(m.greenAt), redAt: num(m.redAt), description: m.description }));
}

/** Every value since `fromKey` of the schools in scope, as one series per school and metric (JSON arrays:
 *  parsed natively, where Postgres array text was parsed element by element in JavaScript). */
export async function valueSeries(viewer: Viewer, fromKey: number, schoolIds?: string[]): Promise<Series[]> {
  const scope = schoolIds ?? aggregateSchools(viewer);
  const only = scope === "all" ? Prisma.empty : Prisma.sql`AND v."schoolId" = ANY (${scope}::uuid[])`;
  return db().$queryRaw<Series[]>`
    SELECT v."schoolId", v."metricId", json_agg(v."periodKey" ORDER BY v."periodKey") AS keys,
      json_agg(v.value::float8 ORDER BY v."periodKey") AS values
    FROM "MetricValue" v
    WHERE v."trustId" = ${viewer.trustId}::uuid AND v."periodKey" >= ${fromKey} ${only}
    GROUP BY 1, 2`;
}

/** When the figures were last changed: the data's as-of date on the dashboard and every board-pack page. */
export async function valuesAsOf(viewer: Viewer): Promise<Date | null> {
  const row = await db().metricValue.aggregate({ where: { trustId: viewer.trustId }, _max: { enteredAt: true } });
  return row._max.enteredAt;
}

export async function trustDashboard(viewer: Viewer, filters: DashboardFilters) {
  requireAny(viewer, "trust:aggregates");
  const fromKey = currentTerm().key - TREND_TERMS + 1;
  const [metrics, schools, clusters, series, asOf] = await Promise.all([
    metricDefinitions(viewer),
    db().school.findMany({
      where: { trustId: viewer.trustId },
      select: { id: true, name: true, urn: true, phase: true, clusterId: true, cluster: { select: { name: true } } },
      orderBy: { name: "asc" },
    }),
    db().cluster.findMany({ where: { trustId: viewer.trustId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    valueSeries(viewer, fromKey),
    valuesAsOf(viewer),
  ]);
  const latest = latestKeyOf(series);
  const bySchoolMetric = new Map(series.map((s) => [`${s.schoolId}|${s.metricId}`, s]));
  const shown = schools.filter((s) => (!filters.phase || s.phase === filters.phase) && (!filters.cluster || s.clusterId === filters.cluster));
  const clusterOf = new Map(schools.map((s) => [s.id, s.clusterId]));
  // The series sorted once by metric and by metric and cluster, not filtered again for every column and cluster.
  const byMetric = new Map<string, Series[]>();
  const byMetricCluster = new Map<string, Series[]>();
  const push = (map: Map<string, Series[]>, key: string, s: Series) => (map.get(key) ?? map.set(key, []).get(key)!).push(s);
  for (const s of series) {
    push(byMetric, s.metricId, s);
    push(byMetricCluster, `${s.metricId}|${clusterOf.get(s.schoolId)}`, s);
  }

  const columns = metrics.map((m) => {
    const trust = averageByKey(byMetric.get(m.id) ?? []);
    const key = latest.get(m.id);
    const byCluster = clusters.map((c) => ({ cluster: c, average: averageByKey(byMetricCluster.get(`${m.id}|${c.id}`) ?? []) }));
    const periods = [...trust.keys()];
    // Over time, beside the trust: the chosen cluster, or every cluster while there are few enough to read.
    const charted = byCluster.filter(({ cluster }) => (filters.cluster ? cluster.id === filters.cluster : clusters.length <= 6));
    return {
      metric: m,
      period: key === undefined ? null : labelOf(m, key),
      trustAverage: key === undefined ? null : roundTo(trust.get(key), m.decimals),
      clusterAverages: byCluster.map(({ cluster, average }) => ({ cluster: cluster.name, value: key === undefined ? null : roundTo(average.get(key), m.decimals) })),
      /** Over time: the trust average and each cluster's, per period (the chart and its table). */
      overTime: periods.map((k) => ({
        period: labelOf(m, k),
        trust: roundTo(trust.get(k), m.decimals),
        ...Object.fromEntries(charted.map(({ cluster, average }) => [cluster.name, roundTo(average.get(k), m.decimals)])),
      })),
      chartedClusters: charted.map(({ cluster }) => cluster.name),
    };
  });

  const rows = shown.map((s) => ({
    id: s.id,
    name: s.name,
    urn: s.urn,
    phase: s.phase,
    cluster: s.cluster?.name ?? "No cluster",
    cells: Object.fromEntries(metrics.map((m) => [m.id, cellOf(bySchoolMetric.get(`${s.id}|${m.id}`), m, latest.get(m.id))])),
  }));
  return { metrics, columns, rows, clusters, asOf, filters };
}

/** "Autumn 2025" for a term key, "2025/26" for a year's. */
export function labelOf(m: Pick<MetricDef, "periodKind">, key: number): string {
  return m.periodKind === "YEAR" ? academicYearLabel(Math.floor(key / 3)) : termLabel(key);
}

export type TrustDashboard = Awaited<ReturnType<typeof trustDashboard>>;
