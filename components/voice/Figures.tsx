// One question's figures: a distribution as labelled bars (the numbers in words, so nothing depends on
// the bars), a mean or eNPS, the trust's figure beside the school's, and a caution for a small group.
// Each row's label, bar and percentage take their look from the list's classes rather than each carrying
// its own, and a label wraps as the card does: the results page draws nine of these (issue 22).
import type { Figure } from "@/lib/voice/figures";

const BARS = [
  "mt-2 space-y-1 text-sm *:grid *:grid-cols-[minmax(0,10rem)_1fr_3rem] *:items-center *:gap-2",
  "[&>li>:nth-child(2)]:h-3 [&>li>:nth-child(2)]:rounded [&>li>:nth-child(2)]:bg-slate-100",
  "[&>li>*>span]:block [&>li>*>span]:h-3 [&>li>*>span]:rounded [&>li>*>span]:bg-brand-600",
  "[&>li>:last-child]:text-right [&>li>:last-child]:tabular-nums",
].join(" ");

function Bars({ rows, label }: { rows: { label: string; count: number; percent: number }[]; label: string }) {
  return (
    <ul aria-label={label} className={BARS}>
      {rows.map((r) => (
        <li key={r.label}>
          <span>{r.label}</span>
          <span aria-hidden="true"><span style={{ width: `${r.percent}%` }} /></span>
          <span>{`${r.percent}%`}</span>
        </li>
      ))}
    </ul>
  );
}

export function QuestionFigures({ text, figure, trust }: { text: string; figure: Figure; trust: string | null }) {
  const vs = trust ? <span className="text-slate-700"> (trust: {trust})</span> : null;
  return (
    <div className="rounded border border-slate-200 bg-white p-3 break-words">
      <h3 className="font-medium">{text}</h3>
      {figure.kind === "SCALE" && (
        <>
          <p className="mt-1"><span className="text-xl font-semibold">{figure.mean.toFixed(1)}</span> out of 5 on average{vs}</p>
          <Bars rows={figure.distribution} label={`Answers to: ${text}`} />
        </>
      )}
      {figure.kind === "ENPS" && (
        <>
          <p className="mt-1">eNPS <span className="text-xl font-semibold">{figure.score > 0 ? "+" : ""}{figure.score}</span>{vs}</p>
          <p className="text-sm text-slate-700">{figure.promoters}% would recommend (9–10), {figure.passives}% are neutral (7–8), {figure.detractors}% would not (0–6). eNPS is the first less the last.</p>
        </>
      )}
      {figure.kind === "HOURS" && (
        <>
          <p className="mt-1"><span className="text-xl font-semibold">{Math.round(figure.mean)}</span> hours worked last week on average{vs}</p>
          <Bars rows={figure.bands} label={`Hours worked: ${text}`} />
        </>
      )}
      {figure.kind === "TASKS" && (
        <>
          <p className="mt-1 text-sm text-slate-700">Share of people ticking each task{trust ? `; trust's most ticked: ${trust}` : ""}.</p>
          <Bars rows={figure.tasks} label={`Tasks ticked: ${text}`} />
        </>
      )}
    </div>
  );
}
