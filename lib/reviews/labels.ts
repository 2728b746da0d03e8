// Words of the CSI slice, shared by pages, the seed and tests.
import type { CriticalFriendKind, CsiLevelKind, ReviewActionStatus, ReviewKind, ReviewStatus, SupportAgreementStatus } from "@/lib/db/generated/enums";

export const REVIEW_KIND_LABEL: Record<ReviewKind, string> = {
  HEAD_PEER_REVIEW: "Head peer review",
  TRUST_QUALITY_ASSURANCE: "Trust quality assurance",
  CRITICAL_FRIEND_VISIT: "Critical-friend visit",
  EXTERNAL_REVIEW: "External review",
};
export const REVIEW_STATUS_LABEL: Record<ReviewStatus, string> = { DRAFT: "Draft", SUBMITTED: "Submitted", PUBLISHED: "Published" };

export const CSI_LEVEL_LABEL: Record<CsiLevelKind, string> = { CHALLENGE: "Challenge", SUPPORT: "Support", INTERVENTION: "Intervention" };

export const ACTION_STATUS_LABEL: Record<ReviewActionStatus, string> = { OPEN: "Open", IN_PROGRESS: "In progress", DONE: "Done" };

export const FRIEND_KIND_LABEL: Record<CriticalFriendKind, string> = {
  HEADTEACHER: "Another school's head",
  TRUST_ADVISER: "Trust adviser",
  EXTERNAL_PARTNER: "External partner",
};
export const AGREEMENT_STATUS_LABEL: Record<SupportAgreementStatus, string> = { PROPOSED: "Proposed", ACTIVE: "Active", COMPLETED: "Completed", ENDED_EARLY: "Ended early" };
/** The ways an agreement is closed, for the closing form. */
export const AGREEMENT_CLOSE_LABEL = { COMPLETED: "Completed: the support ran its course", ENDED_EARLY: "Ended early" } as const;

