// The CSI slice's colours: grades and CSI levels. The words are always printed too, so colour only
// repeats them (WCAG 1.4.1).
import type { CsiLevelKind } from "@/lib/db/generated/enums";

/** Cell colours by rank (1 best). */
export const GRADE_CLASS: Record<number, string> = {
  1: "bg-emerald-200 text-emerald-950",
  2: "bg-green-100 text-green-950",
  3: "bg-slate-100 text-slate-900",
  4: "bg-amber-100 text-amber-950",
  5: "bg-red-200 text-red-950",
};

export const CSI_CLASS: Record<CsiLevelKind, string> = {
  CHALLENGE: "bg-slate-100 text-slate-900",
  SUPPORT: "bg-amber-100 text-amber-950",
  INTERVENTION: "bg-red-200 text-red-950",
};
