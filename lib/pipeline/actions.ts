"use server";
// The leadership pipeline's server actions: each runs its command (lib/commands/submit.ts).
import * as npq from "@/lib/cpd/npq/commands";
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as pipeline from "./commands";

type State = FormState;

export async function saveNpqAction(_: State, form: FormData) {
  return submit(npq.saveNpq, form, { redirect: () => routes.development() });
}
export async function verifyQualificationAction(_: State, form: FormData) {
  return submit(npq.verifyQualification, form);
}
export async function saveAspirationAction(_: State, form: FormData) {
  return submit(pipeline.saveAspiration, form);
}
export async function withdrawAspirationAction(_: State, form: FormData) {
  return submit(pipeline.withdrawAspiration, form);
}
export async function endorseAspirationAction(_: State, form: FormData) {
  return submit(pipeline.endorseAspiration, form);
}
export async function savePostAction(_: State, form: FormData) {
  return submit(pipeline.savePost, form);
}
export async function addSuccessorAction(_: State, form: FormData) {
  return submit(pipeline.addSuccessor, form);
}
export async function removeSuccessorAction(_: State, form: FormData) {
  return submit(pipeline.removeSuccessor, form);
}
