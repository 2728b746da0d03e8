// CPD forms and URL parameters: declared once, used by the browser forms and the server commands alike.
import { z } from "zod";
import { CareerStage, CpdStrand, CpdTargetScope, CpdType, Designation, QualificationKind, QualificationStatus, StaffCategory } from "@/lib/db/generated/enums";
import { ACCEPT, MAX_UPLOAD_BYTES } from "@/lib/storage/validate";
import { dayField, hoursField, idField, numberField, optionalText, searchText } from "@/lib/validation/fields";
import { addYears, isoDay, londonToday } from "@/lib/dates";
import { SCHOOL_SORTS } from "./sorts";

// Lists the pages iterate (checkboxes, filters) come from Prisma's enums, in the schema's order.
export const STAFF_CATEGORIES = Object.values(StaffCategory);
export const CAREER_STAGES = Object.values(CareerStage);

/** A real calendar day from 2000 to five years ahead (past-only fields say so in their own rule). */
const day = (label: string) => dayField(label, { latest: () => addYears(isoDay(londonToday()), 5) });

const extensions = ACCEPT.split(",");

/** An uploaded file, checked for size and name here; its contents are checked again on the server. */
const evidenceFile = z
  .custom<File>((v) => typeof File !== "undefined" && v instanceof File, "Choose a file.")
  .refine((f) => f.size > 0, "The file is empty.")
  .refine((f) => f.size <= MAX_UPLOAD_BYTES, "The file must be 10 MB or smaller.")
  .refine((f) => extensions.some((ext) => f.name.toLowerCase().endsWith(ext)), "The file must be a PDF, an image (PNG, JPEG, GIF, WebP) or an office document.")
  .optional();

export const activityForm = z
  .object({
    id: idField().optional().or(z.literal("").transform(() => undefined)),
    title: z.string({ error: "Enter a title." }).trim().min(1, "Enter a title.").max(200, "The title must be 200 characters or fewer."),
    type: z.enum(CpdType, { error: "Choose the type of activity." }),
    strand: z.enum(CpdStrand, { error: "Choose the strand." }),
    provider: optionalText("The provider", 200),
    startDate: day("start date"),
    endDate: day("end date"),
    hours: hoursField(200),
    subject: optionalText("The subject", 100),
    reflection: optionalText("The reflection", 4000),
    impact: optionalText("The impact on practice", 4000),
    evidenceUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(z.url({ protocol: /^https?$/, error: "Enter a link starting with https://" }).max(500).optional()),
    evidence: evidenceFile,
    removeEvidence: z.literal("on").optional(),
    intent: z.enum(["draft", "submit"]).default("draft"),
  })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date must be the same as or after the start date." });
    if (v.endDate > isoDay(londonToday())) ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be in the future: log an activity once it has happened." });
    const days = Math.round((Date.parse(v.endDate) - Date.parse(v.startDate)) / 86_400_000) + 1;
    if (days >= 1 && v.hours > days * 24) {
      ctx.addIssue({ code: "custom", path: ["hours"], message: days === 1 ? "One day's activity cannot be more than 24 hours." : `${days} days' activity cannot be more than ${days * 24} hours.` });
    }
  });

export type ActivityForm = z.infer<typeof activityForm>;

export const activityId = z.object({ id: idField("That record was not found.") });

/** Verify or return one or several submitted activities (the queue's bulk form posts ids[]). */
export const verificationForm = z
  .object({
    "ids[]": z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(idField()).min(1, "Select at least one activity.").max(500)),
    decision: z.enum(["verify", "return"], { error: "Choose verify or return." }),
    reason: optionalText("The reason", 1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "return" && !v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: "Say why you are returning it, so the member of staff can put it right." });
  });

export const targetForm = z.object({
  startYear: numberField("Choose the academic year.").pipe(z.number().int().min(2000).max(2100)),
  scope: z.enum(CpdTargetScope),
  hours: numberField("Enter the hours as a number.")
    .refine((h) => Number.isFinite(h) && h >= 0, "The hours must be 0 or more.")
    .refine((h) => h <= 500, "The hours must be 500 or fewer."),
});

export const requirementForm = z.object({
  id: idField().optional().or(z.literal("").transform(() => undefined)),
  name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(120),
  description: optionalText("The description", 500),
  "categories[]": z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(StaffCategory))),
  designation: z.preprocess((v) => (v === "" ? undefined : v), z.enum(Designation).optional()),
  validityMonths: numberField("Enter the months as a whole number.").pipe(z.number().int("Enter whole months.").min(1, "At least 1 month.").max(120, "At most 120 months.")),
  active: z.literal("on").optional(),
});


/** An optional date field: an empty box is no date. */
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(day(label).optional());

/** A statutory training completion the member of staff records for themselves. */
export const trainingForm = z
  .object({
    requirementId: idField("Choose the training you completed."),
    completedOn: day("date you completed it"),
    certificate: evidenceFile,
  })
  .superRefine((v, ctx) => {
    if (v.completedOn > isoDay(londonToday())) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "The completion date cannot be in the future." });
  });
export type TrainingForm = z.infer<typeof trainingForm>;

/** One of the viewer's own qualifications: planned, in progress or completed. */
export const qualificationForm = z
  .object({
    id: idField().optional().or(z.literal("").transform(() => undefined)),
    kind: z.enum(QualificationKind, { error: "Choose the qualification." }),
    title: optionalText("The title", 200),
    status: z.enum(QualificationStatus, { error: "Choose the status." }),
    startDate: optionalDay("start date"),
    completedOn: optionalDay("completion date"),
    provider: optionalText("The provider", 200),
  })
  .superRefine((v, ctx) => {
    const today = isoDay(londonToday());
    if (v.status !== "COMPLETED") return;
    if (!v.completedOn) {
      ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Enter the date you completed it." });
      return;
    }
    if (v.completedOn > today) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "The completion date cannot be in the future." });
    if (v.startDate && v.completedOn < v.startDate) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "The completion date must be the same as or after the start date." });
  });
export type QualificationForm = z.infer<typeof qualificationForm>;

/** The school development view's URL: bad values fall back to defaults. */
export { SCHOOL_SORTS };
export const schoolDevelopmentParams = z.object({
  school: idField().optional().catch(undefined),
  category: z.enum(StaffCategory).optional().catch(undefined),
  careerStage: z.enum(CareerStage).optional().catch(undefined),
  subject: searchText(100).transform((v) => (v ? v : undefined)),
  sort: z.enum(SCHOOL_SORTS).catch("name").default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
export type SchoolDevelopmentParams = z.infer<typeof schoolDevelopmentParams>;
