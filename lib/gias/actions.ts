"use server";
// The imports pages' server actions (the upload itself is app/api/admin/gias/route.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { applyGiasImport, discardImport, setGiasUid } from "./commands";

export async function setGiasUidAction(_: FormState, form: FormData) {
  return submit(setGiasUid, form);
}
export async function applyGiasImportAction(_: FormState, form: FormData) {
  return submit(applyGiasImport, form, { redirect: () => "/admin/imports" });
}
export async function discardImportAction(_: FormState, form: FormData) {
  return submit(discardImport, form, { redirect: () => "/admin/imports" });
}
