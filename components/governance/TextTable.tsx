"use client";
// A table of short texts already formatted on the server (a school's recent changes to its figures, one
// metric over time): a client component so that the page's payload carries each text once, not a second
// copy of each cell's markup (issue 22; as ./MetricGridTables.tsx). The first column names the row.
import { type Column, Table, TableBox } from "@/components/ui/Table";

/** A row: its key, then one text per column. */
export type TextLine = [string, ...string[]];

export function TextTable({ label, caption, columns, rows, empty }: { label: string; caption: string; columns: { header: string; right?: boolean }[]; rows: TextLine[]; empty?: string }) {
  return (
    <TableBox label={label}>
      <Table
        caption={caption}
        rows={rows}
        rowKey={(r) => r[0]}
        empty={empty}
        columns={columns.map((c, i): Column<TextLine> => ({ key: String(i), header: c.header, rowHeader: i === 0, align: c.right ? "right" : undefined, cell: (r) => r[i + 1] }))}
      />
    </TableBox>
  );
}
