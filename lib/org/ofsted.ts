import "server-only";
// A school's own Ofsted outcome: the legacy overall grade, or the 2025 report card (a grade per evaluation
// area), in the words of the frameworks' reference data (lib/reference/ofsted.ts).
import { z } from "zod";
import { areaName, gradeLabel, OFSTED_2025, OFSTED_LEGACY, REPORT_CARD_ORDER } from "@/lib/reference/ofsted";

const grade = z.enum(OFSTED_2025.grades.map((g) => g.code) as [string, ...string[]]);

/** A school's report card as stored on the school: a grade per area (early years and sixth form where it has them) and safeguarding. */
export const reportCardSchema = z
  .object({
    ...Object.fromEntries(OFSTED_2025.areas.map((a) => [a.code, a.appliesTo === "ALL" ? grade : grade.optional()])),
    safeguarding: z.enum(["met", "not_met"]),
  })
  .strict();

export type ReportCard = z.infer<typeof reportCardSchema>;

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
    return { kind: "grade", label: gradeLabel(OFSTED_LEGACY, school.ofstedGrade), inspectedOn: school.ofstedInspectedOn };
  }
  if (school.ofstedFramework === "REPORT_CARD") {
    const card = reportCardSchema.safeParse(school.ofstedReportCard);
    if (card.success) {
      const graded = card.data as Record<string, string | undefined>;
      const areas = REPORT_CARD_ORDER.flatMap((code) => {
        const grade = graded[code];
        return grade ? [{ area: areaName(OFSTED_2025, code), grade: gradeLabel(OFSTED_2025, grade) }] : [];
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
