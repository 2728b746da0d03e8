// Words for the survey's groups, as filters and breakdowns show them.
import type { Dimension } from "./anonymity";

export const DIMENSION_VALUES: Record<Exclude<Dimension, "school">, Record<string, string>> = {
  phase: { NURSERY: "Nursery", PRIMARY: "Primary", SECONDARY: "Secondary", ALL_THROUGH: "All-through", SPECIAL: "Special", ALTERNATIVE_PROVISION: "Alternative provision" },
  category: { TEACHER: "Teachers", SUPPORT: "Support staff", LEADERSHIP: "Leadership" },
  stage: { EARLY: "Early career (ECTs and first years)", ESTABLISHED: "Established", LEADER: "Middle and senior leaders" },
};

export const DIMENSION_LABEL: Record<Dimension, string> = { school: "School", phase: "Phase", category: "Staff category", stage: "Career stage" };

export const NOT_ENOUGH = "Not enough answers yet";
