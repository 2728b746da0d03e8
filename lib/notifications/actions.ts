"use server";
// The notifications pages' forms: each runs its command for the signed-in viewer.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { markAllRead, markRead, savePreferences } from "./commands";

export async function markReadAction(_: FormState, form: FormData) {
  return submit(markRead, form);
}
export async function markAllReadAction(_: FormState, form: FormData) {
  return submit(markAllRead, form);
}
export async function savePreferencesAction(_: FormState, form: FormData) {
  return submit(savePreferences, form);
}
