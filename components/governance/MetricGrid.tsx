// Schools × metrics with each cell's value, RAG (in words too) and trend, under a trust-average row;
// and the cluster comparison. These build the compact figures the tables are drawn from
// (./MetricGridTables.tsx), so each figure reaches the browser once. Numbers about schools only.
import type { TrustDashboard } from "@/lib/governance/queries";
import { rag } from "@/lib/governance/rag";
import { ClusterComparisonTable, MetricGridTable, type ClusterColumn, type GridColumn, type GridRow } from "./MetricGridTables";

type Column = TrustDashboard["columns"][number];
type Row = TrustDashboard["rows"][number];

export function MetricGrid({ columns, rows, caption }: { columns: Column[]; rows: Row[]; caption: string }) {
  const gridColumns: GridColumn[] = columns.map((c) => ({
    id: c.metric.id,
    label: c.metric.label,
    period: c.period,
    unit: c.metric.unit,
    decimals: c.metric.decimals,
    average: c.trustAverage,
    averageRag: rag(c.trustAverage, c.metric),
  }));
  const gridRows: GridRow[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    cluster: row.cluster,
    cells: columns.map(({ metric: m }) => {
      const cell = row.cells[m.id];
      if (!cell || (m.phases.length && !m.phases.includes(row.phase))) return null;
      return [cell.value, cell.rag, cell.trend];
    }),
  }));
  return <MetricGridTable columns={gridColumns} rows={gridRows} caption={caption} />;
}

export function ClusterComparison({ columns, caption }: { columns: Column[]; caption: string }) {
  // Every column lists the trust's clusters in the same order, so a row is a position in that list.
  const clusters = columns[0]?.clusterAverages.map((c) => c.cluster) ?? [];
  const clusterColumns: ClusterColumn[] = columns.map((col) => ({
    id: col.metric.id,
    label: col.metric.label,
    unit: col.metric.unit,
    decimals: col.metric.decimals,
    values: col.clusterAverages.map((c) => [c.value, rag(c.value, col.metric)]),
  }));
  return <ClusterComparisonTable clusters={clusters} columns={clusterColumns} caption={caption} />;
}
