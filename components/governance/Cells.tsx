// The governance tables' cells: a value with its RAG in words and colour (colour never alone), and a
// sparkline of its trend drawn as an SVG image on the server (no script; data: images are allowed by the CSP).
import { formatMetric, type Rag } from "@/lib/governance/rag";
import { RAG_LABEL } from "@/lib/governance/labels";

/** Rising, falling or steady over the trend, said in words for screen readers. */
function direction(values: number[], span: number): string {
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  return Math.abs(last - first) < span * 0.1 ? "steady" : last > first ? "rising" : "falling";
}

// One <img> of an SVG data URI per cell (integer coordinates on a 60 × 20 box), with the trend in
// words as its alt text: a thousand cells each carry one, so fewer elements and bytes count.
function Sparkline({ values }: { values: number[] }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const points = values.map((v, i) => `${Math.round((i / (values.length - 1)) * 60)} ${Math.round(18 - ((v - min) / span) * 16)}`).join(" ");
  // Percent-encoded brackets and quotes (HTML would escape them at twice the length); no viewBox, so
  // the path's units are the image's 60 × 20 pixels.
  const svg = `%3Csvg xmlns=%27http://www.w3.org/2000/svg%27%3E%3Cpath d=%27M${points}%27 fill=%27none%27 stroke=%27gray%27 stroke-width=%271.5%27/%3E%3C/svg%3E`;
  // eslint-disable-next-line @next/next/no-img-element -- a generated data URI, nothing for next/image to optimise
  return <img src={`data:image/svg+xml,${svg}`} width={60} height={20} alt={`Trend over ${values.length} periods: ${direction(values, span)}`} />;
}

/** A value in its RAG colour with the status in words beneath (classes in ./governance.css). */
export function RagValue({ value, rag, unit, decimals, trend }: { value: number | null; rag: Rag | null; unit: string; decimals: number; trend?: number[] }) {
  if (value === null) return <span className="text-slate-600">No value</span>;
  return (
    <span className={rag ? `rag rag-${rag[0]}` : "rag"}>
      {formatMetric(value, unit, decimals)}
      {rag && <small>{RAG_LABEL[rag]}</small>}
      {trend && trend.length > 1 && <Sparkline values={trend} />}
    </span>
  );
}
