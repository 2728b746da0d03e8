// The exit survey's questions (issue 20 §3): what most influenced the decision to leave (up to three
// factors), five statements on the staff survey's 5-point scale, the Net Promoter question about the
// trust, and one optional comment. Pure: the answer form, the command and the seed share it.
import { z } from "zod";
import { checkAnswers, type Answer } from "@/lib/voice/schema";
import { EXIT_QUESTIONS, FACTORS, FACTORS_FIELD, FACTORS_KEY, FACTORS_TEXT, MAX_FACTORS } from "./exit-questions";

export { EXIT_QUESTIONS, FACTORS, FACTORS_FIELD, FACTORS_KEY, FACTORS_TEXT, MAX_FACTORS };

export const exitAnswerSchema = z.object({ token: z.string().min(20).max(100) }).catchall(z.unknown());

/** The answers from the submitted fields, or an error per field left wrong. */
export function checkExitAnswers(raw: Record<string, unknown>): { answers: Answer[]; errors: Record<string, string[]> } {
  const { answers, errors } = checkAnswers(EXIT_QUESTIONS, raw);
  const value = raw[FACTORS_FIELD];
  const ticked = [...new Set((Array.isArray(value) ? value : value === undefined ? [] : [value]).map(Number))];
  if (ticked.some((n) => !Number.isInteger(n) || n < 0 || n >= FACTORS.length)) errors[FACTORS_FIELD] = ["Tick reasons from the list."];
  else if (ticked.length === 0) errors[FACTORS_FIELD] = ["Tick at least one reason."];
  else if (ticked.length > MAX_FACTORS) errors[FACTORS_FIELD] = [`Tick at most ${MAX_FACTORS} reasons.`];
  else for (const n of ticked) answers.push({ questionKey: FACTORS_KEY, value: n, text: null });
  return { answers, errors };
}
