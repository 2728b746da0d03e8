// The governance tables' cells: a value with its RAG in words and colour (colour never alone), and a
// sparkline of its trend (./Sparkline.tsx, drawn in the browser; data: images are allowed by the CSP).
import { formatMetric, type Rag } from "@/lib/governance/rag";
import { RAG_LABEL } from "@/lib/governance/labels";
import { Sparkline } from "./Sparkline";

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
