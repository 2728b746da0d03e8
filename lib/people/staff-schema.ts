// The staff record forms' zod schemas (issue 11 §3), shared by the browser check and the commands.
import { z } from "zod";
import { CareerStage, Designation, LeaveReason, StaffCategory } from "@/lib/db/generated/enums";
import { isoDay, londonToday } from "@/lib/dates";
import { checkbox, dayField, idField, numberField, optionalText, stripNul } from "@/lib/validation/fields";

const text = (label: string, max: number) =>
  z
    .string({ error: `Enter the ${label}.` })
    .transform((v) => stripNul(v).trim())
    .pipe(z.string().min(1, `Enter the ${label}.`).max(max, `The ${label} must be ${max} characters or fewer.`));

export const workEmail = z
  .string({ error: "Enter the work email address." })
  .transform((v) => stripNul(v).trim().toLowerCase())
  .pipe(z.email("Enter an email address like name@school.example.").max(200, "The email address must be 200 characters or fewer."));

/** Full-time equivalent: more than 0, at most 1, three decimals at most (the column's scale). */
const fteField = numberField("Enter the FTE as a number, for example 0.6.")
  .refine((n) => n > 0 && n <= 1, "The FTE must be more than 0 and at most 1.")
  .refine((n) => Math.abs(n * 1000 - Math.round(n * 1000)) < 1e-9, "Give the FTE to at most three decimal places.");

/** "Maths, Physics" → ["Maths", "Physics"]: a comma-separated list, at most 10. */
const subjectList = z
  .preprocess((v) => (typeof v === "string" ? v : ""), z.string())
  .transform((v) => [...new Set(stripNul(v).split(",").map((s) => s.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(60, "Each subject must be 60 characters or fewer.")).max(10, "List at most 10 subjects."));

const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const staffFields = {
  firstName: text("first name", 60),
  lastName: text("last name", 60),
  email: workEmail,
  jobTitle: text("job title", 100),
  category: z.enum(StaffCategory, { error: "Choose the category." }),
  careerStage: z.enum(CareerStage, { error: "Choose the career stage." }),
  fte: fteField,
  startDate: dayField("start date", { earliest: "1970-01-01", latest: () => isoDay(new Date(londonToday().getTime() + 366 * 86_400_000)) }),
  subjects: subjectList,
  "designations[]": list(z.enum(Designation)),
  /** A current member of staff of the same school, not the person themself, never a loop (checked in the command). */
  lineManagerId: z
    .preprocess((v) => (v === "" ? undefined : v), idField("Choose a line manager from the list.").optional())
    .transform((v) => v ?? null),
};

export const createStaffSchema = z.object({
  ...staffFields,
  schoolId: idField("Choose the school."),
  /** Email them a link to set a password for their new account. */
  invite: checkbox,
});

export const updateStaffSchema = z.object({ ...staffFields, staffMemberId: idField("Choose a member of staff.") });

export const leaverSchema = z.object({
  staffMemberId: idField("Choose a member of staff."),
  leaveDate: dayField("leave date", { earliest: "1970-01-01", latest: () => isoDay(londonToday()) }),
  leaveReason: z.enum(LeaveReason, { error: "Choose the reason for leaving." }),
  /** Issue 20 §3: a note beside the reason, and the optional exit survey sent to their work email. */
  leaveNote: optionalText("The note", 500),
  exitSurvey: checkbox,
});

export type StaffInput = z.output<typeof updateStaffSchema>;
