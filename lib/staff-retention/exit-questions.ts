// The exit survey's questions (issue 20 §3), zod-free so the answer form can list them without loading
// the schema (issue 22); lib/staff-retention/exit-survey.ts re-exports them beside the checks.
import type { Question } from "@/lib/voice/fields";

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
