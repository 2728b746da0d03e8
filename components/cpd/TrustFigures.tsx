// Trust development tables: figures per cluster or school, and the NPQ pipeline by school.
import { NPQ_SHORT, QUALIFICATION_LABEL } from "@/lib/cpd/labels";
import { percentOf } from "@/lib/cpd/rules";
import { formatNumber } from "@/lib/format";
import { formatHours } from "@/lib/dates";

type Figures = { staff: number; minutes: number; targetMinutes: number; onTrack: number; verified: number; pending: number; applicable: number; met: number };
export type FigureRow = { key: string; name: string; group?: string; figures: Figures | null };

const pct = (n: number, d: number) => (d > 0 ? `${Math.floor((n * 100) / d)}%` : "—");

export function FiguresTable({ caption, rows, groupLabel }: { caption: string; rows: FigureRow[]; groupLabel?: string }) {
  return (
    <div className="max-h-[36rem] overflow-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">Name</th>
            {groupLabel && <th scope="col" className="p-2">{groupLabel}</th>}
            <th scope="col" className="p-2 text-right">Staff</th>
            <th scope="col" className="p-2 text-right">Hours per person</th>
            <th scope="col" className="p-2 text-right">% of target</th>
            <th scope="col" className="p-2 text-right">Staff on track</th>
            <th scope="col" className="p-2 text-right">Verified</th>
            <th scope="col" className="p-2 text-right">Pending</th>
            <th scope="col" className="p-2 text-right">Training compliance</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, group, figures: f }) => (
            <tr key={key} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-normal">{name}</th>
              {groupLabel && <td className="p-2">{group}</td>}
              <td className="p-2 text-right">{f ? formatNumber(f.staff) : "—"}</td>
              <td className="p-2 text-right">{f && f.staff ? formatHours(Math.round(f.minutes / f.staff)) : "—"}</td>
              <td className="p-2 text-right">{f ? `${percentOf(f.minutes, f.targetMinutes) ?? "—"}%` : "—"}</td>
              <td className="p-2 text-right">{f ? pct(f.onTrack, f.staff) : "—"}</td>
              <td className="p-2 text-right">{f ? formatNumber(f.verified) : "—"}</td>
              <td className="p-2 text-right">{f ? formatNumber(f.pending) : "—"}</td>
              <td className="p-2 text-right">{f ? pct(f.met, f.applicable) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function NpqPipeline({ kinds, rows }: { kinds: string[]; rows: { school: string; counts: Record<string, { held: number; studying: number }> }[] }) {
  return (
    <div className="max-h-[36rem] overflow-auto rounded border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="NPQ pipeline by school">
      <table className="w-full text-sm">
        <caption className="sr-only">National professional qualifications held and being studied, by school</caption>
        <thead className="sticky top-0 bg-slate-100 text-left">
          <tr>
            <th scope="col" className="p-2">School</th>
            {kinds.map((k) => (
              <th key={k} scope="col" className="p-2 text-right">
                <abbr title={QUALIFICATION_LABEL[k]}>{NPQ_SHORT[k] ?? k}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.school} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-left font-normal">{r.school}</th>
              {kinds.map((k) => {
                const c = r.counts[k];
                return (
                  <td key={k} className="p-2 text-right whitespace-nowrap">
                    {c ? `${c.held} held, ${c.studying} studying` : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
