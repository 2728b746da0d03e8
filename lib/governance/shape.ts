// Turns stored values into what the governance pages show: per school and metric the latest value
// with its RAG and its trend, and averages per period (trust, cluster, phase). Pure, so the trustee
// dashboard, the board pack and the school view share it, and it is unit-testable.
import { rag, type Rag } from "./rag";

export type MetricDef = {
  id: string;
  key: string;
  label: string;
  unit: string;
  decimals: number;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  greenAt: number | null;
  redAt: number | null;
  periodKind: "TERM" | "YEAR";
  source: "ENTERED" | "IMPORTED" | "COMPUTED";
  phases: string[];
  description: string;
};

/** One school's values of one metric, oldest first. */
export type Series = { schoolId: string; metricId: string; keys: number[]; values: number[] };
export type Cell = { value: number | null; rag: Rag | null; trend: number[] };

export function latestKeyOf(series: Series[]): Map<string, number> {
  const latest = new Map<string, number>();
  for (const s of series) {
    const last = s.keys[s.keys.length - 1];
    if (last !== undefined && last > (latest.get(s.metricId) ?? -1)) latest.set(s.metricId, last);
  }
  return latest;
}

/** The cell of a school for a metric: its value in the metric's latest period across the trust (none if it has none there). */
export function cellOf(s: Series | undefined, metric: MetricDef, latestKey: number | undefined): Cell {
  if (!s || latestKey === undefined) return { value: null, rag: null, trend: [] };
  const i = s.keys.lastIndexOf(latestKey);
  const value = i >= 0 ? (s.values[i] ?? null) : null;
  return { value, rag: rag(value, metric), trend: s.values };
}

/** Mean per period key of the given series (a metric's values across some schools). */
export function averageByKey(series: Series[]): Map<number, number> {
  // One running total per period, added to in place: no pair allocated per value of every school.
  const sums = new Map<number, { sum: number; n: number }>();
  for (const s of series) {
    for (let i = 0; i < s.keys.length; i++) {
      const k = s.keys[i]!;
      const total = sums.get(k);
      if (total) {
        total.sum += s.values[i] ?? 0;
        total.n++;
      } else sums.set(k, { sum: s.values[i] ?? 0, n: 1 });
    }
  }
  return new Map([...sums].sort((a, b) => a[0] - b[0]).map(([k, { sum, n }]) => [k, sum / n]));
}

export const roundTo = (n: number | null | undefined, decimals: number) =>
  n === null || n === undefined ? null : Math.round(n * 10 ** decimals) / 10 ** decimals;
