// Words for coaching's enums and statuses.
import type { CoachingCadence } from "@/lib/db/generated/enums";
import type { CadenceStatus } from "./rules";

export const CADENCE_LABEL: Record<CoachingCadence, string> = { WEEKLY: "Weekly", FORTNIGHTLY: "Fortnightly", MONTHLY: "Monthly", HALF_TERMLY: "Half-termly" };

export const CADENCE_STATUS_LABEL: Record<CadenceStatus, string> = { NOT_STARTED: "Not started", ON_TRACK: "On track", LAPSED: "Lapsed", ENDED: "Ended" };

/** The CPD records a session writes carry these titles and nothing of the notes (a head reads CPD). */
export const COACHEE_CPD_TITLE = "Coaching session";
export const COACH_CPD_TITLE = "Coaching given";
