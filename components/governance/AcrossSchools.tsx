// A metric across schools in the latest period: one sorted table, best first, each value as text with
// its status in words and a bar drawn in plain HTML beside it (hidden from screen readers, which read
// the figure). Full school names, one row each, so it reads the same at 12 schools or 120; a chart
// with a label per school could not (issue 15 §4).
import "./governance.css";
import { Table, TableBox } from "@/components/ui/Table";
import { formatMetric, type Rag } from "@/lib/governance/rag";
import { RAG_LABEL } from "@/lib/governance/labels";

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
  const ranked = rankSchools(metric, rows);
  // The bar spans from zero (or the lowest value, when values go below zero) to the highest.
  const lo = Math.min(0, ...ranked.map((r) => r.value));
  const hi = Math.max(0, ...ranked.map((r) => r.value));
  const width = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * 100));
  return (
    <TableBox label={`${metric.label} across schools`} tall="max-h-[40rem] print:max-h-none print:overflow-visible">
      <Table
        caption={`${metric.label} by school, ${period ?? "no values yet"}, best first`}
        captionClassName="py-2 text-left font-medium"
        rows={ranked}
        rowKey={(r) => r.school}
        stickyHead
        empty="No school has a value yet."
        columns={[
          { key: "rank", header: "Rank", align: "right", cell: (_, i) => i + 1 },
          { key: "school", header: "School", rowHeader: true, cell: (r) => r.school },
          {
            key: "value", header: metric.label, align: "right", sorted: metric.direction === "HIGHER_IS_BETTER" ? "descending" : "ascending",
            cell: (r) => (
              <span className="across">
                <span className="across-track" aria-hidden="true"><span className={`across-bar${r.rag ? ` across-${r.rag[0]}` : ""}`} style={{ width: `${width(r.value)}%` }} /></span>
                <span className="tabular-nums">{formatMetric(r.value, metric.unit, metric.decimals)}</span>
              </span>
            ),
          },
          { key: "status", header: "Status", cell: (r) => (r.rag ? RAG_LABEL[r.rag] : "Not rated") },
        ]}
      />
    </TableBox>
  );
}
