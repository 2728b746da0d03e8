import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/Button";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireViewer } from "@/lib/auth/viewer";
import { ENUM_LABEL } from "@/lib/format";
import { csiBoard, trendWord } from "@/lib/reviews/board/queries";
import { CSI_CLASS, CSI_LEVEL_LABEL, GRADE_CLASS } from "@/lib/reviews/labels";
import { boardParams } from "@/lib/reviews/schema";
import type { CsiLevelKind } from "@/lib/db/generated/enums";

export const metadata: Metadata = { title: "CSI board" };

const PHASES = ["PRIMARY", "SECONDARY", "SPECIAL", "ALL_THROUGH", "NURSERY", "ALTERNATIVE_PROVISION"] as const;

/** Every school × area from its latest published review; the grade's words in each cell, colour only repeating them. */
export default async function BoardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const viewer = await requireViewer();
  const filters = boardParams.parse(await searchParams);
  const board = await csiBoard(viewer, filters);
  const query = new URLSearchParams(Object.entries(filters).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  return (
    <>
      <PageHeader title="CSI board" lead="Each school's latest published review, CSI level and actions. Trend compares the mean grade of the last two cycles.">
        <Link href={`/reviews/board/export${query ? `?${query}` : ""}`} className="text-brand-700 underline">Download CSV</Link>
      </PageHeader>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3" aria-label="Filter the board">
        <div>
          <label htmlFor="cluster" className="block text-sm font-medium">Cluster</label>
          <select id="cluster" name="cluster" defaultValue={filters.cluster ?? ""} className="mt-1 rounded border border-slate-500 px-2 py-2">
            <option value="">All clusters</option>
            {board.clusters.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="phase" className="block text-sm font-medium">Phase</label>
          <select id="phase" name="phase" defaultValue={filters.phase ?? ""} className="mt-1 rounded border border-slate-500 px-2 py-2">
            <option value="">All phases</option>
            {PHASES.map((p) => <option key={p} value={p}>{ENUM_LABEL(p)}</option>)}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>Filter</button>
      </form>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-left text-sm">
          <caption className="sr-only">CSI board: schools by evaluation area</caption>
          <thead>
            <tr className="border-b border-slate-300 align-bottom">
              <th scope="col" className="p-2">School</th>
              {board.areas.map((a) => <th key={a.id} scope="col" className="p-2">{a.name}</th>)}
              <th scope="col" className="p-2">Safeguarding</th>
              <th scope="col" className="p-2">CSI level</th>
              <th scope="col" className="p-2">Open actions</th>
              <th scope="col" className="p-2">Overdue</th>
              <th scope="col" className="p-2">Trend</th>
            </tr>
          </thead>
          <tbody>
            {board.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <th scope="row" className="p-2 font-normal">
                  {/* A plain link: 120 client <Link>s would each add to the page's payload and render time. */}
                  <a href={`/reviews/schools/${r.id}`} className="text-brand-700 underline">{r.name}</a>
                  <span className="block text-xs text-slate-700">{r.cluster ?? "No cluster"} · {ENUM_LABEL(r.phase)}</span>
                </th>
                {r.cells.map((c, i) => (
                  <td key={board.areas[i]?.id} className={`p-2 ${c && c !== "n/a" ? (GRADE_CLASS[c.rank] ?? "") : ""}`}>
                    {c === "n/a" ? <span className="text-slate-600">n/a</span> : c ? c.label : "—"}
                  </td>
                ))}
                <td className="p-2">{r.safeguardingMet === null ? "—" : r.safeguardingMet ? "Met" : <strong className="text-red-800">Not met</strong>}</td>
                <td className={`p-2 ${r.level ? CSI_CLASS[r.level as CsiLevelKind] : ""}`}>{r.level ? CSI_LEVEL_LABEL[r.level as CsiLevelKind] : "—"}</td>
                <td className="p-2">{r.open}</td>
                <td className="p-2">{r.overdue > 0 ? <strong className="text-red-800">{r.overdue}</strong> : 0}</td>
                <td className="p-2">{trendWord(r.trend)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
