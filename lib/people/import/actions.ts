"use server";
// The staff import's server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { applyStaffImport, discardStaffImport, previewStaffImport, uploadStaffImport } from "./commands";
import { routes } from "@/lib/routes";

export async function uploadStaffImportAction(_: FormState, form: FormData) {
  return submit(uploadStaffImport, form, { redirect: (data) => routes.staffImport(data.id) });
}
export async function previewStaffImportAction(_: FormState, form: FormData) {
  return submit(previewStaffImport, form, { redirect: (data) => routes.staffImport(data.id) });
}
export async function applyStaffImportAction(_: FormState, form: FormData) {
  return submit(applyStaffImport, form, { redirect: (data) => routes.staffImport(data.id) });
}
export async function discardStaffImportAction(_: FormState, form: FormData) {
  return submit(discardStaffImport, form, { redirect: () => routes.staffImports() });
}
