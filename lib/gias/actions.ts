"use server";
// The imports pages' server actions (the upload itself is app/api/admin/gias/route.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { applyGiasImport, discardImport, setGiasUid } from "./commands";
import { routes } from "@/lib/routes";

export async function setGiasUidAction(_: FormState, form: FormData) {
  return submit(setGiasUid, form);
}
export async function applyGiasImportAction(_: FormState, form: FormData) {
  return submit(applyGiasImport, form, { redirect: () => routes.adminImports() });
}
export async function discardImportAction(_: FormState, form: FormData) {
  return submit(discardImport, form, { redirect: () => routes.adminImports() });
}
