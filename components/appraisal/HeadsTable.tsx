"use client";
// The trust admin's list of heads with their reviewer and panel, drawn from compact rows (the page's
// payload carries each value once, decision 040); each row links to that head's form (`?head=`), which
// the page opens one at a time, so the trust's leaders and the school's governors are listed once.
import Link from "next/link";
import type { Route } from "next";
import { Table, TableBox } from "@/components/ui/Table";

/** staffMemberId, name, school, reviewer (or null), governors on the panel, the link to the head's form, whether it is open. */
export type HeadLine = [id: string, name: string, school: string, reviewer: string | null, panel: number, href: string, open: 0 | 1];

export function HeadsTable({ caption, rows }: { caption: string; rows: HeadLine[] }) {
  return (
    <TableBox label={caption}>
      <Table
        caption={caption}
        rows={rows}
        rowKey={(r) => r[0]}
        empty="No heads with a staff record."
        columns={[
          { key: "name", header: "Head", rowHeader: true, cell: (r) => r[1] },
          { key: "school", header: "School", cell: (r) => r[2] },
          { key: "reviewer", header: "Reviewer", cell: (r) => r[3] ?? "Not set" },
          { key: "panel", header: "Governors on the panel", align: "right", cell: (r) => r[4] },
          {
            key: "change",
            header: <span className="sr-only">Change</span>,
            cell: (r) => (r[6] ? <span className="font-semibold">Its form is below</span> : (
              <Link href={r[5] as Route} className="text-brand-700 underline">Change<span className="sr-only"> the reviewer and panel of {r[1]}</span></Link>
            )),
          },
        ]}
      />
    </TableBox>
  );
}
