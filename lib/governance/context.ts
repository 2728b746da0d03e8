// What the check of metric values needs from the database: the trust's schools by URN, its metrics
// by key and the values already stored for the periods in question. Takes the caller's client or
// transaction (the import re-reads inside its own); raw SQL for the values, as an import may touch
// tens of thousands and Prisma's row objects would cost more than the check itself.
import type { Db, Tx } from "@/lib/db/client";
import { parsePeriod } from "./periods";
import { valueKey, type CheckContext, type MetricInfo, type SchoolInfo } from "./validate";

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));

export async function loadCheckContext(db: Db | Tx, trustId: string, periods: Iterable<string>): Promise<CheckContext & { schools: SchoolInfo[]; metrics: MetricInfo[] }> {
  const labels = [...new Set([...periods].map((p) => parsePeriod(p)?.label).filter((p): p is string => Boolean(p)))];
  const [schools, metrics, values] = await Promise.all([
    db.school.findMany({ where: { trustId }, select: { id: true, urn: true, name: true, phase: true }, orderBy: { name: "asc" } }),
    db.metricDefinition.findMany({ where: { trustId }, orderBy: [{ position: "asc" }, { label: "asc" }] }),
    labels.length
      ? db.$queryRawUnsafe<{ schoolId: string; metricId: string; period: string; value: number }[]>(
          `SELECT "schoolId", "metricId", period, value::float8 AS value FROM "MetricValue" WHERE "trustId" = $1::uuid AND period = ANY ($2::text[])`,
          trustId,
          labels,
        )
      : Promise.resolve([]),
  ]);
  const metricInfos: MetricInfo[] = metrics.map((m) => ({
    id: m.id, key: m.key, label: m.label, periodKind: m.periodKind, source: m.source, phases: m.phases, minValue: num(m.minValue), maxValue: num(m.maxValue),
  }));
  return {
    schools,
    metrics: metricInfos,
    schoolsByUrn: new Map(schools.map((s) => [String(s.urn), s])),
    metricsByKey: new Map(metricInfos.map((m) => [m.key, m])),
    existing: new Map(values.map((v) => [valueKey(v.schoolId, v.metricId, v.period), v.value])),
  };
}
