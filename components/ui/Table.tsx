// The one table markup of the portal. Every table (and DataTable, which adds server-side sorting and
// paging) renders through it, so captions, header scopes and the two looks stay the same everywhere.
// No hooks and no "use client": it renders on the server for pages and in the browser for client
// components, so cell renderers may be plain functions in both.
import type { ReactNode } from "react";

export type Column<Row> = {
  /** Unique among the columns (React key). */
  key: string;
  header: ReactNode;
  cell: (row: Row, index: number) => ReactNode;
  align?: "left" | "right";
  /** This column names the row: its cells are `<th scope="row">`, so screen readers announce them with each cell. */
  rowHeader?: boolean;
  /** Extra classes for the column's cells, or per row (e.g. a status colour). */
  className?: string | ((row: Row) => string);
  headerClassName?: string;
  /** The header's aria-sort, for a table sorted by this column. */
  sorted?: "ascending" | "descending";
};

export type TableProps<Row> = {
  /** Always given: a table without a caption has no accessible name. Hidden unless captionClassName says otherwise. */
  caption: ReactNode;
  captionClassName?: string;
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Shown in one full-width cell when there are no rows; without it an empty table has only its header. */
  empty?: ReactNode;
  /** "grid": shaded header, light rules (pages); "lined": plain header, rules under each row (cards and dashboards). */
  look?: "grid" | "lined";
  /** A header that stays in view while a tall table scrolls in its box. */
  stickyHead?: boolean;
  /** A two-column list of facts (label, value): no header row, tighter rows. */
  headless?: boolean;
  className?: string;
  rowClassName?: string;
};

const cx = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

// Row headers read as ordinary text unless the column asks for a weight of its own (two font-weight
// utilities on one element would be decided by stylesheet order, not by the class list).
const weightOf = (extra: string) => (/\bfont-(medium|semibold|bold)\b/.test(extra) ? "" : "font-normal");

export function Table<Row>({
  caption, captionClassName = "sr-only", columns, rows, rowKey, empty, look = "grid", stickyHead = false, headless = false,
  className = "w-full text-sm", rowClassName,
}: TableProps<Row>) {
  const pad = headless ? "py-1" : "p-2";
  const alignOf = (c: Column<Row>) => (c.align === "right" ? "text-right" : undefined);
  return (
    <table className={className}>
      <caption className={captionClassName}>{caption}</caption>
      {!headless && (
        <thead className={look === "grid" ? cx(stickyHead && "sticky top-0", "bg-slate-100 text-left") : undefined}>
          <tr className={look === "lined" ? "border-b text-left" : undefined}>
            {columns.map((c) => (
              <th key={c.key} scope="col" aria-sort={c.sorted} className={cx(pad, alignOf(c), c.headerClassName)}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
      )}
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} className={cx(look === "grid" ? "border-t border-slate-200" : "border-b", rowClassName)}>
            {columns.map((c) => {
              const extra = (typeof c.className === "function" ? c.className(row) : c.className) ?? "";
              return c.rowHeader ? (
                <th key={c.key} scope="row" className={cx(pad, "text-left", weightOf(extra), alignOf(c), extra)}>
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.key} className={cx(pad, alignOf(c), extra)}>
                  {c.cell(row, i)}
                </td>
              );
            })}
          </tr>
        ))}
        {rows.length === 0 && empty !== undefined && (
          <tr>
            <td colSpan={columns.length} className="p-4 text-center text-slate-600">
              {empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

/**
 * The white box a page's table sits in, scrolling sideways on a narrow screen. `label` makes it a
 * focusable region, so keyboard users can scroll a wide or `tall` (height-capped) table too.
 */
export function TableBox({ children, label, tall }: { children?: ReactNode; label?: string; tall?: string }) {
  const region = label ? { tabIndex: 0, role: "region", "aria-label": label } : {};
  return (
    <div className={cx(tall ? `${tall} overflow-auto` : "overflow-x-auto", "relative rounded border border-slate-200 bg-white")} {...region}>
      {children}
    </div>
  );
}
