// The question bank surveys are built from: the DfE Education Staff Wellbeing Charter's themes (wellbeing,
// workload, leadership that listens, development), the workload toolkit's "which tasks take time that adds
// little", hours worked, and the employee Net Promoter question. A survey copies its questions when built.
// Not `server-only`: the build form lists the bank.
import type { SurveyQuestionKind } from "@/lib/db/generated/enums";

export type BankQuestion = { key: string; theme: Theme; kind: SurveyQuestionKind; text: string };
export type Theme = "Wellbeing" | "Workload" | "Leadership support" | "Development" | "Engagement" | "Your comments";

export const BANK: BankQuestion[] = [
  { key: "wellbeing.valued", theme: "Wellbeing", kind: "SCALE", text: "I feel valued and recognised for the work I do." },
  { key: "wellbeing.balance", theme: "Wellbeing", kind: "SCALE", text: "I can keep a reasonable balance between work and home." },
  { key: "wellbeing.talk", theme: "Wellbeing", kind: "SCALE", text: "If my wellbeing suffered, I know who I could talk to at work." },
  { key: "wellbeing.environment", theme: "Wellbeing", kind: "SCALE", text: "The working environment here supports my wellbeing." },
  { key: "workload.manageable", theme: "Workload", kind: "SCALE", text: "My workload is manageable." },
  { key: "workload.core", theme: "Workload", kind: "SCALE", text: "Most of my time goes on work relevant to my core purpose." },
  { key: "workload.hours", theme: "Workload", kind: "HOURS", text: "About how many hours did you work last week, in total?" },
  { key: "workload.tasks", theme: "Workload", kind: "TASKS", text: "Which of these take time that adds little for pupils?" },
  { key: "leadership.support", theme: "Leadership support", kind: "SCALE", text: "Leaders support me to do my job well." },
  { key: "leadership.listen", theme: "Leadership support", kind: "SCALE", text: "Leaders listen to staff and act on what they hear." },
  { key: "leadership.demands", theme: "Leadership support", kind: "SCALE", text: "Leaders question new demands before asking them of staff." },
  { key: "development.opportunities", theme: "Development", kind: "SCALE", text: "I have good opportunities for professional development." },
  { key: "development.relevant", theme: "Development", kind: "SCALE", text: "My professional development helps me in my day-to-day work." },
  { key: "engagement.enps", theme: "Engagement", kind: "ENPS", text: "How likely are you to recommend this school as a place to work?" },
  { key: "comment", theme: "Your comments", kind: "TEXT", text: "Is there anything else you would like leaders to know?" },
];

/** The tasks of the workload question, by index (stored as the answer's value). */
export const TASKS = ["Marking and feedback", "Data entry and data drops", "Lesson planning paperwork", "Emails", "Meetings", "Report writing", "Behaviour and incident logging", "Cover and duties"];

export const SCALE_LABELS = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

export const bankQuestion = (key: string) => BANK.find((q) => q.key === key);

/** The questions every new survey starts with ticked: a two-minute survey. */
export const DEFAULT_KEYS = ["wellbeing.valued", "wellbeing.balance", "workload.manageable", "workload.hours", "workload.tasks", "leadership.support", "development.opportunities", "engagement.enps", "comment"];

/** The range of a question's value; TEXT has none. */
export function valueRange(kind: SurveyQuestionKind): { min: number; max: number } | null {
  switch (kind) {
    case "SCALE":
      return { min: 1, max: 5 };
    case "ENPS":
      return { min: 0, max: 10 };
    case "HOURS":
      return { min: 0, max: 100 };
    case "TASKS":
      return { min: 0, max: TASKS.length - 1 };
    case "TEXT":
      return null;
  }
}
