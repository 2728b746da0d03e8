// The CSI forms and search parameters, declared once for the browser's check and the command's.
import { z } from "zod";
import { CriticalFriendKind, CsiLevelKind, ReviewActionStatus, ReviewKind, SchoolPhase } from "@/lib/db/generated/enums";
import { isoDay, londonToday } from "@/lib/dates";
import { GRADE_PREFIX, gradeField } from "./fields";
import { dayField, idField, numberField, optionalText, requiredText, textField } from "@/lib/validation/fields";

const id = idField("Choose a valid record.");
const optionalId = z
  .union([z.literal(""), id])
  .optional()
  .transform((v) => v || null);
const optionalDay = (label: string) =>
  z
    .union([z.literal(""), dayField(label)])
    .optional()
    .transform((v) => v || null);
const idList = z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(id).max(10));

export const createCycleSchema = z
  .object({
    name: requiredText("Enter a name.", "The name", 120),
    academicYear: numberField("Enter the academic year's first year, for example 2025.").pipe(
      z.number().int("Enter a whole year.").min(2000, "Enter a year from 2000.").max(2100, "Enter a year before 2100."),
    ),
    opensOn: dayField("first day of the window"),
    closesOn: dayField("last day of the window"),
    maxReviewsPerReviewer: numberField("Enter the most reviews one reviewer may lead.").pipe(
      z.number().int("Enter a whole number.").min(1, "Enter at least 1.").max(20, "Enter 20 or fewer."),
    ),
  })
  .refine((c) => c.closesOn >= c.opensOn, { path: ["closesOn"], message: "The window must close on or after the day it opens." });

export const assignReviewSchema = z.object({
  cycleId: id,
  schoolId: id,
  kind: z.enum(ReviewKind, { message: "Choose the kind of review." }),
  leadReviewerId: id,
  visitDate: optionalDay("visit date"),
  teamUserIds: idList,
});

/** Grades arrive as one field per area, `grade_<areaId>`; they are gathered into `grades`. */
export { gradeField };

export const saveReviewSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const grades: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) if (key.startsWith(GRADE_PREFIX) && typeof value === "string" && value) grades[key.slice(GRADE_PREFIX.length)] = value;
    return { ...raw, grades };
  },
  z.object({
    reviewId: id,
    intent: z.enum(["draft", "submit"]).catch("draft"),
    visitDate: optionalDay("visit date"),
    strengths: textField("Strengths", 10_000).optional().default(""),
    areasForDevelopment: textField("Areas for development", 10_000).optional().default(""),
    evidenceNotes: textField("Evidence notes", 20_000).optional().default(""),
    safeguarding: z.enum(["", "met", "not_met"], { message: "Choose met or not met." }).optional().default(""),
    grades: z.record(z.string(), z.string().max(60)),
  }),
);

export const reviewIdSchema = z.object({ reviewId: id });

export const csiLevelSchema = z.object({
  schoolId: id,
  cycleId: id,
  level: z.enum(CsiLevelKind, { message: "Choose challenge, support or intervention." }),
  rationale: requiredText("Give the reason for this level.", "The rationale", 2000),
});

export const criticalFriendSchema = z
  .object({
    schoolId: id,
    kind: z.enum(CriticalFriendKind, { message: "Choose who the critical friend is." }),
    userId: optionalId,
    name: optionalText("The name", 120),
    organisation: optionalText("The organisation", 120),
    startsOn: dayField("start date"),
    endsOn: optionalDay("end date"),
  })
  .refine((f) => f.userId || f.name, { path: ["name"], message: "Choose a person in the portal or enter a name." })
  .refine((f) => !f.endsOn || f.endsOn >= f.startsOn, { path: ["endsOn"], message: "The end date must be on or after the start date." });

export const addActionSchema = z.object({
  reviewId: id,
  areaId: optionalId,
  description: requiredText("Describe the action.", "The description", 2000),
  ownerId: idField("Choose who owns the action."),
  dueOn: dayField("due date"),
  supportAgreementId: optionalId,
  supportPeople: optionalText("Named support", 300),
});

export const actionNoteSchema = z.object({ actionId: id, note: requiredText("Write the progress note.", "The note", 4000) });
export const actionStatusSchema = z.object({ actionId: id, status: z.enum(ReviewActionStatus, { message: "Choose a status." }) });

export const supportAgreementSchema = z
  .object({
    giverSchoolId: id,
    receiverSchoolId: id,
    focus: requiredText("Describe the focus of the support.", "The focus", 1000),
    staffDeployed: textField("Staff deployed", 500).optional().default(""),
    startsOn: dayField("start date"),
    endsOn: optionalDay("end date"),
  })
  .refine((a) => a.giverSchoolId !== a.receiverSchoolId, { path: ["receiverSchoolId"], message: "A school cannot support itself." })
  .refine((a) => !a.endsOn || a.endsOn >= a.startsOn, { path: ["endsOn"], message: "The end date must be on or after the start date." });

/**
 * Closing a support agreement: how it ended, on which day, and what it achieved. The end date is a fact
 * already past (not after today) and not before the start, which the command checks against the row.
 */
export const closeAgreementSchema = z.object({
  agreementId: id,
  status: z.enum(["COMPLETED", "ENDED_EARLY"], { message: "Choose whether the support was completed or ended early." }),
  endsOn: dayField("end date").refine((v) => v <= isoDay(londonToday()), { message: "The end date cannot be in the future: close the agreement once the support has ended." }),
  outcomeNote: requiredText("Write the outcome of the support: what changed at the receiving school.", "The outcome", 2000),
});

export const boardParams = z.object({
  cluster: id.optional().catch(undefined),
  phase: z.enum(SchoolPhase).optional().catch(undefined),
});
export type BoardFilters = z.infer<typeof boardParams>;
