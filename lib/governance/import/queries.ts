import "server-only";
// The import's preview: the file checked against the database as it is now, nothing written. The
// confirmed import (commands.ts importMetrics) checks the same text again inside its transaction.
import type { Viewer } from "@/lib/access/policy";
import { assertPermission } from "@/lib/commands/errors";
import { db } from "@/lib/db/client";
import { loadCheckContext } from "../context";
import { TEMPLATE_HEADER, checkRows, parseMetricCsv, type CheckedRow } from "../validate";
import { currentTerm } from "../periods";

export type PreviewRow = Pick<CheckedRow, "row" | "urn" | "metric" | "period" | "value" | "status" | "errors" | "schoolName" | "metricLabel" | "before" | "after">;
export type Preview = { fileName: string; csv: string; rows: number; errors: number; changes: number; unchanged: number; shown: PreviewRow[]; fileError?: string; checkedMs: number };

export async function previewImport(viewer: Viewer, fileName: string, csv: string): Promise<Preview> {
  assertPermission(viewer, "metric:edit");
  const started = performance.now();
  const { candidates, fileError } = parseMetricCsv(csv);
  if (fileError) return { fileName, csv: "", rows: 0, errors: 0, changes: 0, unchanged: 0, shown: [], fileError, checkedMs: 0 };
  const result = checkRows(candidates, await loadCheckContext(db(), viewer.trustId, candidates.map((c) => c.period)));
  // Every error and every change, row by row; rows that change nothing are only counted.
  const shown = result.rows
    .filter((r) => r.status !== "same")
    .map(({ row, urn, metric, period, value, status, errors, schoolName, metricLabel, before, after }) => ({ row, urn, metric, period, value, status, errors, schoolName, metricLabel, before, after }));
  return { fileName, csv, rows: candidates.length, errors: result.errors, changes: result.changes, unchanged: result.unchanged, shown, checkedMs: Math.round(performance.now() - started) };
}

/** The template: the header, then one example row per metric that may be imported, for the first school it applies to. */
export async function importTemplate(viewer: Viewer): Promise<string[][]> {
  assertPermission(viewer, "metric:edit");
  const ctx = await loadCheckContext(db(), viewer.trustId, []);
  const term = currentTerm();
  const rows: string[][] = [[...TEMPLATE_HEADER]];
  for (const m of ctx.metrics) {
    if (m.source === "COMPUTED") continue;
    const school = ctx.schools.find((s) => !m.phases.length || m.phases.includes(s.phase));
    if (!school) continue;
    const year = term.label.slice(0, 7);
    rows.push([String(school.urn), m.key, m.periodKind === "TERM" ? term.label : year, m.minValue !== null && m.minValue > 0 ? String(m.minValue) : "0"]);
  }
  return rows;
}
