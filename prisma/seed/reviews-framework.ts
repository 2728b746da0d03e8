// The evaluation frameworks as reference data: Ofsted's 2025 report card (current) and the legacy
// 4-grade scale, kept apart. Used by the seed and by tests that need a trust's framework.
import type { Db, Tx } from "../../lib/db/client";
import { OFSTED_2025, OFSTED_LEGACY } from "../../lib/reference/ofsted";
import { insertRows } from "./insert";
import type { Rng } from "./random";

type FrameworkRows = {
  frameworks: { id: string; trustId: string; code: string; name: string; isLegacy: boolean }[];
  areas: { id: string; trustId: string; frameworkId: string; code: string; name: string; position: number; appliesTo: string }[];
  grades: { id: string; trustId: string; frameworkId: string; code: string; label: string; rank: number }[];
};

export function buildFrameworks(rng: Rng, trustId: string): FrameworkRows {
  const out: FrameworkRows = { frameworks: [], areas: [], grades: [] };
  for (const [def, isLegacy] of [[OFSTED_2025, false], [OFSTED_LEGACY, true]] as const) {
    const frameworkId = rng.uuid();
    out.frameworks.push({ id: frameworkId, trustId, code: def.code, name: def.name, isLegacy });
    def.areas.forEach((a, i) => out.areas.push({ id: rng.uuid(), trustId, frameworkId, code: a.code, name: a.name, position: i + 1, appliesTo: a.appliesTo }));
    def.grades.forEach((g, i) => out.grades.push({ id: rng.uuid(), trustId, frameworkId, code: g.code, label: g.label, rank: i + 1 }));
  }
  return out;
}

export async function insertFrameworks(db: Db | Tx, rows: FrameworkRows) {
  await insertRows(db, "EvaluationFramework", rows.frameworks);
  await insertRows(db, "EvaluationArea", rows.areas);
  await insertRows(db, "EvaluationGrade", rows.grades);
}
