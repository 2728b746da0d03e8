// Trust development tables: figures per cluster or school, and the NPQ pipeline by school.
import { type Column, Table, TableBox } from "@/components/ui/Table";
import { NPQ_SHORT, QUALIFICATION_LABEL } from "@/lib/cpd/labels";
import { percentOf } from "@/lib/cpd/rules";
import { formatNumber } from "@/lib/format";
import { formatHours } from "@/lib/dates";

type Figures = { staff: number; minutes: number; targetMinutes: number; onTrack: number; verified: number; pending: number; applicable: number; met: number };
type FigureRow = { key: string; name: string; group?: string; figures: Figures | null };

const pct = (n: number, d: number) => (d > 0 ? `${Math.floor((n * 100) / d)}%` : "—");

// A figure column: right-aligned, and a dash for a row with no figures (e.g. a school with no staff yet).
const figure = (key: string, header: string, show: (f: Figures) => string): Column<FigureRow> => ({
  key, header, align: "right", cell: (r) => (r.figures ? show(r.figures) : "—"),
});

const FIGURE_COLUMNS = [
  figure("staff", "Staff", (f) => formatNumber(f.staff)),
  figure("hours", "Hours per person", (f) => (f.staff ? formatHours(Math.round(f.minutes / f.staff)) : "—")),
  figure("target", "% of target", (f) => `${percentOf(f.minutes, f.targetMinutes) ?? "—"}%`),
  figure("onTrack", "Staff on track", (f) => pct(f.onTrack, f.staff)),
  figure("verified", "Verified", (f) => formatNumber(f.verified)),
  figure("pending", "Pending", (f) => formatNumber(f.pending)),
  figure("training", "Training compliance", (f) => pct(f.met, f.applicable)),
];

export function FiguresTable({ caption, rows, groupLabel }: { caption: string; rows: FigureRow[]; groupLabel?: string }) {
  const columns: Column<FigureRow>[] = [
    { key: "name", header: "Name", rowHeader: true, cell: (r) => r.name },
    ...(groupLabel ? [{ key: "group", header: groupLabel, cell: (r: FigureRow) => r.group }] : []),
    ...FIGURE_COLUMNS,
  ];
  return (
    <TableBox label={caption} tall="max-h-[36rem]">
      <Table caption={caption} stickyHead rows={rows} rowKey={(r) => r.key} columns={columns} />
    </TableBox>
  );
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
