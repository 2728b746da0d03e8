// Words of the performance development slice, shared by pages, the seed and tests.
import type { AppraisalReviewKind, ObjectiveProgress, PayOutcome } from "@/lib/db/generated/enums";

export const REVIEW_KIND_LABEL: Record<AppraisalReviewKind, string> = { MID_YEAR: "Mid-year review", END_OF_YEAR: "End-of-year review" };
/** The kinds as they read in a path: /performance/plans/<id>/reviews/mid-year. */
export const REVIEW_KIND_SLUG: Record<AppraisalReviewKind, string> = { MID_YEAR: "mid-year", END_OF_YEAR: "end-of-year" };

export const PROGRESS_LABEL: Record<ObjectiveProgress, string> = {
  NOT_STARTED: "Not started",
  ON_TRACK: "On track",
  BEHIND: "Behind",
  ACHIEVED: "Achieved",
  NOT_ACHIEVED: "Not achieved",
};

export const PAY_LABEL: Record<PayOutcome, string> = { RECOMMENDED: "Pay progression recommended", NOT_RECOMMENDED: "Not recommended", NOT_APPLICABLE: "Not applicable" };

/** The structured conversation the 2024 guidance asks every review to have. */
export const CONVERSATION = [
  { name: "workload", label: "Workload", hint: "Is the workload manageable? What could be taken away?" },
  { name: "wellbeing", label: "Wellbeing", hint: "How are you? What support would help?" },
  { name: "flexibleWorking", label: "Flexible working", hint: "Any request or change to working pattern discussed." },
  { name: "careerAspirations", label: "Career aspirations", hint: "Where the reviewee wants to go next, and what would help them get there." },
] as const;
