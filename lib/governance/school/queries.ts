import "server-only";
// One school's governance view (its governors, its head, trustees): its metrics with trends against
// the trust's and same-phase schools' averages, and the governance visits to it. Other schools'
// values never leave the database: only averages across them do.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { can } from "@/lib/access/policy";
import { governanceVisitVisibleTo } from "@/lib/governance/access";
import { requirePermission } from "@/lib/access/where";
import { schoolAggregatesVisibleTo } from "@/lib/org/access";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";
import { currentTerm } from "../periods";
import { labelOf, metricDefinitions, TREND_TERMS, valueSeries, valuesAsOf } from "../queries";
import { cellOf, latestKeyOf, roundTo } from "../shape";

type Average = { metricId: string; periodKey: number; trust: number; phase: number | null };

export async function schoolMetrics(viewer: Viewer, schoolId: string) {
  if (!isId(schoolId)) notFound();
  requirePermission(viewer, "metric:view", { schoolId });
  const school = await db().school.findFirst({
    where: { AND: [{ id: schoolId }, schoolAggregatesVisibleTo(viewer)] },
    select: { id: true, name: true, urn: true, phase: true, cluster: { select: { name: true } } },
  });
  if (!school) notFound();
  const fromKey = currentTerm().key - TREND_TERMS + 1;
  const [metrics, series, averages, asOf] = await Promise.all([
    metricDefinitions(viewer),
    valueSeries(viewer, fromKey, [school.id]),
    db().$queryRaw<Average[]>`
      SELECT v."metricId", v."periodKey", avg(v.value)::float8 AS trust, (avg(v.value) FILTER (WHERE s.phase::text = ${school.phase}))::float8 AS phase
      FROM "MetricValue" v JOIN "School" s ON s.id = v."schoolId" AND s."trustId" = ${viewer.trustId}::uuid
      WHERE v."trustId" = ${viewer.trustId}::uuid AND v."periodKey" >= ${fromKey}
      GROUP BY 1, 2`,
    valuesAsOf(viewer),
  ]);
  const latest = latestKeyOf(series);
  const avg = new Map(averages.map((a) => [`${a.metricId}|${a.periodKey}`, a]));
  const rows = metrics
    .filter((m) => !m.phases.length || m.phases.includes(school.phase))
    .map((m) => {
      const s = series.find((x) => x.metricId === m.id);
      const key = latest.get(m.id);
      const at = key === undefined ? undefined : avg.get(`${m.id}|${key}`);
      return {
        metric: m,
        period: key === undefined ? null : labelOf(m, key),
        cell: cellOf(s, m, key),
        trust: roundTo(at?.trust, m.decimals),
        phase: roundTo(at?.phase, m.decimals),
        overTime: (s?.keys ?? []).map((k, i) => ({
          period: labelOf(m, k),
          school: roundTo(s?.values[i], m.decimals),
          trust: roundTo(avg.get(`${m.id}|${k}`)?.trust, m.decimals),
          phase: roundTo(avg.get(`${m.id}|${k}`)?.phase, m.decimals),
        })),
      };
    });
  return { school, rows, asOf, mayRecordVisit: can(viewer, "visit:record", { schoolId }) };
}

export async function schoolVisits(viewer: Viewer, schoolId: string) {
  requirePermission(viewer, "visit:view", { schoolId });
  return db().governanceVisit.findMany({
    where: { AND: [{ schoolId }, governanceVisitVisibleTo(viewer)] },
    select: { id: true, visitedOn: true, focus: true, met: true, report: true, visitor: { select: { name: true } } },
    orderBy: [{ visitedOn: "desc" }, { createdAt: "desc" }],
    take: 50,
  });
}

/** The latest changes to the school's figures: what changed, from what, by whom (a trust admin, or the computation) and when. */
export async function schoolValueHistory(viewer: Viewer, schoolId: string, take = 15) {
  requirePermission(viewer, "metric:view", { schoolId });
  const changes = await db().metricValueChange.findMany({
    where: { trustId: viewer.trustId, schoolId },
    orderBy: { id: "desc" },
    take,
  });
  const [metrics, users] = await Promise.all([
    db().metricDefinition.findMany({ where: { trustId: viewer.trustId, id: { in: [...new Set(changes.map((c) => c.metricId))] } }, select: { id: true, label: true, unit: true, decimals: true } }),
    db().user.findMany({ where: { trustId: viewer.trustId, id: { in: changes.map((c) => c.changedById).filter((id): id is string => Boolean(id)) } }, select: { id: true, name: true } }),
  ]);
  const metric = new Map(metrics.map((m) => [m.id, m]));
  const user = new Map(users.map((u) => [u.id, u.name]));
  return changes.map((c) => ({
    id: String(c.id),
    metric: metric.get(c.metricId) ?? { id: c.metricId, label: "Metric", unit: "", decimals: 2 },
    period: c.period,
    before: c.before === null ? null : Number(c.before),
    after: Number(c.after),
    source: c.source,
    by: c.changedById ? (user.get(c.changedById) ?? "A former user") : "Computed by the portal",
    at: c.changedAt,
  }));
}
