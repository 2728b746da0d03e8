"use client";

import { type ColumnDef, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { type HrefFor, Pager } from "./Pager";

export type SortState = { sort: string; dir: "asc" | "desc" };

/**
 * The one table of the portal: TanStack Table for rendering, with sorting and paging done by
 * the server. Sort headers and pager are links (the URL is the state), so they work without
 * JavaScript and with the keyboard.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  sort,
  sortable,
  hrefFor,
  page,
  pageCount,
  total,
}: {
  caption: string;
  columns: ColumnDef<Row>[];
  rows: Row[];
  sort: SortState;
  sortable: string[];
  /** A URL for these query changes, keeping the rest. */
  hrefFor: HrefFor;
  page: number;
  pageCount: number;
  total: number;
}) {
  // The table's rows come from the server per request; React Compiler skipping this component is fine.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true, manualPagination: true, pageCount });
  return (
    <div>
      <div className="overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const id = header.column.id;
                  const active = sort.sort === id;
                  const label = flexRender(header.column.columnDef.header, header.getContext());
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}
                      className="p-2 text-left font-semibold"
                    >
                      {sortable.includes(id) ? (
                        <Link href={hrefFor({ sort: id, dir: active && sort.dir === "asc" ? "desc" : "asc", page: 1 })} className="text-brand-700 underline">
                          {label}
                          <span aria-hidden="true">{active ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                        </Link>
                      ) : (
                        label
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id} className="border-t border-slate-200">
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className="p-2 align-top">
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="p-4 text-center text-slate-600">
                  Nothing matches these filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <Pager hrefFor={hrefFor} page={page} pageCount={pageCount} total={total} />
    </div>
  );
}
