"use server";
// The staff survey's server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as voice from "./commands";

type State = FormState;

export async function buildSurveyAction(_: State, form: FormData) {
  return submit(voice.buildSurvey, form, { redirect: () => routes.surveyResultsList() });
}
export async function answerSurveyAction(_: State, form: FormData) {
  return submit(voice.answerSurvey, form, { redirect: () => routes.staffSurveys() });
}
export async function recordActionAction(_: State, form: FormData) {
  return submit(voice.recordAction, form);
}
