"use client";

import { type ColumnDef, flexRender, getCoreRowModel, type Row as TanRow, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { type HrefFor, Pager } from "./Pager";
import { type Column, Table, TableBox } from "./Table";

type SortState = { sort: string; dir: "asc" | "desc" };

/**
 * The one table of the portal: TanStack Table for rendering, with sorting and paging done by
 * the server. Sort headers and pager are links (the URL is the state), so they work without
 * JavaScript and with the keyboard. The markup is the portal's one Table.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  sort,
  sortable,
  hrefFor,
  page = 1,
  pageCount = 1,
  total = rows.length,
}: {
  caption: string;
  columns: ColumnDef<Row>[];
  rows: Row[];
  sort: SortState;
  sortable: string[];
  /** A URL for these query changes, keeping the rest. */
  hrefFor: HrefFor;
  /** The server's paging; without it the rows are the whole list, on one page. */
  page?: number;
  pageCount?: number;
  total?: number;
}) {
  // The table's rows come from the server per request; React Compiler skipping this component is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true, pageCount });
  // The portal's tables have one header row, so the leaf headers are the columns.
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const cells: Column<TanRow<Row>>[] = headers.map((header) => {
    const id = header.column.id;
    const active = sort.sort === id;
    const label = flexRender(header.column.columnDef.header, header.getContext());
    return {
      key: header.id,
      headerClassName: "font-semibold",
      className: "align-top",
      sorted: active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined,
      header: sortable.includes(id) ? (
        <Link href={hrefFor({ sort: id, dir: active && sort.dir === "asc" ? "desc" : "asc", page: 1 })} className="text-brand-700 underline">
          {label}
          <span aria-hidden="true">{active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
        </Link>
      ) : (
        label
      ),
      cell: (row) => {
        const cell = row.getVisibleCells().find((c) => c.column.id === id);
        return cell ? flexRender(cell.column.columnDef.cell, cell.getContext()) : null;
      },
    };
  });
  return (
    <div>
      <TableBox>
        <Table caption={caption} columns={cells} rows={table.getRowModel().rows} rowKey={(row) => row.id} empty="Nothing matches these filters." />
      </TableBox>
      <Pager hrefFor={hrefFor} page={page} pageCount={pageCount} total={total} />
    </div>
  );
}
