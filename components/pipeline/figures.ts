// The trust's pipeline figures as the tables show them: a page of schools, each cluster's total row after
// its schools on the page. A cluster's total is over all its schools, on whichever page they fall.
import { pageOf } from "@/lib/paging";

export type FigureRow = {
  id: string; name: string; cluster: string; npq: Record<string, Record<string, number>>; lacking: number; uncovered: number;
  pool: Record<"READY_NOW" | "ONE_TO_TWO_YEARS" | "THREE_PLUS_YEARS" | "NOT_YET", number>;
};

/** Schools per page of the figures (two tables of a row per school and 18 columns). */
export const SCHOOLS_PER_PAGE = 10;

const sum = (rows: FigureRow[], f: (r: FigureRow) => number) => rows.reduce((n, r) => n + f(r), 0);

function clusterTotal(cluster: string, of: FigureRow[]): FigureRow {
  const npq: FigureRow["npq"] = {};
  for (const r of of) for (const [k, byStatus] of Object.entries(r.npq)) for (const [s, n] of Object.entries(byStatus)) (npq[k] ??= {})[s] = (npq[k][s] ?? 0) + n;
  const pool = { READY_NOW: sum(of, (r) => r.pool.READY_NOW), ONE_TO_TWO_YEARS: sum(of, (r) => r.pool.ONE_TO_TWO_YEARS), THREE_PLUS_YEARS: sum(of, (r) => r.pool.THREE_PLUS_YEARS), NOT_YET: sum(of, (r) => r.pool.NOT_YET) };
  return { id: `cluster-${cluster}`, name: `${cluster}: all ${of.length} ${of.length === 1 ? "school" : "schools"}`, cluster, npq, lacking: sum(of, (r) => r.lacking), uncovered: sum(of, (r) => r.uncovered), pool };
}

/** The `page`th page of schools (grouped by cluster), each cluster on it followed by its total over every school. */
export function figuresPage(rows: FigureRow[], page: number) {
  const clusters = [...new Set(rows.map((r) => r.cluster))].sort();
  const grouped = clusters.flatMap((c) => rows.filter((r) => r.cluster === c));
  const shown = pageOf(grouped, page, SCHOOLS_PER_PAGE);
  const onPage = [...new Set(shown.rows.map((r) => r.cluster))];
  const withTotals = onPage.flatMap((c) => [...shown.rows.filter((r) => r.cluster === c), clusterTotal(c, rows.filter((r) => r.cluster === c))]);
  return { ...shown, rows: withTotals, kinds: [...new Set(rows.flatMap((r) => Object.keys(r.npq)))] };
}
