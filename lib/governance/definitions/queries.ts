import "server-only";
// The metric definitions as the trust admin edits them (issue 15 §4): the list and one definition.
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { isId } from "@/lib/validation/fields";

const num = (d: { toString(): string } | null) => (d === null ? null : Number(d.toString()));
const SELECT = { id: true, key: true, label: true, unit: true, decimals: true, direction: true, greenAt: true, redAt: true, periodKind: true, source: true, description: true } as const;

export async function definitionList(viewer: Viewer) {
  requirePermission(viewer, "metric:define");
  const rows = await db().metricDefinition.findMany({ where: { trustId: viewer.trustId }, orderBy: [{ position: "asc" }, { label: "asc" }], select: SELECT });
  return rows.map((m) => ({ ...m, greenAt: num(m.greenAt), redAt: num(m.redAt) }));
}

export async function definitionToEdit(viewer: Viewer, id: string) {
  requirePermission(viewer, "metric:define");
  if (!isId(id)) notFound();
  const m = await db().metricDefinition.findFirst({ where: { id, trustId: viewer.trustId }, select: SELECT });
  if (!m) notFound();
  return { ...m, greenAt: num(m.greenAt), redAt: num(m.redAt) };
}
