"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { queryHref } from "@/components/ui/Pager";
import { enumLabel } from "@/lib/format";
import type { StaffDirectoryRow } from "@/lib/people/queries";
import type { StaffDirectoryParams } from "@/lib/people/schema";
import { STAFF_SORTS } from "@/lib/people/sorts";
import { formatDate } from "@/lib/dates";

const columns: ColumnDef<StaffDirectoryRow>[] = [
  {
    id: "name",
    header: "Name",
    // Each name opens that person's development portfolio (their school's leaders and the trust admin only see this table).
    cell: ({ row }) => (
      <Link href={`/staff/${row.original.id}`} className="text-brand-700 underline">
        {row.original.lastName}, {row.original.firstName}
      </Link>
    ),
  },
  {
    id: "school",
    header: "School",
    cell: ({ row }) => (
      <>
        <Link href={`/schools/${row.original.school.id}`} className="text-brand-700 underline">
          {row.original.school.name}
        </Link>
        {row.original.placement && <span className="block text-xs text-slate-700">{row.original.placement}</span>}
      </>
    ),
  },
  { id: "jobTitle", header: "Job title", accessorKey: "jobTitle" },
  { id: "category", header: "Category", cell: ({ row }) => enumLabel(row.original.category) },
  { id: "careerStage", header: "Career stage", cell: ({ row }) => enumLabel(row.original.careerStage) },
  { id: "fte", header: "FTE", accessorKey: "fte" },
  {
    id: "startDate",
    header: "Started",
    cell: ({ row }) => formatDate(row.original.startDate),
  },
];

export function StaffTable({ rows, params, total, pageCount }: { rows: StaffDirectoryRow[]; params: StaffDirectoryParams; total: number; pageCount: number }) {
  return (
    <DataTable
      caption="Staff"
      columns={columns}
      rows={rows}
      sort={{ sort: params.sort, dir: params.dir }}
      sortable={[...STAFF_SORTS]}
      hrefFor={queryHref("/staff", { ...params })}
      page={params.page}
      pageCount={pageCount}
      total={total}
    />
  );
}
