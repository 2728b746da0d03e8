// The leadership pipeline's words, shared by the pages and the forms (browser-safe: no server code).
import type { AspirationRoute, KeyPost, NpqFunding, QualificationKind, QualificationStatus, Readiness } from "@/lib/db/generated/enums";

export const ROUTE_LABEL: Record<AspirationRoute, string> = {
  MIDDLE_LEADER: "Middle leader",
  SENIOR_LEADER: "Senior leader",
  DEPUTY_HEAD: "Deputy head",
  HEADTEACHER: "Headteacher",
  EXECUTIVE_LEADER: "Executive leader",
  LEAD_PRACTITIONER: "Lead practitioner (classroom route)",
  SPECIALIST_LEADER_OF_EDUCATION: "Specialist leader of education (classroom route)",
};

export const READINESS_LABEL: Record<Readiness, string> = {
  READY_NOW: "Ready now",
  ONE_TO_TWO_YEARS: "Ready in 1–2 years",
  THREE_PLUS_YEARS: "Ready in 3 or more years",
};

export const POST_LABEL: Record<KeyPost, string> = {
  HEADTEACHER: "Headteacher",
  DEPUTY_HEAD: "Deputy headteacher",
  SENCO: "SENCO",
  DESIGNATED_SAFEGUARDING_LEAD: "Designated safeguarding lead",
  BUSINESS_MANAGER: "School business manager",
  HEAD_OF_ENGLISH: "Head of English",
  HEAD_OF_MATHEMATICS: "Head of mathematics",
};

/** The NPQs, leadership first, then specialist, then the coaching offer for new heads. */
export const NPQ_KINDS = [
  "NPQ_SENIOR_LEADERSHIP", "NPQ_HEADSHIP", "NPQ_EXECUTIVE_LEADERSHIP", "NPQ_EARLY_YEARS_LEADERSHIP", "NPQ_SENCO",
  "NPQ_LEADING_TEACHING", "NPQ_LEADING_TEACHER_DEVELOPMENT", "NPQ_LEADING_BEHAVIOUR_AND_CULTURE", "NPQ_LEADING_LITERACY", "NPQ_LEADING_PRIMARY_MATHEMATICS",
  "EARLY_HEADSHIP_COACHING_OFFER",
] as const satisfies readonly QualificationKind[];
export type NpqKind = (typeof NPQ_KINDS)[number];
export const isNpq = (kind: string): kind is NpqKind => (NPQ_KINDS as readonly string[]).includes(kind);

export const NPQ_LABEL: Record<NpqKind, string> = {
  NPQ_SENIOR_LEADERSHIP: "NPQ Senior Leadership (NPQSL)",
  NPQ_HEADSHIP: "NPQ Headship (NPQH)",
  NPQ_EXECUTIVE_LEADERSHIP: "NPQ Executive Leadership (NPQEL)",
  NPQ_EARLY_YEARS_LEADERSHIP: "NPQ Early Years Leadership (NPQEYL)",
  NPQ_SENCO: "NPQ for SENCOs (NPQSENCO)",
  NPQ_LEADING_TEACHING: "NPQ Leading Teaching (NPQLT)",
  NPQ_LEADING_TEACHER_DEVELOPMENT: "NPQ Leading Teacher Development (NPQLTD)",
  NPQ_LEADING_BEHAVIOUR_AND_CULTURE: "NPQ Leading Behaviour and Culture (NPQLBC)",
  NPQ_LEADING_LITERACY: "NPQ Leading Literacy (NPQLL)",
  NPQ_LEADING_PRIMARY_MATHEMATICS: "NPQ Leading Primary Mathematics (NPQLPM)",
  EARLY_HEADSHIP_COACHING_OFFER: "Early Headship Coaching Offer",
};

export const NPQ_ABBR: Record<NpqKind, string> = {
  NPQ_SENIOR_LEADERSHIP: "NPQSL", NPQ_HEADSHIP: "NPQH", NPQ_EXECUTIVE_LEADERSHIP: "NPQEL", NPQ_EARLY_YEARS_LEADERSHIP: "NPQEYL",
  NPQ_SENCO: "NPQSENCO", NPQ_LEADING_TEACHING: "NPQLT", NPQ_LEADING_TEACHER_DEVELOPMENT: "NPQLTD", NPQ_LEADING_BEHAVIOUR_AND_CULTURE: "NPQLBC",
  NPQ_LEADING_LITERACY: "NPQLL", NPQ_LEADING_PRIMARY_MATHEMATICS: "NPQLPM", EARLY_HEADSHIP_COACHING_OFFER: "EHCO",
};

/** An NPQ's course, in the words providers use ("started" is the qualification's IN_PROGRESS). */
export const NPQ_STATUSES = ["APPLIED", "IN_PROGRESS", "COMPLETED", "WITHDRAWN", "NOT_PASSED"] as const satisfies readonly QualificationStatus[];
export const NPQ_STATUS_LABEL: Record<(typeof NPQ_STATUSES)[number], string> = {
  APPLIED: "Applied", IN_PROGRESS: "Started", COMPLETED: "Completed", WITHDRAWN: "Withdrawn", NOT_PASSED: "Not passed",
};

export const FUNDING_LABEL: Record<NpqFunding, string> = { FUNDED: "Funded (DfE scholarship)", SCHOOL_PAID: "Paid by the school", TRUST_PAID: "Paid by the trust" };

/** Within two years: the readiness a succession plan counts as cover for a post. */
export const READY_SOON: readonly Readiness[] = ["READY_NOW", "ONE_TO_TWO_YEARS"];
