"use client";
// The NPQ pipeline's markup, drawn from each school's counts: a client component so the page's payload
// carries the numbers once, not a second copy of every cell's markup (issue 22: 298 kB at 120 schools).
import { type Column, Table, TableBox } from "@/components/ui/Table";

/** A row: its name (a school, or the trust's total), then held and studying for each qualification, in the headers' order. */
export type NpqLine = [string, ...number[]];

export function NpqGrid({ caption, headers, rows, total }: { caption: string; headers: { short: string; title: string }[]; rows: NpqLine[]; total: NpqLine }) {
  const columns: Column<NpqLine>[] = [
    { key: "school", header: "School", rowHeader: true, cell: (r) => r[0], className: (r) => (r === total ? "font-semibold" : "") },
    ...headers.map((h, i): Column<NpqLine> => ({
      key: h.short,
      header: <abbr title={h.title}>{h.short}</abbr>,
      align: "right",
      className: (r) => (r === total ? "whitespace-nowrap font-semibold" : "whitespace-nowrap"),
      cell: (r) => {
        const held = r[1 + 2 * i] as number;
        const studying = r[2 + 2 * i] as number;
        return held || studying ? `${held} held, ${studying} studying` : "—";
      },
    })),
  ];
  return (
    <TableBox label="NPQ pipeline by school" tall="max-h-[36rem]">
      <Table caption={caption} stickyHead rows={[...rows, total]} rowKey={(r, i) => `${i}-${r[0]}`} columns={columns} />
    </TableBox>
  );
}
