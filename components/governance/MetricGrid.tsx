// Schools × metrics with each cell's value, RAG (in words too) and trend, under a trust-average row;
// and the cluster comparison. Numbers about schools only: nothing here names a member of staff.
import { Table, TableBox } from "@/components/ui/Table";
import type { TrustDashboard } from "@/lib/governance/queries";
import { rag } from "@/lib/governance/rag";
import { RagValue } from "./Cells";

type Column = TrustDashboard["columns"][number];
type Row = TrustDashboard["rows"][number];
type GridRow = { kind: "average" } | { kind: "school"; row: Row };

export function MetricGrid({ columns, rows, caption }: { columns: Column[]; rows: Row[]; caption: string }) {
  const gridRows: GridRow[] = [{ kind: "average" }, ...rows.map((row) => ({ kind: "school" as const, row }))];
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        rows={gridRows}
        rowKey={(r) => (r.kind === "average" ? "average" : r.row.id)}
        empty="No schools match these filters."
        columns={[
          {
            key: "school",
            header: "School",
            rowHeader: true,
            className: "min-w-48",
            cell: (r) => (r.kind === "average" ? <span className="font-semibold">Trust average</span> : <a href={`/governance/schools/${r.row.id}`} className="text-brand-700 underline">{r.row.name}</a>),
          },
          { key: "cluster", header: "Cluster", cell: (r) => (r.kind === "average" ? "All" : r.row.cluster) },
          ...columns.map((c) => ({
            key: c.metric.id,
            header: (
              <span>
                {c.metric.label}
                <span className="block text-xs font-normal text-slate-600">{c.period ?? "No values yet"}</span>
              </span>
            ),
            align: "right" as const,
            cell: (r: GridRow) => {
              const m = c.metric;
              if (r.kind === "average") return <RagValue value={c.trustAverage} rag={rag(c.trustAverage, m)} unit={m.unit} decimals={m.decimals} />;
              const cell = r.row.cells[m.id];
              if (!cell || (m.phases.length && !m.phases.includes(r.row.phase))) return <span className="text-slate-500">n/a</span>;
              return <RagValue value={cell.value} rag={cell.rag} unit={m.unit} decimals={m.decimals} trend={cell.trend} />;
            },
          })),
        ]}
      />
    </TableBox>
  );
}

export function ClusterComparison({ columns, caption }: { columns: Column[]; caption: string }) {
  // Every column lists the trust's clusters in the same order, so a row is a position in that list.
  const clusters = columns[0]?.clusterAverages.map((c, i) => ({ name: c.cluster, i })) ?? [];
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        rows={clusters}
        rowKey={(c) => c.name}
        columns={[
          { key: "cluster", header: "Cluster", rowHeader: true, cell: (c) => c.name },
          ...columns.map((col) => ({
            key: col.metric.id,
            header: col.metric.label,
            align: "right" as const,
            cell: (c: { i: number }) => {
              const value = col.clusterAverages[c.i]?.value ?? null;
              return <RagValue value={value} rag={rag(value, col.metric)} unit={col.metric.unit} decimals={col.metric.decimals} />;
            },
          })),
        ]}
      />
    </TableBox>
  );
}
