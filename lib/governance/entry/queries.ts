import "server-only";
// The entry grid: for one period, every school × every metric that is typed in for that kind of
// period (termly or yearly; never a computed one), with the values stored now.
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { currentTerm, parsePeriod, periodLabel, recentTerms, type Period } from "../periods";

/** The periods offered: the last fifteen terms and five academic years, newest first. */
function entryPeriods(now = new Date()): Period[] {
  const terms = recentTerms(15, now);
  const years = [...new Set(terms.map((t) => t.startYear))].map((y) => parsePeriod(periodLabel(y))!);
  return [...terms, ...years].sort((a, b) => b.key - a.key || (a.kind === "YEAR" ? 1 : -1));
}

export async function entryGrid(viewer: Viewer, periodText: string | undefined) {
  requirePermission(viewer, "metric:edit");
  const period = (periodText && parsePeriod(periodText)) || recentTerms(2)[0] || currentTerm();
  const [schools, metrics] = await Promise.all([
    db().school.findMany({ where: { trustId: viewer.trustId }, select: { id: true, name: true, urn: true, phase: true }, orderBy: { name: "asc" } }),
    db().metricDefinition.findMany({
      where: { trustId: viewer.trustId, periodKind: period.kind, source: { not: "COMPUTED" } },
      select: { id: true, key: true, label: true, unit: true, phases: true },
      orderBy: [{ position: "asc" }, { label: "asc" }],
    }),
  ]);
  const values = await db().metricValue.findMany({
    where: { trustId: viewer.trustId, period: period.label, metricId: { in: metrics.map((m) => m.id) } },
    select: { schoolId: true, metricId: true, value: true },
  });
  const stored = Object.fromEntries(values.map((v) => [`v:${v.schoolId}:${v.metricId}`, String(Number(v.value))]));
  return { period, periods: entryPeriods(), schools, metrics, stored };
}
