// The governance tables' cells: a value with its RAG in words and colour (colour never alone), and a
// sparkline of its trend drawn as plain SVG on the server (no script, nothing for the CSP to block).
import { formatMetric, RAG_CLASS, RAG_LABEL, type Rag } from "@/lib/governance/rag";

export function Sparkline({ values, label }: { values: number[]; label: string }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((v, i) => `${((i / (values.length - 1)) * 60).toFixed(1)},${(18 - ((v - min) / span) * 16).toFixed(1)}`).join(" ");
  return (
    <svg width="60" height="20" viewBox="0 0 60 20" role="img" aria-label={label} className="mt-1 block">
      <polyline points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

export function RagValue({ value, rag, unit, decimals, trend, trendLabel }: { value: number | null; rag: Rag | null; unit: string; decimals: number; trend?: number[]; trendLabel?: string }) {
  if (value === null) return <span className="text-slate-600">No value</span>;
  return (
    <span className={`inline-block rounded border-l-4 px-1.5 py-0.5 ${rag ? RAG_CLASS[rag] : "border-slate-300"}`}>
      <span className="font-medium tabular-nums">{formatMetric(value, unit, decimals)}</span>
      {rag && <span className="block text-xs">{RAG_LABEL[rag]}</span>}
      {trend && trend.length > 1 && <Sparkline values={trend} label={trendLabel ?? "Trend"} />}
    </span>
  );
}
