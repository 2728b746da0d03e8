// One metric in detail: the trust and its clusters over time (a chart beside its table), and every
// shown school in the latest period as one sorted table with an inline bar (./AcrossSchools.tsx).
import { Table, TableBox } from "@/components/ui/Table";
import type { TrustDashboard } from "@/lib/governance/queries";
import { formatMetric } from "@/lib/governance/rag";
import { AcrossSchools } from "./AcrossSchools";
import { OverTimeChart } from "./Charts";
import type { HrefFor } from "@/components/ui/Pager";

type Column = TrustDashboard["columns"][number];
type Row = TrustDashboard["rows"][number];

/** `page`: the across-schools ranking a page at a time (the dashboard); without it, every school (the board pack, printed). */
export function MetricDetail({ column, rows, page }: { column: Column; rows: Row[]; page?: { number: number; size: number; hrefFor: HrefFor } }) {
  const m = column.metric;
  const clusters = column.chartedClusters;
  const fmt = (v: unknown) => formatMetric(typeof v === "number" ? v : null, m.unit, m.decimals);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{m.description}</p>
      <div className="break-inside-avoid">
        <h3 className="font-semibold">{m.label} over time: {clusters.length ? "trust and clusters" : "trust average"}</h3>
        {!clusters.length && <p className="text-sm text-slate-700">Choose a cluster above to see it beside the trust; every cluster&apos;s latest figure is in the cluster comparison.</p>}
        <OverTimeChart data={column.overTime} series={[{ key: "trust", name: "Trust average" }, ...clusters.map((c) => ({ key: c, name: c }))]} />
        <TableBox label={`${m.label} over time, table`}>
          <Table
            caption={`${m.label} over time: trust average${clusters.length ? " and clusters" : ""}`}
            rows={column.overTime}
            rowKey={(r) => String(r.period)}
            columns={[
              { key: "period", header: "Period", rowHeader: true, cell: (r) => String(r.period) },
              { key: "trust", header: "Trust average", align: "right", cell: (r) => fmt(r.trust) },
              ...clusters.map((c) => ({ key: c, header: c, align: "right" as const, cell: (r: Record<string, unknown>) => fmt(r[c]) })),
            ]}
          />
        </TableBox>
      </div>
      <div className="break-inside-avoid">
        <h3 className="font-semibold">
          {m.label} across schools, {column.period ?? "no values yet"}
        </h3>
        <AcrossSchools metric={m} rows={rows} period={column.period} page={page} />
      </div>
    </div>
  );
}
