import "server-only";
// Ofsted outcomes: the legacy overall grade, or the 2025 report card (a grade per evaluation area).
import { z } from "zod";

export const REPORT_CARD_GRADES = ["exceptional", "strong_standard", "expected_standard", "needs_attention", "urgent_improvement"] as const;

export const REPORT_CARD_AREAS = {
  inclusion: "Inclusion",
  curriculum_and_teaching: "Curriculum and teaching",
  achievement: "Achievement",
  attendance_and_behaviour: "Attendance and behaviour",
  personal_development_and_wellbeing: "Personal development and well-being",
  early_years: "Early years",
  sixth_form: "Sixth form",
  leadership_and_governance: "Leadership and governance",
} as const;

const grade = z.enum(REPORT_CARD_GRADES);

export const reportCardSchema = z
  .object({
    inclusion: grade,
    curriculum_and_teaching: grade,
    achievement: grade,
    attendance_and_behaviour: grade,
    personal_development_and_wellbeing: grade,
    early_years: grade.optional(),
    sixth_form: grade.optional(),
    leadership_and_governance: grade,
    safeguarding: z.enum(["met", "not_met"]),
  })
  .strict();

export type ReportCard = z.infer<typeof reportCardSchema>;

export const gradeLabel = (g: string) => g.replaceAll("_", " ").replace(/^./, (c) => c.toUpperCase());

const FOUR_GRADE_LABELS: Record<string, string> = {
  OUTSTANDING: "Outstanding",
  GOOD: "Good",
  REQUIRES_IMPROVEMENT: "Requires improvement",
  INADEQUATE: "Inadequate",
};

export type OfstedOutcome =
  | { kind: "none" }
  | { kind: "grade"; label: string; inspectedOn: Date | null }
  | { kind: "reportCard"; areas: { area: string; grade: string }[]; safeguarding: string; inspectedOn: Date | null };

export function ofstedOutcome(school: {
  ofstedFramework: string | null;
  ofstedGrade: string | null;
  ofstedReportCard: unknown;
  ofstedInspectedOn: Date | null;
}): OfstedOutcome {
  if (school.ofstedFramework === "FOUR_GRADE" && school.ofstedGrade) {
    return { kind: "grade", label: FOUR_GRADE_LABELS[school.ofstedGrade] ?? school.ofstedGrade, inspectedOn: school.ofstedInspectedOn };
  }
  if (school.ofstedFramework === "REPORT_CARD") {
    const card = reportCardSchema.safeParse(school.ofstedReportCard);
    if (card.success) {
      const areas = Object.entries(REPORT_CARD_AREAS).flatMap(([key, area]) => {
        const grade = card.data[key as keyof typeof REPORT_CARD_AREAS];
        return grade ? [{ area, grade: gradeLabel(grade) }] : [];
      });
      return {
        kind: "reportCard",
        areas,
        safeguarding: card.data.safeguarding === "met" ? "Met" : "Not met",
        inspectedOn: school.ofstedInspectedOn,
      };
    }
  }
  return { kind: "none" };
}

/** One short phrase for tables. */
export function ofstedSummary(outcome: OfstedOutcome): string {
  if (outcome.kind === "grade") return outcome.label;
  if (outcome.kind === "reportCard") return "Report card (2025 framework)";
  return "Not yet inspected";
}
