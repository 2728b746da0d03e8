// Trust development tables: figures per cluster or school, and the NPQ pipeline by school.
import { FiguresGrid, type FiguresLine } from "./FiguresGrid";
import { NpqGrid, type NpqLine } from "./NpqGrid";
import { NPQ_SHORT, QUALIFICATION_LABEL } from "@/lib/cpd/labels";
import { percentOf } from "@/lib/cpd/rules";
import { formatNumber } from "@/lib/format";
import { formatHours } from "@/lib/dates";

type Figures = { staff: number; minutes: number; targetMinutes: number; onTrack: number; verified: number; pending: number; applicable: number; met: number };
type FigureRow = { key: string; name: string; group?: string; figures: Figures | null };

const pct = (n: number, d: number) => (d > 0 ? `${Math.floor((n * 100) / d)}%` : "—");

// The figure columns: a header and the shown value; a dash for a row with no figures (e.g. a school with no staff yet).
const FIGURE_COLUMNS: [string, (f: Figures) => string][] = [
  ["Staff", (f) => formatNumber(f.staff)],
  ["Hours per person", (f) => (f.staff ? formatHours(Math.round(f.minutes / f.staff)) : "—")],
  ["% of target", (f) => `${percentOf(f.minutes, f.targetMinutes) ?? "—"}%`],
  ["Staff on track", (f) => pct(f.onTrack, f.staff)],
  ["Verified", (f) => formatNumber(f.verified)],
  ["Pending", (f) => formatNumber(f.pending)],
  ["Training compliance", (f) => pct(f.met, f.applicable)],
];

/** Figures per cluster or school: formatted here, drawn by a client component from the strings (./FiguresGrid.tsx). */
export function FiguresTable({ caption, rows, groupLabel }: { caption: string; rows: FigureRow[]; groupLabel?: string }) {
  const lines = rows.map((r): FiguresLine => [r.key, r.name, r.group ?? null, ...FIGURE_COLUMNS.map(([, show]) => (r.figures ? show(r.figures) : "—"))]);
  return <FiguresGrid caption={caption} groupLabel={groupLabel} headers={FIGURE_COLUMNS.map(([header]) => header)} rows={lines} />;
}

type PipelineRow = { school: string; counts: Record<string, { held: number; studying: number }> };

/**
 * The NPQ pipeline by school, a page of schools at a time, with the trust's total over every school as the
 * last row; drawn by a client component from the counts (./NpqGrid.tsx).
 */
export function NpqPipeline({ kinds, rows, page, pageCount, total }: { kinds: string[]; rows: PipelineRow[]; page: number; pageCount: number; total: PipelineRow }) {
  const line = (r: PipelineRow): NpqLine => [r.school, ...kinds.flatMap((k) => [r.counts[k]?.held ?? 0, r.counts[k]?.studying ?? 0])];
  return (
    <NpqGrid
      caption={`National professional qualifications held and being studied, by school${pageCount > 1 ? ` (page ${page} of ${pageCount})` : ""}, and the trust's total over every school`}
      headers={kinds.map((k) => ({ short: NPQ_SHORT[k] ?? k, title: QUALIFICATION_LABEL[k] ?? k }))}
      rows={rows.map(line)}
      total={line(total)}
    />
  );
}
