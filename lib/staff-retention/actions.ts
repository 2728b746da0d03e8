"use server";
// The exit survey's form: whoever holds a live link answers as nobody in particular, once.
import { submit } from "@/lib/commands/submit";
import type { FormState } from "@/lib/forms/result";
import { answerExitSurvey } from "./commands";
import { routes } from "@/lib/routes";
import { EXIT_LINK_GONE } from "./labels";
import { exitSurveyViewer } from "./exit/queries";

export async function answerExitSurveyAction(_: FormState, form: FormData) {
  const token = form.get("token");
  const viewer = typeof token === "string" ? await exitSurveyViewer(token) : null;
  if (!viewer) return { ok: false as const, message: EXIT_LINK_GONE, fieldErrors: {} };
  return submit(answerExitSurvey, form, { viewer: async () => viewer, redirect: () => ({ to: routes.exitSurveyDone(), flash: "" }) });
}
