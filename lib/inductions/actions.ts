"use server";
// ECT induction forms' server actions (lib/commands/submit.ts runs each command).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { correctReview, recordFinalAssessment, recordReview, startInduction, updateInduction } from "./commands";
import { routes } from "@/lib/routes";

export async function startInductionAction(_: FormState, form: FormData) {
  return submit(startInduction, form, { redirect: (data) => routes.induction(data.id) });
}
export async function updateInductionAction(_: FormState, form: FormData) {
  return submit(updateInduction, form, { redirect: (data) => routes.induction(data.id) });
}
export async function recordReviewAction(_: FormState, form: FormData) {
  return submit(recordReview, form, { redirect: (data) => routes.induction(data.id) });
}
export async function recordFinalAssessmentAction(_: FormState, form: FormData) {
  return submit(recordFinalAssessment, form, { redirect: (data) => routes.induction(data.id) });
}
export async function correctReviewAction(_: FormState, form: FormData) {
  return submit(correctReview, form, { redirect: (data) => routes.induction(data.id) });
}
