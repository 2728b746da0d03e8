// Metric periods, in one written form (decision 013): "2025/26" is an academic year, "2025/26 T1",
// "T2", "T3" its autumn, spring and summer terms. Pure, so the seed, the import and the browser share it.
import { academicYearLabel, termKey, termLabel } from "@/lib/dates";

type PeriodKind = "TERM" | "YEAR";
export type Period = { label: string; kind: PeriodKind; startYear: number; term: 1 | 2 | 3 | null; key: number };

const FORM = /^(\d{4})\/(\d{2})(?: T([123]))?$/;

/** The period a label names, or null when it is not in the one accepted form. */
export function parsePeriod(text: string): Period | null {
  const match = FORM.exec(text.trim());
  if (!match) return null;
  const startYear = Number(match[1]);
  if (Number(match[2]) !== (startYear + 1) % 100 || startYear < 2000 || startYear > 2100) return null;
  const term = match[3] ? (Number(match[3]) as 1 | 2 | 3) : null;
  return { label: periodLabel(startYear, term), kind: term ? "TERM" : "YEAR", startYear, term, key: periodKey(startYear, term) };
}

export const periodLabel = (startYear: number, term: 1 | 2 | 3 | null = null) =>
  term ? `${academicYearLabel(startYear)} T${term}` : academicYearLabel(startYear);

/** Sorts periods in time: a term by lib/dates' termKey numbering, a year as its summer term. */
export const periodKey = (startYear: number, term: 1 | 2 | 3 | null = null) => startYear * 3 + (term ? term - 1 : 2);

/** The term containing `now` (London time). */
export const currentTerm = (now: Date = new Date()): Period => termOfKey(termKey(now));

/** The last `count` terms up to and including the one `now` is in, oldest first. */
export function recentTerms(count: number, now: Date = new Date()): Period[] {
  const last = termKey(now);
  return Array.from({ length: count }, (_, i) => termOfKey(last - count + 1 + i));
}

/** The term period of a lib/dates term key. */
function termOfKey(key: number): Period {
  const startYear = Math.floor(key / 3);
  const term = ((key % 3) + 1) as 1 | 2 | 3;
  return { label: periodLabel(startYear, term), kind: "TERM", startYear, term, key };
}

/** "Autumn 2025" for "2025/26 T1", the year label unchanged. */
export function describePeriod(label: string): string {
  const p = parsePeriod(label);
  return p?.term ? termLabel(p.key) : label;
}
