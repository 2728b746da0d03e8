"use server";
// Staff record forms' server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { createStaff, recordLeaver, updateStaff } from "./commands";
import { routes } from "@/lib/routes";

export async function createStaffAction(_: FormState, form: FormData) {
  return submit(createStaff, form, { redirect: (data) => routes.person(data.id) });
}
export async function updateStaffAction(_: FormState, form: FormData) {
  return submit(updateStaff, form, { redirect: (data) => routes.person(data.id) });
}
export async function recordLeaverAction(_: FormState, form: FormData) {
  return submit(recordLeaver, form, { redirect: (data) => routes.person(data.id) });
}
