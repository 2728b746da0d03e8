import type { Metadata } from "next";
import Link from "next/link";
import { BoardTable, type BoardLine } from "@/components/reviews/BoardTable";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { Select } from "@/components/ui/Select";
import { Pager, queryHref } from "@/components/ui/Pager";
import { requireViewer } from "@/lib/access/viewer";
import { enumLabel, enumOptions } from "@/lib/format";
import { csiBoard, trendWord } from "@/lib/reviews/board/queries";
import { boardParams } from "@/lib/reviews/schema";
import type { CsiLevelKind, SchoolPhase } from "@/lib/db/generated/enums";
import { pageOf } from "@/lib/paging";
import { pageNumber } from "@/lib/validation/fields";

export const metadata: Metadata = { title: "CSI board" };

/** Schools per page of the board: a few clusters' worth (a cluster's filter shows it whole); the CSV holds every school. */
const SCHOOLS_PER_PAGE = 30;

// The filter's order: the phases most schools have first.
const PHASES: SchoolPhase[] = ["PRIMARY", "SECONDARY", "SPECIAL", "ALL_THROUGH", "NURSERY", "ALTERNATIVE_PROVISION"];
const FILTER = "mt-1 rounded border border-slate-500 px-2 py-2";

/** Every school × area from its latest published review; the grade's words in each cell, colour only repeating them. */
export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const search = await searchParams;
  const filters = boardParams.parse(search);
  const board = await csiBoard(viewer, filters);
  const shown = pageOf(board.rows, pageNumber().parse(search.page), SCHOOLS_PER_PAGE);
  const lines = shown.rows.map((r): BoardLine => ({
    id: r.id, name: r.name, about: `${r.cluster ?? "No cluster"} · ${enumLabel(r.phase)}`,
    cells: r.cells.map((c) => (c === "n/a" || c === null ? c : [c.rank, c.label])),
    safeguardingMet: r.safeguardingMet, level: r.level as CsiLevelKind | null, open: r.open, overdue: r.overdue, trend: trendWord(r.trend),
  }));
  // Figures of every school the filters show, not only this page's.
  const atLevel = (level: CsiLevelKind) => board.rows.filter((r) => r.level === level).length;
  const overdue = board.rows.reduce((n, r) => n + r.overdue, 0);
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
      <p className="mb-3 text-sm text-slate-700" data-testid="board-totals">
        {board.rows.length} {board.rows.length === 1 ? "school" : "schools"} · CSI level: {atLevel("INTERVENTION")} intervention, {atLevel("SUPPORT")} support, {atLevel("CHALLENGE")} challenge · {overdue} overdue actions
      </p>
      <BoardTable
        areas={board.areas}
        rows={lines}
        caption={`CSI board: schools by evaluation area${shown.pageCount > 1 ? `, page ${shown.page} of ${shown.pageCount}` : ""}`}
      />
      {shown.pageCount > 1 && <Pager hrefFor={queryHref("/reviews/board", { ...filters })} page={shown.page} pageCount={shown.pageCount} total={shown.total} label="Pages of schools" />}
    </>
  );
}
