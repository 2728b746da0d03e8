// The exit survey's questions (issue 20 §3): what most influenced the decision to leave (up to three
// factors), five statements on the staff survey's 5-point scale, the Net Promoter question about the
// trust, and one optional comment. Pure: the answer form, the command and the seed share it.
import { z } from "zod";
import { checkAnswers, type Answer, type Question } from "@/lib/voice/schema";

export const FACTORS = [
  "Workload",
  "Pay",
  "Leadership and management",
  "Pupil behaviour",
  "Lack of development or promotion",
  "Lack of flexible working",
  "Moving house",
  "Family or caring responsibilities",
  "Health",
  "Retirement",
  "Leaving education",
  "Something else",
] as const;
export const MAX_FACTORS = 3;

export const FACTORS_KEY = "exit.factors";
export const FACTORS_TEXT = "What most influenced your decision to leave? Tick up to three.";

/** The questions after the factors, in order: the staff survey's kinds, so its checks and figures apply. */
export const EXIT_QUESTIONS: (Question & { text: string })[] = [
  { key: "exit.valued", kind: "SCALE", text: "I felt valued and recognised for the work I did." },
  { key: "exit.workload", kind: "SCALE", text: "My workload was manageable." },
  { key: "exit.leadership", kind: "SCALE", text: "Leaders supported me to do my job well." },
  { key: "exit.development", kind: "SCALE", text: "I had good opportunities for professional development." },
  { key: "exit.return", kind: "SCALE", text: "I would consider working for the trust again." },
  { key: "exit.enps", kind: "ENPS", text: "How likely are you to recommend the trust as a place to work?" },
  { key: "exit.comment", kind: "TEXT", text: "Is there anything else you would like the trust to know? (optional)" },
];

export const FACTORS_FIELD = "factors[]";

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
