"use client";
// The school development table (TanStack Table through the portal's DataTable): sorting is done by the
// server through the URL, and the CSV export uses the same rows and columns.
import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { DataTable } from "@/components/ui/DataTable";
import { queryHref } from "@/components/ui/Pager";
import type { SchoolDevelopmentParams } from "@/lib/cpd/schema";
import { SCHOOL_SORTS } from "@/lib/cpd/sorts";

type DevelopmentRow = {
  id: string; name: string; jobTitle: string; category: string; careerStage: string; hours: string; target: string; percent: string;
  onTrack: boolean; verified: number; pending: number; compliance: string;
};

const columns: ColumnDef<DevelopmentRow>[] = [
  {
    id: "name",
    header: "Name",
    cell: ({ row }) => (
      <>
        <Link href={`/staff/${row.original.id}`} className="text-brand-700 underline">
          {row.original.name}
        </Link>
        <span className="block text-xs text-slate-600">{row.original.jobTitle}</span>
      </>
    ),
  },
  { id: "category", header: "Category", accessorKey: "category" },
  { id: "careerStage", header: "Career stage", accessorKey: "careerStage" },
  { id: "hours", header: "Hours this year", accessorKey: "hours" },
  {
    id: "percent",
    header: "% of target",
    cell: ({ row }) => (
      <>
        {row.original.percent}
        {!row.original.onTrack && <span className="ml-1 rounded border border-amber-700 bg-amber-50 px-1 text-xs text-amber-900">behind</span>}
      </>
    ),
  },
  { id: "verified", header: "Verified", accessorKey: "verified" },
  { id: "pending", header: "Pending", accessorKey: "pending" },
  { id: "compliance", header: "Training compliance", accessorKey: "compliance" },
];

export function SchoolDevelopmentTable({ rows, params, page, pageCount, total }: { rows: DevelopmentRow[]; params: SchoolDevelopmentParams; page: number; pageCount: number; total: number }) {
  return (
    <DataTable
      caption="Staff development this academic year"
      columns={columns}
      rows={rows}
      sort={params}
      sortable={[...SCHOOL_SORTS]}
      hrefFor={queryHref("/school-development", { ...params, page })}
      page={page}
      pageCount={pageCount}
      total={total}
    />
  );
}
