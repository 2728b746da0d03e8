// Checks metric values, from an imported CSV or the entry grid, before anything is written: every
// row gets its errors (unknown URN or metric, metric not for the school's phase, computed metric,
// period in the wrong form, malformed or out-of-range number, duplicate row) or what it would change.
// Pure and synchronous, so it is unit-tested and a 10,000-row file is checked in milliseconds.
import Papa from "papaparse";
import { parsePeriod } from "./periods";

export type MetricInfo = {
  id: string;
  key: string;
  label: string;
  periodKind: "TERM" | "YEAR";
  source: "ENTERED" | "IMPORTED" | "COMPUTED";
  phases: string[];
  minValue: number | null;
  maxValue: number | null;
};
export type SchoolInfo = { id: string; urn: number; name: string; phase: string };

/** One value as typed: its row number in the file (the header is row 1) or its grid cell. */
export type Candidate = { row: number; urn: string; metric: string; period: string; value: string; field?: string };

export type CheckedRow = Candidate & {
  status: "new" | "change" | "same" | "error";
  errors: string[];
  schoolId?: string;
  schoolName?: string;
  metricId?: string;
  metricLabel?: string;
  periodKey?: number;
  before: number | null;
  after: number | null;
};

export type CheckContext = {
  schoolsByUrn: Map<string, SchoolInfo>;
  metricsByKey: Map<string, MetricInfo>;
  /** Stored values by valueKey(schoolId, metricId, period). */
  existing: Map<string, number>;
};

export type CheckResult = { rows: CheckedRow[]; errors: number; changes: number; unchanged: number };

export const valueKey = (schoolId: string, metricId: string, period: string) => `${schoolId}|${metricId}|${period}`;
export const TEMPLATE_HEADER = ["urn", "metric", "period", "value"] as const;
/** Values are kept to four decimal places (the column's scale). */
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

const NUMBER = /^-?\d+(\.\d{1,4})?$/;
const PHASE_WORDS: Record<string, string> = { PRIMARY: "primary", SECONDARY: "secondary", ALL_THROUGH: "all-through", NURSERY: "nursery", SPECIAL: "special", ALTERNATIVE_PROVISION: "alternative provision" };

function checkOne(c: Candidate, ctx: CheckContext, seen: Map<string, number>): CheckedRow {
  const errors: string[] = [];
  const out: CheckedRow = { ...c, status: "error", errors, before: null, after: null };
  const school = ctx.schoolsByUrn.get(c.urn.trim());
  const metric = ctx.metricsByKey.get(c.metric.trim());
  const period = parsePeriod(c.period);
  if (!school) errors.push(c.urn.trim() ? `Unknown URN "${c.urn.trim()}": no school of the trust has it.` : "The URN is missing.");
  if (!metric) errors.push(c.metric.trim() ? `Unknown metric "${c.metric.trim()}".` : "The metric key is missing.");
  if (metric?.source === "COMPUTED") errors.push(`${metric.label} is computed from the portal's own data and cannot be typed in or imported.`);
  if (school && metric && metric.phases.length && !metric.phases.includes(school.phase)) {
    errors.push(`${metric.label} does not apply to ${school.name}, a ${PHASE_WORDS[school.phase] ?? school.phase.toLowerCase()} school.`);
  }
  if (!period) errors.push(`Period "${c.period.trim()}" is not in the form 2025/26 (a year) or 2025/26 T1 (autumn), T2 (spring), T3 (summer).`);
  else if (metric && period.kind !== metric.periodKind) {
    errors.push(metric.periodKind === "TERM" ? `${metric.label} is termly: give a term such as ${period.label.slice(0, 7)} T1.` : `${metric.label} is yearly: give the academic year, such as ${period.label.slice(0, 7)}.`);
  }
  const raw = c.value.trim().replace("−", "-");
  let value: number | null = null;
  if (!raw) errors.push("The value is missing.");
  else if (!NUMBER.test(raw)) errors.push(`"${c.value.trim()}" is not a number (digits, an optional minus sign and up to four decimal places; no commas or units).`);
  else {
    value = round4(Number(raw));
    if (metric && ((metric.minValue !== null && value < metric.minValue) || (metric.maxValue !== null && value > metric.maxValue))) {
      errors.push(`${value} is out of range for ${metric.label}: it must be from ${metric.minValue} to ${metric.maxValue}.`);
    }
  }
  if (school && metric && period) {
    const key = valueKey(school.id, metric.id, period.label);
    const first = seen.get(key);
    if (first !== undefined) errors.push(`Duplicate of row ${first}: the same school, metric and period.`);
    else seen.set(key, c.row);
    Object.assign(out, { schoolId: school.id, schoolName: school.name, metricId: metric.id, metricLabel: metric.label, periodKey: period.key, period: period.label });
    out.before = ctx.existing.get(key) ?? null;
  }
  if (errors.length) return out;
  out.after = value;
  out.status = out.before === null ? "new" : out.before === value ? "same" : "change";
  return out;
}

export function checkRows(candidates: Candidate[], ctx: CheckContext): CheckResult {
  const seen = new Map<string, number>();
  const rows = candidates.map((c) => checkOne(c, ctx, seen));
  let errors = 0;
  let changes = 0;
  for (const r of rows) {
    if (r.status === "error") errors++;
    else if (r.status !== "same") changes++;
  }
  return { rows, errors, changes, unchanged: rows.length - errors - changes };
}

/** A CSV's rows as candidates, or why the file cannot be read at all (no header, wrong columns). */
export function parseMetricCsv(text: string): { candidates: Candidate[]; fileError?: string } {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const [header, ...body] = parsed.data;
  const names = (header ?? []).map((h) => h.trim().toLowerCase().replace(/\s+/g, " "));
  const col = (...options: string[]) => names.findIndex((n) => options.includes(n));
  const at = { urn: col("urn"), metric: col("metric", "metric key", "metric_key", "key"), period: col("period"), value: col("value") };
  if (Object.values(at).some((i) => i < 0)) return { candidates: [], fileError: "The first row must name the columns URN, metric, period and value (download the template)." };
  const candidates = body.map((cells, i) => ({
    row: i + 2,
    urn: cells[at.urn] ?? "",
    metric: cells[at.metric] ?? "",
    period: cells[at.period] ?? "",
    value: cells[at.value] ?? "",
  }));
  if (!candidates.length) return { candidates, fileError: "The file has a header row but no values." };
  return { candidates };
}
