"use client";
// The CSI board's table: each school × evaluation area from its latest published review, then
// safeguarding, CSI level, actions and trend. A client component fed compact rows (a grade is its rank
// and words), so the page's payload carries each school's figures once, not a second copy of the
// table's markup (issue 22). Colour only repeats the words (WCAG 1.4.1).
import { type Column, Table } from "@/components/ui/Table";
import { CSI_CLASS, GRADE_CLASS } from "./colours";
import { REVIEW_TABLE } from "./table-look";
import { CSI_LEVEL_LABEL } from "@/lib/reviews/labels";
import type { CsiLevelKind } from "@/lib/db/generated/enums";

/** A grade's rank (1 best) and words; "n/a" where the area does not apply to the school; null when not graded yet. */
export type BoardCell = [number, string] | "n/a" | null;
export type BoardLine = {
  id: string; name: string;
  /** "Cluster · Phase", under the school's name. */
  about: string;
  cells: BoardCell[];
  safeguardingMet: boolean | null; level: CsiLevelKind | null; open: number; overdue: number; trend: string;
};

const gradeText = (c: BoardCell | undefined) => (c === "n/a" ? <span className="text-slate-600">n/a</span> : c ? c[1] : "—");

/** School, an area per column, then safeguarding, CSI level, actions and trend; headers sit on the bottom line under long area names. */
export function BoardTable({ areas, rows, caption }: { areas: { id: string; name: string }[]; rows: BoardLine[]; caption: string }) {
  const columns: Column<BoardLine>[] = [
    {
      key: "school",
      header: "School",
      rowHeader: true,
      cell: (r) => (
        <>
          {/* A plain link: 120 client <Link>s would each add to the page's payload and render time. */}
          <a href={`/reviews/schools/${r.id}`} className="text-brand-700 underline">{r.name}</a>
          <span className="block text-xs text-slate-700">{r.about}</span>
        </>
      ),
    },
    ...areas.map((a, i): Column<BoardLine> => ({
      key: a.id,
      header: a.name,
      className: (r) => {
        const c = r.cells[i];
        return c && c !== "n/a" ? (GRADE_CLASS[c[0]] ?? "") : "";
      },
      cell: (r) => gradeText(r.cells[i]),
    })),
    { key: "safeguarding", header: "Safeguarding", cell: (r) => (r.safeguardingMet === null ? "—" : r.safeguardingMet ? "Met" : <strong className="text-red-800">Not met</strong>) },
    { key: "level", header: "CSI level", className: (r) => (r.level ? CSI_CLASS[r.level] : ""), cell: (r) => (r.level ? CSI_LEVEL_LABEL[r.level] : "—") },
    { key: "open", header: "Open actions", cell: (r) => r.open },
    { key: "overdue", header: "Overdue", cell: (r) => (r.overdue > 0 ? <strong className="text-red-800">{r.overdue}</strong> : 0) },
    { key: "trend", header: "Trend", cell: (r) => r.trend },
  ];
  return (
    <div className="overflow-x-auto">
      <Table
        caption={caption}
        {...REVIEW_TABLE}
        className="min-w-full border-collapse text-left text-sm"
        rows={rows}
        rowKey={(r) => r.id}
        columns={columns.map((c) => ({ ...c, headerClassName: "align-bottom" }))}
      />
    </div>
  );
}
