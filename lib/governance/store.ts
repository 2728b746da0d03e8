// Writes metric values in bulk, with a history row for each one that changes: one INSERT … SELECT
// FROM json_populate_recordset per table however many rows (an import of 10,000 values is two
// statements). Shared by the import and grid commands, the computed refresh and the seed; no
// "server-only", as the seed runs it under plain tsx. Callers pass only rows whose value changes.
import type { Db, Tx } from "@/lib/db/client";
import { periodLabel, periodKey } from "./periods";
import { computeYear } from "./computed";

export type ValueWrite = { schoolId: string; metricId: string; period: string; periodKey: number; value: number; before: number | null };
type Source = "ENTERED" | "IMPORTED" | "COMPUTED";

export async function writeValues(db: Db | Tx, trustId: string, userId: string | null, source: Source, rows: ValueWrite[]): Promise<void> {
  if (!rows.length) return;
  const values = JSON.stringify(rows.map((r) => ({ trustId, schoolId: r.schoolId, metricId: r.metricId, period: r.period, periodKey: r.periodKey, value: r.value, source, enteredById: userId })));
  await db.$executeRawUnsafe(
    `INSERT INTO "MetricValue" (id, "trustId", "schoolId", "metricId", period, "periodKey", value, source, "enteredById", "enteredAt")
     SELECT gen_random_uuid(), r."trustId", r."schoolId", r."metricId", r.period, r."periodKey", r.value, r.source, r."enteredById", now()
     FROM json_populate_recordset(NULL::"MetricValue", $1::json) r
     ON CONFLICT ("schoolId", "metricId", period) DO UPDATE
       SET value = EXCLUDED.value, source = EXCLUDED.source, "enteredById" = EXCLUDED."enteredById", "enteredAt" = now()`,
    values,
  );
  const history = JSON.stringify(rows.map((r) => ({ trustId, schoolId: r.schoolId, metricId: r.metricId, period: r.period, before: r.before, after: r.value, source, changedById: userId })));
  await db.$executeRawUnsafe(
    `INSERT INTO "MetricValueChange" ("trustId", "schoolId", "metricId", period, before, after, source, "changedById", "changedAt")
     SELECT r."trustId", r."schoolId", r."metricId", r.period, r.before, r.after, r.source, r."changedById", now()
     FROM json_populate_recordset(NULL::"MetricValueChange", $1::json) r`,
    history,
  );
}

/** Recomputes one academic year's computed metrics for every school and stores those that changed. */
export async function storeComputedYear(db: Db | Tx, trustId: string, startYear: number, today: Date, userId: string | null = null) {
  const metrics = await db.metricDefinition.findMany({ where: { trustId, source: "COMPUTED" }, select: { id: true, key: true } });
  const idOf = new Map(metrics.map((m) => [m.key, m.id]));
  const period = periodLabel(startYear);
  const stored = await db.metricValue.findMany({ where: { trustId, period, metricId: { in: metrics.map((m) => m.id) } }, select: { schoolId: true, metricId: true, value: true } });
  const before = new Map(stored.map((v) => [`${v.schoolId}|${v.metricId}`, Number(v.value)]));
  const rows: ValueWrite[] = [];
  for (const c of await computeYear(db, trustId, startYear, today)) {
    const metricId = idOf.get(c.key);
    if (!metricId) continue;
    const old = before.get(`${c.schoolId}|${metricId}`) ?? null;
    if (old !== c.value) rows.push({ schoolId: c.schoolId, metricId, period, periodKey: periodKey(startYear), value: c.value, before: old });
  }
  await writeValues(db, trustId, userId, "COMPUTED", rows);
  return { period, changed: rows.length };
}
