"use client";
// The trust development tables' markup, drawn from the figures already formatted on the server
// (./TrustFigures.tsx): a client component so the page's payload carries each figure once, as a short
// string, not a second copy of each cell's markup (issue 22).
import { type Column, Table, TableBox } from "@/components/ui/Table";

/** A row: its key, name and group (a school's cluster; null in a table without groups), then one shown value per figure. */
export type FiguresLine = [string, string, string | null, ...string[]];

export function FiguresGrid({ caption, groupLabel, headers, rows }: { caption: string; groupLabel?: string; headers: string[]; rows: FiguresLine[] }) {
  const columns: Column<FiguresLine>[] = [
    { key: "name", header: "Name", rowHeader: true, cell: (r) => r[1] },
    ...(groupLabel ? [{ key: "group", header: groupLabel, cell: (r: FiguresLine) => r[2] }] : []),
    ...headers.map((header, i): Column<FiguresLine> => ({ key: header, header, align: "right", cell: (r) => r[i + 3] })),
  ];
  return (
    <TableBox label={caption} tall="max-h-[36rem]">
      <Table caption={caption} stickyHead rows={rows} rowKey={(r) => r[0]} columns={columns} />
    </TableBox>
  );
}
