// The CPD programme's forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { CareerStage, CourseKind, CpdStrand, SchoolPhase, StaffCategory } from "@/lib/db/generated/enums";
import { londonLocalToUtc } from "@/lib/dates";
import { checkbox, dayField, idField, numberField, optionalText, requiredText } from "@/lib/validation/fields";

const id = idField("Choose a valid record.");
const list = <T extends z.ZodType>(item: T) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(5000));

const optionalUrl = z
  .string()
  .trim()
  .max(500, "The link must be 500 characters or fewer.")
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || /^https?:\/\/\S+$/i.test(v), "Enter a web address starting with https://.");

/** Who owns the course: "trust", "school:<id>" or "community:<id>", one select so the parts cannot disagree. */
const owner = z
  .string({ error: "Choose who runs the course." })
  .regex(/^(trust|school:[0-9a-f-]{36}|community:[0-9a-f-]{36})$/i, "Choose who runs the course.")
  .transform((v) => {
    const [kind, ownerId] = v.split(":");
    return { schoolId: kind === "school" ? ownerId! : null, communityId: kind === "community" ? ownerId! : null };
  });

const courseFields = {
  title: requiredText("Enter the course's title.", "The title", 200),
  description: requiredText("Describe the course: what it covers and who it is for.", "The description", 5000),
  strand: z.enum(CpdStrand, { error: "Choose the improvement strand." }),
  kind: z.enum(CourseKind, { error: "Choose what kind of event it is." }),
  careerStages: list(z.enum(CareerStage, { error: "Choose career stages from the list." })),
  categories: list(z.enum(StaffCategory, { error: "Choose staff categories from the list." })),
  phases: list(z.enum(SchoolPhase, { error: "Choose phases from the list." })),
  providerSchoolId: z.union([z.literal(""), id]).optional().transform((v) => v || null),
  providerName: optionalText("The provider", 200),
  places: numberField("Enter the number of places.").pipe(z.number().int("Enter a whole number of places.").min(1, "A course needs at least 1 place.").max(1000, "A course can have at most 1,000 places.")),
  needsApproval: checkbox,
  bookingDeadline: z.union([z.literal(""), dayField("booking deadline")]).optional().transform((v) => v || null),
};

export const createCourseSchema = z.object({ owner, ...courseFields });
export const editCourseSchema = z.object({ courseId: id, ...courseFields });
export const courseIdSchema = z.object({ courseId: id });

export const sessionSchema = z.object({
  courseId: id,
  title: optionalText("The session's title", 200),
  slot: numberField("Enter the slot number.").pipe(z.number().int("Enter a whole slot number.").min(1, "Slots start at 1.").max(20, "A conference has at most 20 slots.")).optional().default(1),
  startsAt: z
    .string({ error: "Enter the date and time." })
    .trim()
    .min(1, "Enter the date and time.")
    .transform((value, ctx) => {
      const at = londonLocalToUtc(value);
      if (!at) ctx.addIssue({ code: "custom", message: "Enter a real date and time." });
      return at ?? new Date(0);
    }),
  durationMinutes: numberField("Enter the length in minutes.").pipe(z.number().int("Enter the length in whole minutes.").min(15, "A session lasts at least 15 minutes.").max(600, "A session lasts at most 600 minutes (10 hours).")),
  venue: optionalText("The venue", 200),
  onlineUrl: optionalUrl,
});
export const sessionIdSchema = z.object({ sessionId: id });

/** A booking: conferences send one chosen session per slot; `waitlist` accepts a place on the waiting list when full. */
export const bookSchema = z.object({ courseId: id, sessions: list(id), waitlist: checkbox });
export const bookingIdSchema = z.object({ bookingId: id });
export const decideSchema = z
  .object({ bookingId: id, decision: z.enum(["approve", "decline"], { error: "Choose approve or decline." }), reason: optionalText("The reason", 1000) })
  .refine((v) => v.decision === "approve" || Boolean(v.reason), { path: ["reason"], message: "Give a reason for declining: the member of staff reads it." });

/** The register: who attended among the booked (every other booked person did not). */
export const registerSchema = z.object({ sessionId: id, present: list(id) });

export const feedbackSchema = z.object({
  courseId: id,
  rating: numberField("Choose a rating from 1 to 5.").pipe(z.number().int("Choose a rating from 1 to 5.").min(1, "Choose a rating from 1 to 5.").max(5, "Choose a rating from 1 to 5.")),
  willTry: requiredText("Say what you will try in your practice.", "What you will try", 2000),
});

export const followUpSchema = z.object({
  followUpId: id,
  changedPractice: z.enum(["yes", "no"], { error: "Say whether you changed something in your practice." }).transform((v) => v === "yes"),
  practice: requiredText("Say what you changed, or why nothing changed yet.", "What changed", 2000),
  pupils: optionalText("What you saw in pupils", 2000),
});

export const filterSchema = z.object({
  strand: z.enum(CpdStrand).optional().catch(undefined),
  stage: z.enum(CareerStage).optional().catch(undefined),
  category: z.enum(StaffCategory).optional().catch(undefined),
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  mine: z.literal("1").optional().catch(undefined),
});
export type ProgrammeFilter = z.output<typeof filterSchema>;
