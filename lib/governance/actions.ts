"use server";
// Governance server actions: each runs its command (lib/commands/submit.ts). The import's preview is
// a read (./preview.ts), the confirmed import a command.
import { submit } from "@/lib/commands/submit";
import { requireViewer } from "@/lib/access/viewer";
import type { FormState } from "@/lib/forms/result";
import * as governance from "./commands";
import { updateDefinition } from "./definitions/commands";
import { previewImport, type Preview } from "./import/queries";
import { routes } from "@/lib/routes";

export type ImportPreviewState = { ok: true; preview: Preview } | { ok: false; message: string } | null;

type State = FormState;

export async function importMetricsAction(_: State, form: FormData) {
  return submit(governance.importMetrics, form, { redirect: () => routes.governance() });
}
export async function saveGridAction(_: State, form: FormData) {
  return submit(governance.saveGrid, form);
}
export async function refreshComputedAction(_: State, form: FormData) {
  return submit(governance.refreshComputed, form);
}
export async function recordVisitAction(_: State, form: FormData) {
  return submit(governance.recordVisit, form, { redirect: (data) => routes.governanceSchool(data.schoolId) });
}
export async function createExpectationAction(_: State, form: FormData) {
  return submit(governance.createExpectation, form);
}
export async function updateDefinitionAction(_: State, form: FormData) {
  return submit(updateDefinition, form, { redirect: () => routes.metrics() });
}
export async function recordTrainingAction(_: State, form: FormData) {
  return submit(governance.recordTraining, form, { redirect: () => routes.governorTraining() });
}

/** The import's first step: the file checked, nothing written (a read, so not a command). */
export async function previewImportAction(_: unknown, form: FormData): Promise<ImportPreviewState> {
  const viewer = await requireViewer();
  const file = form.get("file");
  const pasted = form.get("csv");
  if (file instanceof File && file.size > 0) {
    if (file.size > 5_000_000) return { ok: false, message: "The file is too large: split it (5 MB at most)." };
    return { ok: true, preview: await previewImport(viewer, file.name, await file.text()) };
  }
  if (typeof pasted === "string" && pasted.trim()) return { ok: true, preview: await previewImport(viewer, "pasted values", pasted) };
  return { ok: false, message: "Choose a CSV file." };
}
