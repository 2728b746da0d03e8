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

/** `scale`: the bars' span (every school's, so a page's bars compare with the other pages'); `firstRank`: the first row's rank. */
export function AcrossSchoolsTable({ metric, ranked, firstRank, scale: [lo, hi], period, pageLabel }: { metric: RankedMetric; ranked: RankedRow[]; firstRank: number; scale: [number, number]; period: string | null; pageLabel?: string }) {
  const width = (v: number) => (hi === lo ? 0 : Math.round(((v - lo) / (hi - lo)) * 100));
  return (
    <TableBox label={`${metric.label} across schools`} tall="max-h-[40rem] print:max-h-none print:overflow-visible">
      <Table
        caption={`${metric.label} by school, ${period ?? "no values yet"}, best first${pageLabel ? `, ${pageLabel}` : ""}`}
        captionClassName="py-2 text-left font-medium"
        rows={ranked}
        rowKey={(r) => r[0]}
        stickyHead
        empty="No school has a value yet."
        columns={[
          { key: "rank", header: "Rank", align: "right", cell: (_, i) => firstRank + i },
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
