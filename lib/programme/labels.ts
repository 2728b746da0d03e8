// Words of the CPD programme, shared by pages, the seed and tests.
import type { BookingStatus, CareerStage, CourseKind, CpdType, SchoolPhase, StaffCategory } from "@/lib/db/generated/enums";
export { STRAND_LABEL } from "@/lib/cpd/labels";

export const KIND_LABEL: Record<CourseKind, string> = { COURSE: "Course", CONFERENCE: "Conference", SCHOOL_VISIT: "School visit" };
/** The CPD type an attended session is logged as. */
export const CPD_TYPE_OF: Record<CourseKind, CpdType> = { COURSE: "COURSE", CONFERENCE: "CONFERENCE", SCHOOL_VISIT: "SCHOOL_VISIT" };

export const BOOKING_STATUS_LABEL: Record<BookingStatus, string> = {
  PENDING: "Awaiting the head's approval", BOOKED: "Booked", WAITING: "On the waiting list", OFFERED: "Place offered",
  DECLINED: "Declined", CANCELLED: "Cancelled",
};

export const CAREER_STAGE_LABEL: Record<CareerStage, string> = {
  ECT: "Early career teacher (ECT)", EARLY_CAREER: "Early career", ESTABLISHED: "Established", MIDDLE_LEADER: "Middle leader",
  SENIOR_LEADER: "Senior leader", HEADTEACHER: "Headteacher",
};
export const CATEGORY_LABEL: Record<StaffCategory, string> = { TEACHER: "Teachers", SUPPORT: "Support staff", LEADERSHIP: "Leaders" };
export const PHASE_LABEL: Record<SchoolPhase, string> = {
  NURSERY: "Nursery", PRIMARY: "Primary", SECONDARY: "Secondary", ALL_THROUGH: "All-through", SPECIAL: "Special", ALTERNATIVE_PROVISION: "Alternative provision",
};

/** Hours a freed place is held for the first in line (issue 19 §1). */
export const OFFER_HOURS = 48;
/** Weeks after the course (or activity) that the impact follow-up asks what changed. */
export const FOLLOW_UP_WEEKS = 6;
/** A logged activity longer than this is followed up too. */
export const FOLLOW_UP_MIN_MINUTES = 180;
/** Fewer answers than this: the figure carries a caution. */
export const FEW_ANSWERS = 5;
