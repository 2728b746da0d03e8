// The performance development forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { AppraisalReviewKind, ObjectiveProgress, PayOutcome } from "@/lib/db/generated/enums";
import { checkbox, dayField, idField, numberField, optionalText, requiredText, textField } from "@/lib/validation/fields";

const id = idField("Choose a valid record.");
const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(50));
const optionalId = (message: string) => z.preprocess((v) => (v === "" ? undefined : v), idField(message).optional());
const year = numberField("Choose the academic year.").pipe(z.number().int("Choose the academic year.").min(2000, "Choose the academic year.").max(2100, "Choose the academic year."));
const count = (label: string) => numberField(`Enter the ${label}.`).pipe(z.number().int(`Enter the ${label} as a whole number.`).min(1, `The ${label} must be at least 1.`).max(10, `The ${label} must be 10 or fewer.`));

export const cycleSchema = z.object({
  academicYear: year,
  objectivesFrom: dayField("first day for agreeing objectives"),
  objectivesTo: dayField("last day for agreeing objectives"),
  headsObjectivesTo: dayField("last day for heads' objectives"),
  midYearFrom: dayField("first day of the mid-year review"),
  midYearTo: dayField("last day of the mid-year review"),
  endYearFrom: dayField("first day of the end-of-year review"),
  endYearTo: dayField("last day of the end-of-year review"),
  supportStaff: checkbox,
  payRecommendations: checkbox,
  minObjectives: count("fewest objectives"),
  maxObjectives: count("most objectives"),
});

export const startPlanSchema = z.object({ staffMemberId: id });
export const setReviewerSchema = z.object({ staffMemberId: id, reviewerId: idField("Choose the reviewer.") });
export const setHeadReviewerSchema = z.object({ staffMemberId: id, reviewerId: idField("Choose the head's reviewer, a trust leader."), "panel[]": idList });

export const objectiveSchema = z.object({
  planId: id,
  objectiveId: optionalId("Choose a valid objective."),
  title: requiredText("Say what the objective is.", "The objective", 500),
  successIndicators: requiredText("Enter the success indicators: how you will both know it is met.", "The success indicators", 2000),
  timeframe: requiredText("Enter the timeframe, for example “by the spring half-term”.", "The timeframe", 200),
  priorityId: optionalId("Choose one of the school's priorities."),
  trustPriority: optionalText("The trust priority", 300),
  "evidence[]": idList,
});

export const removeObjectiveSchema = z.object({ objectiveId: id });
export const agreeSchema = z.object({ planId: id });

// A side not written by this party is not sent: it reads as empty, and the command keeps what the other wrote.
const comment = (label: string) => textField(label, 4000).default("");

/**
 * A review: per objective its progress and each side's comment (fields `progress.<objectiveId>`,
 * `revieweeNote.<objectiveId>`, `reviewerNote.<objectiveId>`), both sides' overall comments and the
 * conversation. Saving keeps a draft; "sign off" (`signOff`) asks that everything is written.
 */
export const reviewSchema = z.looseObject({
  planId: id,
  kind: z.enum(AppraisalReviewKind, { error: "Choose the review." }),
  revieweeComment: comment("The reviewee's comment"),
  reviewerComment: comment("The reviewer's comment"),
  workload: comment("Workload"),
  wellbeing: comment("Wellbeing"),
  flexibleWorking: comment("Flexible working"),
  careerAspirations: comment("Career aspirations"),
  signOff: checkbox,
}).superRefine((value, ctx) => {
  for (const [key, v] of Object.entries(value)) {
    if (/^progress\./.test(key) && v !== "" && !(Object.values(ObjectiveProgress) as unknown[]).includes(v)) ctx.addIssue({ code: "custom", path: [key], message: "Choose the progress." });
    if (/^(reviewee|reviewer)Note\./.test(key) && typeof v === "string" && v.length > 4000) ctx.addIssue({ code: "custom", path: [key], message: "A comment must be 4000 characters or fewer." });
  }
});

export const correctReviewSchema = z.object({ reviewId: id, correctionNote: requiredText("Say what the correction is for.", "The note", 1000) });

export const paySchema = z.object({
  planId: id,
  outcome: z.enum(PayOutcome, { error: "Choose the recommendation." }),
  reason: requiredText("Give the reason for the recommendation.", "The reason", 2000),
});
