// A metric across schools in the latest period: one sorted table, best first, each value as text with
// its status in words and a bar drawn in plain HTML beside it (hidden from screen readers, which read
// the figure). Full school names, one row each, so it reads the same at 12 schools or 120; a chart
// with a label per school could not (issue 15 §4).
import type { Rag } from "@/lib/governance/rag";
import { AcrossSchoolsTable, type RankedRow } from "./AcrossSchoolsTable";

type Metric = { id: string; label: string; unit: string; decimals: number; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" };
type Row = { name: string; cells: Record<string, { value: number | null; rag: Rag | null } | undefined> };
type Ranked = { school: string; value: number; rag: Rag | null };

/** The schools with a value, best first by the metric's direction (then by name, so ties read in a stable order). */
export function rankSchools(metric: Metric, rows: Row[]): Ranked[] {
  const sign = metric.direction === "HIGHER_IS_BETTER" ? -1 : 1;
  return rows
    .map((r) => ({ school: r.name, value: r.cells[metric.id]?.value ?? null, rag: r.cells[metric.id]?.rag ?? null }))
    .filter((r): r is Ranked => r.value !== null)
    .sort((a, b) => sign * (a.value - b.value) || a.school.localeCompare(b.school, "en-GB"));
}

export function AcrossSchools({ metric, rows, period }: { metric: Metric; rows: Row[]; period: string | null }) {
  const ranked = rankSchools(metric, rows).map((r): RankedRow => [r.school, r.value, r.rag]);
  return <AcrossSchoolsTable metric={{ label: metric.label, unit: metric.unit, decimals: metric.decimals, direction: metric.direction }} ranked={ranked} period={period} />;
}
