// A survey question's form field, zod-free so the answer forms can name their fields without loading
// the schemas (issue 22: zod leaves the first load); lib/voice/schema.ts re-exports both.
import type { SurveyQuestionKind } from "@/lib/db/generated/enums";

export type Question = { key: string; kind: SurveyQuestionKind };

/** The form field of a question's answer (a task list is a group of checkboxes). */
export const fieldName = (q: Question) => `q-${q.key.replaceAll(".", "-")}${q.kind === "TASKS" ? "[]" : ""}`;
