// Words for CPD enums as the trust's documents use them.
import type { TrainingStatus } from "./rules";
export const TYPE_LABEL: Record<string, string> = {
  COURSE: "Course", INSET: "INSET", COACHING: "Coaching", MENTORING: "Mentoring", OBSERVATION: "Observation",
  NETWORK_MEETING: "Network meeting", CONFERENCE: "Conference", QUALIFICATION_STUDY: "Qualification study",
  RESEARCH_READING: "Research or reading", SCHOOL_VISIT: "School visit", SELF_STUDY: "Self study", STATUTORY_TRAINING: "Statutory training",
  COACHING_GIVEN: "Coaching given",
};

export const STRAND_LABEL: Record<string, string> = {
  PROFESSIONAL_LEARNING: "Professional learning", LEADERSHIP_DEVELOPMENT: "Leadership development",
  PROFESSIONAL_NETWORKS: "Professional networks", QUALITY_ASSURANCE: "Quality assurance",
};

export const STATUS_LABEL: Record<string, string> = { DRAFT: "Draft", SUBMITTED: "Awaiting verification", VERIFIED: "Verified", RETURNED: "Returned" };

export const QUALIFICATION_LABEL: Record<string, string> = {
  QTS: "Qualified teacher status (QTS)",
  NPQ_LEADING_TEACHER_DEVELOPMENT: "NPQ Leading Teacher Development",
  NPQ_LEADING_TEACHING: "NPQ Leading Teaching",
  NPQ_LEADING_BEHAVIOUR_AND_CULTURE: "NPQ Leading Behaviour and Culture",
  NPQ_LEADING_LITERACY: "NPQ Leading Literacy",
  NPQ_LEADING_PRIMARY_MATHEMATICS: "NPQ Leading Primary Mathematics",
  NPQ_SENIOR_LEADERSHIP: "NPQ Senior Leadership (NPQSL)",
  NPQ_HEADSHIP: "NPQ Headship (NPQH)",
  NPQ_EXECUTIVE_LEADERSHIP: "NPQ Executive Leadership",
  NPQ_EARLY_YEARS_LEADERSHIP: "NPQ Early Years Leadership",
  NPQ_SENCO: "NPQ for SENCOs",
  MASTERS: "Masters degree", DOCTORATE: "Doctorate", APPRENTICESHIP: "Apprenticeship", OTHER: "Other",
  EARLY_HEADSHIP_COACHING_OFFER: "Early Headship Coaching Offer",
};

/** Short column headings for the NPQ pipeline. */
export const NPQ_SHORT: Record<string, string> = {
  NPQ_LEADING_TEACHER_DEVELOPMENT: "NPQLTD", NPQ_LEADING_TEACHING: "NPQLT", NPQ_LEADING_BEHAVIOUR_AND_CULTURE: "NPQLBC",
  NPQ_LEADING_LITERACY: "NPQLL", NPQ_LEADING_PRIMARY_MATHEMATICS: "NPQLPM", NPQ_SENIOR_LEADERSHIP: "NPQSL", NPQ_HEADSHIP: "NPQH",
  NPQ_EXECUTIVE_LEADERSHIP: "NPQEL", NPQ_EARLY_YEARS_LEADERSHIP: "NPQEYL", NPQ_SENCO: "NPQ SENCO",
};

export const DESIGNATION_LABEL: Record<string, string> = {
  DESIGNATED_SAFEGUARDING_LEAD: "Designated safeguarding lead", DEPUTY_SAFEGUARDING_LEAD: "Deputy safeguarding lead",
  FIRST_AIDER: "First aider", PAEDIATRIC_FIRST_AIDER: "Paediatric first aider", SENCO: "SENCO", EARLY_YEARS_PRACTITIONER: "Early years practitioner",
};

export const TARGET_SCOPE_LABEL: Record<string, string> = { DEFAULT: "Trust default", TEACHER: "Teachers", SUPPORT: "Support staff", LEADERSHIP: "Leadership" };

export const TRAINING_STATUS_LABEL: Record<TrainingStatus, string> = {
  VALID: "Valid",
  EXPIRING: "Expiring soon",
  EXPIRED: "Expired",
  MISSING: "Missing",
};
