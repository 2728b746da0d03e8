// Trust development tables: figures per cluster or school, and the NPQ pipeline by school.
import { type Column, Table, TableBox } from "@/components/ui/Table";
import { FiguresGrid, type FiguresLine } from "./FiguresGrid";
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

export function NpqPipeline({ kinds, rows }: { kinds: string[]; rows: PipelineRow[] }) {
  const columns: Column<PipelineRow>[] = [
    { key: "school", header: "School", rowHeader: true, cell: (r) => r.school },
    ...kinds.map((k): Column<PipelineRow> => ({
      key: k,
      header: <abbr title={QUALIFICATION_LABEL[k]}>{NPQ_SHORT[k] ?? k}</abbr>,
      align: "right",
      className: "whitespace-nowrap",
      cell: (r) => {
        const c = r.counts[k];
        return c ? `${c.held} held, ${c.studying} studying` : "—";
      },
    })),
  ];
  return (
    <TableBox label="NPQ pipeline by school" tall="max-h-[36rem]">
      <Table caption="National professional qualifications held and being studied, by school" stickyHead rows={rows} rowKey={(r) => r.school} columns={columns} />
    </TableBox>
  );
}
