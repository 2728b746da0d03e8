"use server";
// The dead-letter page's buttons (/admin/jobs): each runs its command for the signed-in viewer.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { discardJob, retryJob } from "./failed";

export async function retryJobAction(_: FormState, form: FormData) {
  return submit(retryJob, form);
}
export async function discardJobAction(_: FormState, form: FormData) {
  return submit(discardJob, form);
}
