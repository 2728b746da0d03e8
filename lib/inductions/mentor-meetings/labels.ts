// The eight areas of the Initial Teacher Training and Early Career Framework (DfE, 2024), in the
// framework's order, with the words people read: shared by the form, the log and the coverage table.
import type { FrameworkArea } from "@/lib/db/generated/enums";

export const AREA_LABEL: Record<FrameworkArea, string> = {
  HIGH_EXPECTATIONS: "High expectations",
  HOW_PUPILS_LEARN: "How pupils learn",
  SUBJECT_AND_CURRICULUM: "Subject and curriculum",
  CLASSROOM_PRACTICE: "Classroom practice",
  ADAPTIVE_TEACHING: "Adaptive teaching",
  ASSESSMENT: "Assessment",
  MANAGING_BEHAVIOUR: "Managing behaviour",
  PROFESSIONAL_BEHAVIOURS: "Professional behaviours",
};

export const AREAS = Object.keys(AREA_LABEL) as FrameworkArea[];

/** The areas of one meeting in the framework's order, as words: "Classroom practice, Assessment". */
export const areaList = (areas: readonly FrameworkArea[]) => AREAS.filter((a) => areas.includes(a)).map((a) => AREA_LABEL[a]).join(", ");
