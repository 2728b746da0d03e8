// Words for the induction's enums and statuses, shared by pages, forms and the rules' reasons.
import type { InductionOutcome, InductionReviewKind } from "@/lib/db/generated/enums";

export const KIND_LABEL: Record<InductionReviewKind, string> = { PROGRESS_REVIEW: "Progress review", FORMAL_ASSESSMENT: "Formal assessment" };

export const OUTCOME_LABEL: Record<InductionOutcome, string> = {
  ON_TRACK: "On track",
  NOT_ON_TRACK: "Not on track",
  SATISFACTORY: "Satisfactory",
  UNSATISFACTORY: "Unsatisfactory",
};

export type InductionStatus = "NOT_STARTED" | "ON_TRACK" | "BEHIND" | "PASSED" | "FAILED";

export const STATUS_LABEL: Record<InductionStatus, string> = {
  BEHIND: "Behind",
  NOT_STARTED: "Not started yet",
  ON_TRACK: "In progress",
  PASSED: "Completed: satisfactory",
  FAILED: "Completed: unsatisfactory",
};

/** The status filter of the school's list, in the order it offers them. */
export const STATUS_FILTERS = ["BEHIND", "ON_TRACK", "NOT_STARTED", "PASSED", "FAILED"] as const satisfies InductionStatus[];
