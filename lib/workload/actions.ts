"use server";
// The workload forms' server actions: each runs its command (lib/commands/submit.ts).
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { routes } from "@/lib/routes";
import * as workload from "./commands";

type State = FormState;

export async function proposeDemandAction(_: State, form: FormData) {
  return submit(workload.proposeDemand, form);
}
export async function decideDemandAction(_: State, form: FormData) {
  return submit(workload.decideDemand, form);
}
export async function answerCheckAction(_: State, form: FormData) {
  return submit(workload.answerCheck, form, { redirect: () => routes.staffSurveys() });
}
