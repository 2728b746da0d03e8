"use client";
// The across-schools table, drawn from the ranked figures (./AcrossSchools.tsx ranks them): a client
// component so that the page sends each school's figure once, not its markup twice (issue 22).
import "./governance.css";
import { Table, TableBox } from "@/components/ui/Table";
import { formatMetric, type Rag } from "@/lib/governance/rag";
import { RAG_LABEL } from "@/lib/governance/labels";

export type RankedMetric = { label: string; unit: string; decimals: number; direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER" };
/** School, value and RAG, best first. */
export type RankedRow = [string, number, Rag | null];

export function AcrossSchoolsTable({ metric, ranked, period }: { metric: RankedMetric; ranked: RankedRow[]; period: string | null }) {
  // The bar spans from zero (or the lowest value, when values go below zero) to the highest.
  const lo = Math.min(0, ...ranked.map((r) => r[1]));
  const hi = Math.max(0, ...ranked.map((r) => r[1]));
  const width = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * 100));
  return (
    <TableBox label={`${metric.label} across schools`} tall="max-h-[40rem] print:max-h-none print:overflow-visible">
      <Table
        caption={`${metric.label} by school, ${period ?? "no values yet"}, best first`}
        captionClassName="py-2 text-left font-medium"
        rows={ranked}
        rowKey={(r) => r[0]}
        stickyHead
        empty="No school has a value yet."
        columns={[
          { key: "rank", header: "Rank", align: "right", cell: (_, i) => i + 1 },
          { key: "school", header: "School", rowHeader: true, cell: (r) => r[0] },
          {
            key: "value", header: metric.label, align: "right", sorted: metric.direction === "HIGHER_IS_BETTER" ? "descending" : "ascending",
            cell: ([, value, rag]) => (
              <span className="across">
                <span className="across-track" aria-hidden="true"><span className={`across-bar${rag ? ` across-${rag[0]}` : ""}`} style={{ width: `${width(value)}%` }} /></span>
                <span className="tabular-nums">{formatMetric(value, metric.unit, metric.decimals)}</span>
              </span>
            ),
          },
          { key: "status", header: "Status", cell: (r) => (r[2] ? RAG_LABEL[r[2]] : "Not rated") },
        ]}
      />
    </TableBox>
  );
}
