// Words of the CSI slice, shared by pages, the seed and tests.
import type { AreaApplies, CriticalFriendKind, CsiLevelKind, ReviewActionStatus, ReviewKind, ReviewStatus, SupportAgreementStatus } from "@/lib/db/generated/enums";

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

/** Ofsted's 2025 report card: the evaluation areas (with where they apply) and the grade scale, best first. */
export const OFSTED_2025 = {
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
  ] as { code: string; name: string; appliesTo: AreaApplies }[],
  grades: [
    { code: "exceptional", label: "Exceptional" },
    { code: "strong_standard", label: "Strong standard" },
    { code: "expected_standard", label: "Expected standard" },
    { code: "needs_attention", label: "Needs attention" },
    { code: "urgent_improvement", label: "Urgent improvement" },
  ],
};

/** The legacy 4-grade scale: kept apart, never averaged with the report card's grades. */
export const OFSTED_LEGACY = {
  code: "ofsted-legacy",
  name: "Ofsted 4-grade (before 2025)",
  areas: [{ code: "overall_effectiveness", name: "Overall effectiveness", appliesTo: "ALL" }] as { code: string; name: string; appliesTo: AreaApplies }[],
  grades: [
    { code: "outstanding", label: "Outstanding" },
    { code: "good", label: "Good" },
    { code: "requires_improvement", label: "Requires improvement" },
    { code: "inadequate", label: "Inadequate" },
  ],
};

