// The staff survey forms, declared once for the browser's check and the command's. Answers are checked
// against the survey's own questions (checkAnswers), which the static schema cannot know.
import { z } from "zod";
import { dayField, idField, optionalText, requiredText } from "@/lib/validation/fields";
import { bankQuestion, valueRange } from "./bank";
import { fieldName, type Question } from "./fields";

export { fieldName, type Question };

const id = idField("Choose a valid record.");
const keys = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()));

export const buildSurveySchema = z
  .object({
    /** Empty: every school of the trust. */
    schoolId: z.union([z.literal(""), idField("Choose a school.")]).optional().transform((v) => v || null),
    title: requiredText("Enter the survey's title.", "The title", 200),
    opensOn: dayField("opening date"),
    closesOn: dayField("closing date"),
    "questions[]": keys,
  })
  .superRefine((v, ctx) => {
    const chosen = v["questions[]"];
    if (chosen.length === 0) ctx.addIssue({ code: "custom", path: ["questions[]"], message: "Choose at least one question." });
    else if (chosen.some((k) => !bankQuestion(k))) ctx.addIssue({ code: "custom", path: ["questions[]"], message: "Choose questions from the bank." });
    else if (chosen.filter((k) => bankQuestion(k)!.kind === "TEXT").length > 1) ctx.addIssue({ code: "custom", path: ["questions[]"], message: "A survey asks at most one free-text question." });
    if (v.closesOn < v.opensOn) ctx.addIssue({ code: "custom", path: ["closesOn"], message: "The closing date must be on or after the opening date." });
  });

export const answerSchema = z.object({ surveyId: id }).catchall(z.unknown());

export const actionSchema = z.object({
  surveyId: id,
  /** Empty: the trust's action (trust-wide surveys, the trust admin). */
  schoolId: z.union([z.literal(""), idField("Choose a school.")]).optional().transform((v) => v || null),
  questionKey: z.string().optional().transform((v) => v || null).refine((v) => v === null || Boolean(bankQuestion(v)), "Choose a question of the survey."),
  youSaid: requiredText("Say what staff said.", "What staff said", 1000),
  weDid: requiredText("Say what was done about it.", "What was done", 2000),
});

export type Answer = { questionKey: string; value: number | null; text: string | null };


const textAnswer = optionalText("Your comment", 2000);

/** The answers to a survey's questions from the submitted fields, or an error per field left wrong. */
export function checkAnswers(questions: Question[], raw: Record<string, unknown>): { answers: Answer[]; errors: Record<string, string[]> } {
  const answers: Answer[] = [];
  const errors: Record<string, string[]> = {};
  for (const q of questions) {
    const name = fieldName(q);
    const value = raw[name];
    if (q.kind === "TEXT") {
      const parsed = textAnswer.safeParse(typeof value === "string" ? value : "");
      if (!parsed.success) errors[name] = [parsed.error.issues[0]!.message];
      else if (parsed.data) answers.push({ questionKey: q.key, value: null, text: parsed.data });
      continue;
    }
    const range = valueRange(q.kind)!;
    if (q.kind === "TASKS") {
      const ticked = (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(Number);
      if (ticked.some((n) => !Number.isInteger(n) || n < range.min || n > range.max)) errors[name] = ["Tick tasks from the list."];
      else for (const n of new Set(ticked)) answers.push({ questionKey: q.key, value: n, text: null });
      continue;
    }
    const text = typeof value === "string" ? value.trim() : "";
    const n = Number(text);
    if (!text) errors[name] = [q.kind === "HOURS" ? "Enter the hours you worked last week." : "Choose an answer."];
    else if (!Number.isInteger(n) || n < range.min || n > range.max) {
      errors[name] = [q.kind === "HOURS" ? `Enter whole hours from ${range.min} to ${range.max}.` : "Choose one of the answers."];
    } else answers.push({ questionKey: q.key, value: n, text: null });
  }
  return { answers, errors };
}
