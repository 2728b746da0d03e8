import type { Metadata } from "next";
import Link from "next/link";
import { REVIEW_TABLE } from "@/components/reviews/table-look";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { type Column, Table } from "@/components/ui/Table";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel, enumOptions } from "@/lib/format";
import { type Board, csiBoard, trendWord } from "@/lib/reviews/board/queries";
import { CSI_CLASS, GRADE_CLASS } from "@/components/reviews/colours";
import { CSI_LEVEL_LABEL } from "@/lib/reviews/labels";
import { boardParams } from "@/lib/reviews/schema";
import type { CsiLevelKind, SchoolPhase } from "@/lib/db/generated/enums";

export const metadata: Metadata = { title: "CSI board" };

type Row = Board["rows"][number];
type Cell = Row["cells"][number];

// "n/a": the area does not apply to the school; null: not graded yet. The colour only repeats the words.
const gradeClass = (c: Cell | undefined) => (c && c !== "n/a" ? (GRADE_CLASS[c.rank] ?? "") : "");
const gradeText = (c: Cell | undefined) => (c === "n/a" ? <span className="text-slate-600">n/a</span> : c ? c.label : "—");

/** School, an area per column, then safeguarding, CSI level, actions and trend; headers sit on the bottom line under long area names. */
function boardColumns(areas: Board["areas"]): Column<Row>[] {
  const columns: Column<Row>[] = [
    {
      key: "school",
      header: "School",
      rowHeader: true,
      cell: (r) => (
        <>
          {/* A plain link: 120 client <Link>s would each add to the page's payload and render time. */}
          <a href={`/reviews/schools/${r.id}`} className="text-brand-700 underline">{r.name}</a>
          <span className="block text-xs text-slate-700">{r.cluster ?? "No cluster"} · {enumLabel(r.phase)}</span>
        </>
      ),
    },
    ...areas.map((a, i): Column<Row> => ({
      key: a.id,
      header: a.name,
      className: (r) => gradeClass(r.cells[i]),
      cell: (r) => gradeText(r.cells[i]),
    })),
    { key: "safeguarding", header: "Safeguarding", cell: (r) => (r.safeguardingMet === null ? "—" : r.safeguardingMet ? "Met" : <strong className="text-red-800">Not met</strong>) },
    { key: "level", header: "CSI level", className: (r) => (r.level ? CSI_CLASS[r.level as CsiLevelKind] : ""), cell: (r) => (r.level ? CSI_LEVEL_LABEL[r.level as CsiLevelKind] : "—") },
    { key: "open", header: "Open actions", cell: (r) => r.open },
    { key: "overdue", header: "Overdue", cell: (r) => (r.overdue > 0 ? <strong className="text-red-800">{r.overdue}</strong> : 0) },
    { key: "trend", header: "Trend", cell: (r) => trendWord(r.trend) },
  ];
  return columns.map((c) => ({ ...c, headerClassName: "align-bottom" }));
}

// The filter's order: the phases most schools have first.
const PHASES: SchoolPhase[] = ["PRIMARY", "SECONDARY", "SPECIAL", "ALL_THROUGH", "NURSERY", "ALTERNATIVE_PROVISION"];
const FILTER = "mt-1 rounded border border-slate-500 px-2 py-2";

/** Every school × area from its latest published review; the grade's words in each cell, colour only repeating them. */
export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const filters = boardParams.parse(await searchParams);
  const board = await csiBoard(viewer, filters);
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <>
      <PageHeader title="CSI board" lead="Each school's latest published review, CSI level and actions. Trend compares the mean grade of the last two cycles.">
        <Link href={query ? `/reviews/board/export?${query}` : "/reviews/board/export"} className="text-brand-700 underline">Download CSV</Link>
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the board">
        <div>
          <label htmlFor="cluster" className="block text-sm font-medium">Cluster</label>
          <Select id="cluster" name="cluster" defaultValue={filters.cluster} empty="All clusters" options={board.clusters.map((c) => ({ value: c.id, label: c.name }))} className={FILTER} />
        </div>
        <div>
          <label htmlFor="phase" className="block text-sm font-medium">Phase</label>
          <Select id="phase" name="phase" defaultValue={filters.phase} empty="All phases" options={enumOptions(PHASES)} className={FILTER} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>Filter</button>
      </form>
      <div className="overflow-x-auto">
        <Table
          caption="CSI board: schools by evaluation area"
          {...REVIEW_TABLE}
          className="min-w-full border-collapse text-left text-sm"
          rows={board.rows}
          rowKey={(r) => r.id}
          columns={boardColumns(board.areas)}
        />
      </div>
    </>
  );
}
