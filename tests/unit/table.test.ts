// The one table's markup rules: a caption always, column headers scoped to columns, a naming column
// as row headers, alignment and the empty message, so every table of the portal reads the same way.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type Column, Table, TableBox, type TableProps } from "@/components/ui/Table";

type Row = { id: string; name: string; count: number };
const rows: Row[] = [
  { id: "a", name: "Ash School", count: 3 },
  { id: "b", name: "Birch School", count: 12 },
];
const columns: Column<Row>[] = [
  { key: "name", header: "School", rowHeader: true, cell: (r) => r.name },
  { key: "count", header: "Staff", align: "right", cell: (r) => r.count },
];
const html = (props: Partial<TableProps<Row>> = {}) =>
  renderToStaticMarkup(createElement(Table<Row>, { caption: "Schools", columns, rows, rowKey: (r) => r.id, ...props }));

describe("Table", () => {
  it("names the table with a caption, hidden unless asked", () => {
    expect(html()).toContain('<caption class="sr-only">Schools</caption>');
    expect(html({ captionClassName: "py-2 text-left font-medium" })).toContain('<caption class="py-2 text-left font-medium">Schools</caption>');
  });

  it("scopes headers to columns and the naming column to rows", () => {
    const out = html();
    expect(out).toContain('<th scope="col" class="p-2">School</th>');
    expect(out).toContain('<th scope="col" class="p-2 text-right">Staff</th>');
    expect(out).toContain('<th scope="row" class="p-2 text-left font-normal">Ash School</th>');
    expect(out).toContain('<td class="p-2 text-right">12</td>');
  });

  it("lets a naming column carry its own weight instead of the plain one", () => {
    const out = html({ columns: [{ ...columns[0]!, className: "font-medium" }, columns[1]!] });
    expect(out).toContain('<th scope="row" class="p-2 text-left font-medium">Ash School</th>');
  });

  it("says so across the whole row when there are no rows, and only when asked", () => {
    expect(html({ rows: [], empty: "Nothing matches these filters." })).toContain('<td colSpan="2" class="p-4 text-center text-slate-600">Nothing matches these filters.</td>');
    expect(html({ rows: [] })).not.toContain("colSpan");
  });

  it("has two looks: a shaded grid for pages and ruled lines for cards", () => {
    expect(html()).toContain('<thead class="bg-slate-100 text-left"><tr>');
    expect(html()).toContain('<tr class="border-t border-slate-200">');
    expect(html({ stickyHead: true })).toContain('<thead class="sticky top-0 bg-slate-100 text-left">');
    expect(html({ look: "lined" })).toContain('<thead><tr class="border-b text-left">');
    expect(html({ look: "lined", rowClassName: "align-top" })).toContain('<tr class="border-b align-top">');
  });

  it("lists facts without a header row when headless", () => {
    const out = html({ headless: true });
    expect(out).not.toContain("<thead");
    expect(out).toContain('<th scope="row" class="py-1 text-left font-normal">Ash School</th>');
  });

  it("marks the sorted column for screen readers", () => {
    expect(html({ columns: [{ ...columns[0]!, sorted: "ascending" }, columns[1]!] })).toContain('<th scope="col" aria-sort="ascending" class="p-2">School</th>');
  });

  it("boxes a table, as a focusable region when labelled", () => {
    expect(renderToStaticMarkup(createElement(TableBox, {}, "x"))).toBe('<div class="overflow-x-auto relative rounded border border-slate-200 bg-white">x</div>');
    expect(renderToStaticMarkup(createElement(TableBox, { label: "Figures", tall: "max-h-[36rem]" }, "x"))).toBe(
      '<div class="max-h-[36rem] overflow-auto relative rounded border border-slate-200 bg-white" tabindex="0" role="region" aria-label="Figures">x</div>',
    );
  });
});
