"use client";
// One school's key metrics against the trust and same-phase averages, drawn from compact figures: a
// client component so that the page's payload carries each figure once, not a second copy of each
// cell's markup (issue 22; as ./MetricGridTables.tsx). Numbers about the school only.
import { Table, TableBox } from "@/components/ui/Table";
import type { Rag } from "@/lib/governance/rag";
import { RagValue } from "./Cells";

/** A value with its RAG (the school's with its trend). */
type Figure = [number | null, Rag | null];
/** A metric's line: key, label, period, unit, decimals, the school's figure and trend, the trust's and the phase's averages. */
export type SchoolMetricLine = [string, string, string | null, string, number, Figure, number[], Figure, Figure];

export function SchoolMetricsTable({ caption, label, phaseHeader, rows }: { caption: string; label: string; phaseHeader: string; rows: SchoolMetricLine[] }) {
  return (
    <TableBox label={label}>
      <Table
        caption={caption}
        rows={rows}
        rowKey={(r) => r[0]}
        empty="No metrics yet."
        columns={[
          { key: "metric", header: "Metric", rowHeader: true, cell: (r) => <a href={`?metric=${r[0]}#history`} className="text-brand-700 underline">{r[1]}</a> },
          { key: "period", header: "Period", cell: (r) => r[2] ?? "—" },
          { key: "value", header: "This school", align: "right", cell: (r) => <RagValue value={r[5][0]} rag={r[5][1]} unit={r[3]} decimals={r[4]} trend={r[6]} /> },
          { key: "trust", header: "Trust average", align: "right", cell: (r) => <RagValue value={r[7][0]} rag={r[7][1]} unit={r[3]} decimals={r[4]} /> },
          { key: "phase", header: phaseHeader, align: "right", cell: (r) => <RagValue value={r[8][0]} rag={r[8][1]} unit={r[3]} decimals={r[4]} /> },
        ]}
      />
    </TableBox>
  );
}
