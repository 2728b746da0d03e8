// A termly rating: the words always printed, the colour only repeating them (WCAG 1.4.1).
import type { PriorityRag } from "@/lib/db/generated/enums";
import { PRIORITY_RAG_LABEL } from "@/lib/priorities/labels";

const CLASS: Record<PriorityRag, string> = { GREEN: "bg-green-100 text-green-950", AMBER: "bg-amber-100 text-amber-950", RED: "bg-red-200 text-red-950" };

export function Rating({ rating }: { rating: PriorityRag | null }) {
  if (!rating) return <span className="text-slate-700">Not rated yet</span>;
  return <span className={`rounded px-2 py-0.5 font-semibold ${CLASS[rating]}`}>{PRIORITY_RAG_LABEL[rating]}</span>;
}
