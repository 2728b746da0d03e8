"use client";
// The data map's tables, drawn from their cells' text already written on the server: a client component
// so the page's payload carries each text once, not a second copy of the table's markup (issue 22).
import { Table } from "@/components/ui/Table";

/** A kind of personal data: model, label, group, where stored, who may read it, retention, on erasure. */
export type MapLine = [string, string, string, string, string, string, string];
/** A table not exported: model, why. */
export type ExemptLine = [string, string];

export function PersonalDataTable({ caption, rows }: { caption: string; rows: MapLine[] }) {
  return (
    <Table caption={caption} rows={rows} rowKey={(r) => r[0]} columns={[
        { key: "kind", header: "Personal data", cell: (r) => <><span className="font-medium">{r[1]}</span><br /><span className="text-sm text-slate-700">{r[2]}</span></> },
        { key: "stored", header: "Where stored", cell: (r) => r[3] },
        { key: "readers", header: "Who may read it", cell: (r) => r[4] },
        { key: "retention", header: "Retention", cell: (r) => r[5] },
        { key: "erasure", header: "On erasure", cell: (r) => r[6] },
      ]}
    />
  );
}

export function ExemptTable({ rows }: { rows: ExemptLine[] }) {
  return (
    <Table caption="Tables not exported, with the reason" rows={rows} rowKey={(r) => r[0]} columns={[
        { key: "model", header: "Table", cell: (r) => r[0] },
        { key: "reason", header: "Why", cell: (r) => r[1] },
      ]}
    />
  );
}
