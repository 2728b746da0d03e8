"use server";
// The exports' server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as privacy from "./commands";

export async function requestSubjectAccessAction(_: FormState, form: FormData) {
  return submit(privacy.requestSubjectAccess, form, { redirect: (data) => routes.adminExport(data.id) });
}
export async function requestOwnExportAction(_: FormState, form: FormData) {
  return submit(privacy.requestOwnExport, form);
}
