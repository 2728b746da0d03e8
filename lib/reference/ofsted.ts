// Ofsted's frameworks as reference data: the 2025 report card and the legacy 4-grade scale. Plain data
// (no database, no server-only), read by the seed (each trust's EvaluationFramework rows, lib/reviews)
// and by a school's own inspection outcome (lib/org/ofsted.ts), so both use the same words.
import type { AreaApplies } from "@/lib/db/generated/enums";

export type FrameworkDefinition = {
  code: string;
  name: string;
  /** In the order reviews list them (the seed writes it as each area's position). */
  areas: { code: string; name: string; appliesTo: AreaApplies }[];
  /** Best first. */
  grades: { code: string; label: string }[];
};

/** Ofsted's 2025 report card: the evaluation areas (with where they apply) and the grade scale, best first. */
export const OFSTED_2025: FrameworkDefinition = {
  code: "ofsted-2025",
  name: "Ofsted report card (2025)",
  areas: [
    { code: "inclusion", name: "Inclusion", appliesTo: "ALL" },
    { code: "curriculum_and_teaching", name: "Curriculum and teaching", appliesTo: "ALL" },
    { code: "achievement", name: "Achievement", appliesTo: "ALL" },
    { code: "attendance_and_behaviour", name: "Attendance and behaviour", appliesTo: "ALL" },
    { code: "personal_development_and_wellbeing", name: "Personal development and well-being", appliesTo: "ALL" },
    { code: "leadership_and_governance", name: "Leadership and governance", appliesTo: "ALL" },
    { code: "early_years", name: "Early years", appliesTo: "EARLY_YEARS" },
    { code: "sixth_form", name: "Sixth form", appliesTo: "SIXTH_FORM" },
  ],
  grades: [
    { code: "exceptional", label: "Exceptional" },
    { code: "strong_standard", label: "Strong standard" },
    { code: "expected_standard", label: "Expected standard" },
    { code: "needs_attention", label: "Needs attention" },
    { code: "urgent_improvement", label: "Urgent improvement" },
  ],
};

/** The legacy 4-grade scale: kept apart, never averaged with the report card's grades. */
export const OFSTED_LEGACY: FrameworkDefinition = {
  code: "ofsted-legacy",
  name: "Ofsted 4-grade (before 2025)",
  areas: [{ code: "overall_effectiveness", name: "Overall effectiveness", appliesTo: "ALL" }],
  grades: [
    { code: "outstanding", label: "Outstanding" },
    { code: "good", label: "Good" },
    { code: "requires_improvement", label: "Requires improvement" },
    { code: "inadequate", label: "Inadequate" },
  ],
};

/** The order a published report card prints its areas: the areas only some schools have come before leadership. */
export const REPORT_CARD_ORDER = [
  "inclusion", "curriculum_and_teaching", "achievement", "attendance_and_behaviour", "personal_development_and_wellbeing",
  "early_years", "sixth_form", "leadership_and_governance",
] as const;

/** A framework's words for an area or grade code (the code itself when it has none). */
export const areaName = (framework: FrameworkDefinition, code: string) => framework.areas.find((a) => a.code === code)?.name ?? code;
export const gradeLabel = (framework: FrameworkDefinition, code: string) => framework.grades.find((g) => g.code === code.toLowerCase())?.label ?? code;
