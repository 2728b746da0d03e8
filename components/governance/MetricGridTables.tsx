"use client";
// The schools × metrics grid and the cluster comparison, drawn from compact figures. A client component
// so that the page sends each figure once (issue 22): the server renders the markup from these props,
// and the page's payload carries the figures, not a second copy of every cell's markup (./MetricGrid.tsx
// builds the props). Numbers about schools only: nothing here names a member of staff.
import { Table, TableBox } from "@/components/ui/Table";
import type { Rag } from "@/lib/governance/rag";
import { RagValue } from "./Cells";

export type GridColumn = { id: string; label: string; period: string | null; unit: string; decimals: number; average: number | null; averageRag: Rag | null };
/** A cell: value, RAG and trend; null where the metric does not apply to the school's phase or has no cell. */
export type GridCell = [number | null, Rag | null, number[]] | null;
export type GridRow = { id: string; name: string; cluster: string; cells: GridCell[] };

type Line = { kind: "average" } | { kind: "school"; row: GridRow };

export function MetricGridTable({ columns, rows, caption }: { columns: GridColumn[]; rows: GridRow[]; caption: string }) {
  const lines: Line[] = [{ kind: "average" }, ...rows.map((row) => ({ kind: "school" as const, row }))];
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        rows={lines}
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
          ...columns.map((c, i) => ({
            key: c.id,
            header: (
              <span>
                {c.label}
                <span className="block text-xs font-normal text-slate-600">{c.period ?? "No values yet"}</span>
              </span>
            ),
            align: "right" as const,
            cell: (r: Line) => {
              if (r.kind === "average") return <RagValue value={c.average} rag={c.averageRag} unit={c.unit} decimals={c.decimals} />;
              const cell = r.row.cells[i];
              if (!cell) return <span className="text-slate-500">n/a</span>;
              return <RagValue value={cell[0]} rag={cell[1]} unit={c.unit} decimals={c.decimals} trend={cell[2]} />;
            },
          })),
        ]}
      />
    </TableBox>
  );
}

export type ClusterColumn = { id: string; label: string; unit: string; decimals: number; values: [number | null, Rag | null][] };

export function ClusterComparisonTable({ clusters, columns, caption }: { clusters: string[]; columns: ClusterColumn[]; caption: string }) {
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        rows={clusters.map((name, i) => ({ name, i }))}
        rowKey={(c) => c.name}
        columns={[
          { key: "cluster", header: "Cluster", rowHeader: true, cell: (c) => c.name },
          ...columns.map((col) => ({
            key: col.id,
            header: col.label,
            align: "right" as const,
            cell: (c: { i: number }) => {
              const [value, rag] = col.values[c.i] ?? [null, null];
              return <RagValue value={value} rag={rag} unit={col.unit} decimals={col.decimals} />;
            },
          })),
        ]}
      />
    </TableBox>
  );
}
