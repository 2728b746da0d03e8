// The induction forms' zod schemas (issue 11 §5), shared by the browser check and the commands.
import { z } from "zod";
import { isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, isId, numberField, optionalText, pageNumber, requiredText } from "@/lib/validation/fields";
import { STATUS_FILTERS } from "./labels";

const YEAR_AHEAD = () => isoDay(new Date(londonToday().getTime() + 366 * 86_400_000));

/** The people of an induction and its appropriate body: chosen when it starts, changed later. */
const people = {
  mentorId: idField("Choose the mentor."),
  inductionTutorId: idField("Choose the induction tutor."),
  appropriateBody: requiredText("Enter the appropriate body.", "The appropriate body", 120),
};

/** Six terms full time; a part-timer's induction is pro rata, so more (at most three years' worth of terms × 2). */
const expectedTerms = numberField("Enter the number of terms, for example 6.").refine(
  (n) => Number.isInteger(n) && n >= 2 && n <= 18,
  "The expected terms must be a whole number from 2 to 18.",
);

export const startInductionSchema = z.object({
  staffMemberId: idField("Choose the early career teacher."),
  startDate: dayField("start date", { earliest: "2021-01-01", latest: YEAR_AHEAD }),
  expectedTerms,
  ...people,
});

export const updateInductionSchema = z.object({ inductionId: idField("Choose an induction."), ...people });

const held = {
  heldOn: dayField("date it was held", { latest: () => isoDay(londonToday()) }),
  notes: optionalText("Notes", 2000),
};

export const recordReviewSchema = z.object({
  reviewId: idField("Choose the review."),
  outcome: z.enum(["ON_TRACK", "NOT_ON_TRACK"], { error: "Choose on track or not on track." }),
  ...held,
});

export const finalAssessmentSchema = z.object({
  inductionId: idField("Choose an induction."),
  outcome: z.enum(["SATISFACTORY", "UNSATISFACTORY"], { error: "Choose satisfactory or unsatisfactory." }),
  ...held,
});

/**
 * Correcting a recorded review or assessment: its new values and why. The outcome is checked against
 * the review's kind by the command (on track or not for a review; satisfactory or not for the final
 * assessment); `version` is the one the form showed, so two corrections at once cannot both win.
 */
export const correctReviewSchema = z.object({
  reviewId: idField("Choose the review to correct."),
  version: numberField("Reload the page and try again.").pipe(z.number().int().min(1, "Reload the page and try again.")),
  outcome: z.enum(["ON_TRACK", "NOT_ON_TRACK", "SATISFACTORY", "UNSATISFACTORY"], { error: "Choose the outcome." }),
  correctionNote: requiredText("Say what was wrong and why it is corrected.", "The reason for the correction", 500),
  ...held,
});

/** The list's filters from the URL: a malformed school or status is simply no filter. */
export const inductionListParams = z.object({
  school: z.string().optional().catch(undefined).transform((v) => (isId(v) ? v : undefined)),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  page: pageNumber(),
  lapsed: pageNumber(),
});
