// A metric across schools in the latest period: one sorted table, best first, each value as text with
// its status in words and a bar drawn in plain HTML beside it (hidden from screen readers, which read
// the figure). Full school names, one row each, so it reads the same at 12 schools or 120; a chart
// with a label per school could not (issue 15 §4).
import type { Rag } from "@/lib/governance/rag";
import { Pager, type HrefFor } from "@/components/ui/Pager";
import { pageOf } from "@/lib/paging";
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

/** Every school ranked; with `page`, one page of the ranking (ranks and bars still against every school). */
export function AcrossSchools({ metric, rows, period, page }: { metric: Metric; rows: Row[]; period: string | null; page?: { number: number; size: number; hrefFor: HrefFor } }) {
  const ranked = rankSchools(metric, rows).map((r): RankedRow => [r.school, r.value, r.rag]);
  const shown = pageOf(ranked, page?.number ?? 1, page?.size ?? Math.max(1, ranked.length));
  const values = ranked.map((r) => r[1]);
  // The bar spans from zero (or the lowest value, when values go below zero) to the highest of every school.
  const scale: [number, number] = [Math.min(0, ...values), Math.max(0, ...values)];
  return (
    <>
      <AcrossSchoolsTable
        metric={{ label: metric.label, unit: metric.unit, decimals: metric.decimals, direction: metric.direction }}
        ranked={shown.rows}
        firstRank={(shown.page - 1) * (page?.size ?? 0) + 1}
        scale={scale}
        period={period}
        pageLabel={shown.pageCount > 1 ? `page ${shown.page} of ${shown.pageCount}` : undefined}
      />
      {page && shown.pageCount > 1 && <Pager hrefFor={page.hrefFor} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of the ranking" />}
    </>
  );
}
