// Red, amber, green against a metric's thresholds: green at or better than greenAt, red worse than
// redAt, amber between, "better" by the metric's direction. Pure (unit-tested beside it).
export type Rag = "GREEN" | "AMBER" | "RED";
type Thresholds = { direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"; greenAt: number | null; redAt: number | null };

/** null: the metric has no thresholds (a context figure), or there is no value. */
export function rag(value: number | null, t: Thresholds): Rag | null {
  if (value === null || t.greenAt === null || t.redAt === null) return null;
  const higher = t.direction === "HIGHER_IS_BETTER";
  if (higher ? value >= t.greenAt : value <= t.greenAt) return "GREEN";
  if (higher ? value < t.redAt : value > t.redAt) return "RED";
  return "AMBER";
}

// One formatter per number of decimals: building an Intl.NumberFormat per call (as toLocaleString
// does) cost more than the rest of a thousand-cell dashboard's rendering.
const formats = new Map<number, Intl.NumberFormat>();
const formatOf = (decimals: number) => {
  let f = formats.get(decimals);
  if (!f) formats.set(decimals, (f = new Intl.NumberFormat("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f;
};

/** A value with its unit, to the metric's number of decimals. */
export function formatMetric(value: number | null, unit: string, decimals: number): string {
  if (value === null || Number.isNaN(value)) return "—";
  const n = formatOf(decimals).format(value);
  if (unit === "%") return `${n}%`;
  if (unit === "£") return value < 0 ? `−£${n.replace("-", "")}` : `£${n}`;
  return n;
}
