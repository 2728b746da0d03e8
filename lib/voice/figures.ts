// Figures of one view's answers, from the counts of each value (pure; the rules of anonymity.ts have
// already allowed the view). eNPS: % answering 9–10 minus % answering 0–6, a whole number from −100 to 100.
import type { SurveyQuestionKind } from "@/lib/db/generated/enums";
import { SCALE_LABELS, TASKS } from "./bank";

export type Counts = Map<number, number>;
export type Figure =
  | { kind: "SCALE"; n: number; mean: number; distribution: { label: string; count: number; percent: number }[] }
  | { kind: "ENPS"; n: number; score: number; promoters: number; passives: number; detractors: number }
  | { kind: "HOURS"; n: number; mean: number; bands: { label: string; count: number; percent: number }[] }
  | { kind: "TASKS"; n: number; tasks: { label: string; count: number; percent: number }[] };

const pct = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
const total = (c: Counts) => [...c.values()].reduce((a, b) => a + b, 0);
const sum = (c: Counts) => [...c.entries()].reduce((a, [v, n]) => a + v * n, 0);
const between = (c: Counts, lo: number, hi: number) => [...c.entries()].filter(([v]) => v >= lo && v <= hi).reduce((a, [, n]) => a + n, 0);

export function enps(c: Counts): number {
  const n = total(c);
  return n ? Math.round(((between(c, 9, 10) - between(c, 0, 6)) / n) * 100) : 0;
}

const HOUR_BANDS: [string, number, number][] = [["Under 40", 0, 39], ["40 to 49", 40, 49], ["50 to 59", 50, 59], ["60 or more", 60, 1000]];

/** A question's figure; `respondents` is the view's number of answers (tasks are a share of people, not of ticks). */
export function figure(kind: SurveyQuestionKind, c: Counts, respondents: number): Figure | null {
  const n = total(c);
  switch (kind) {
    case "SCALE":
      return { kind, n, mean: n ? sum(c) / n : 0, distribution: SCALE_LABELS.map((label, i) => ({ label, count: c.get(i + 1) ?? 0, percent: pct(c.get(i + 1) ?? 0, n) })) };
    case "ENPS":
      return { kind, n, score: enps(c), promoters: pct(between(c, 9, 10), n), passives: pct(between(c, 7, 8), n), detractors: pct(between(c, 0, 6), n) };
    case "HOURS":
      return { kind, n, mean: n ? sum(c) / n : 0, bands: HOUR_BANDS.map(([label, lo, hi]) => ({ label, count: between(c, lo, hi), percent: pct(between(c, lo, hi), n) })) };
    case "TASKS":
      return { kind, n: respondents, tasks: TASKS.map((label, i) => ({ label, count: c.get(i) ?? 0, percent: pct(c.get(i) ?? 0, respondents) })).sort((a, b) => b.count - a.count) };
    case "TEXT":
      return null;
  }
}

/** One line for trends and headlines: a mean to one decimal, an eNPS with its sign, hours as a whole number. */
export function headline(f: Figure): string {
  switch (f.kind) {
    case "SCALE":
      return `${f.mean.toFixed(1)} of 5`;
    case "ENPS":
      return `${f.score > 0 ? "+" : ""}${f.score}`;
    case "HOURS":
      return `${Math.round(f.mean)} hours`;
    case "TASKS":
      return f.tasks[0] && f.tasks[0].count ? `${f.tasks[0].label} (${f.tasks[0].percent}%)` : "None ticked";
  }
}
