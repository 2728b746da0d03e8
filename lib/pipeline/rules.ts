// The trust's expectations of its leaders (seed 002: "NPQH and Masters for leaders"), as plain data
// the queries and the seed share.
import type { CareerStage, KeyPost, QualificationKind, QualificationStatus } from "@/lib/db/generated/enums";

/** Who is expected to hold or be studying a leadership qualification. */
export const EXPECTED_STAGES: readonly CareerStage[] = ["HEADTEACHER", "SENIOR_LEADER"];
/** What meets the expectation: NPQH or NPQSL (or the executive NPQ beyond them), or a Masters. */
export const MEETS_EXPECTATION: readonly QualificationKind[] = ["NPQ_HEADSHIP", "NPQ_SENIOR_LEADERSHIP", "NPQ_EXECUTIVE_LEADERSHIP", "MASTERS"];
/** Completed, or in progress: applied, withdrawn and not passed do not count. */
export const COUNTING_STATUSES: readonly QualificationStatus[] = ["IN_PROGRESS", "COMPLETED"];

export const KEY_POSTS: readonly KeyPost[] = ["HEADTEACHER", "DEPUTY_HEAD", "SENCO", "DESIGNATED_SAFEGUARDING_LEAD", "BUSINESS_MANAGER", "HEAD_OF_ENGLISH", "HEAD_OF_MATHEMATICS"];
