// The priorities forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { CpdStrand, PriorityRag } from "@/lib/db/generated/enums";
import { checkbox, dayField, idField, numberField, requiredText } from "@/lib/validation/fields";

const id = idField("Choose a valid record.");

const year = numberField("Choose the academic year.").pipe(z.number().int("Choose the academic year.").min(2000, "Choose the academic year.").max(2100, "Choose the academic year."));

/**
 * The optional link to a published review: one select whose value is "reviewId" (the review as a
 * whole) or "reviewId/areaId" (one area judged in it), so the two cannot disagree.
 */
const reviewLink = z
  .union([z.literal(""), z.string().regex(/^[0-9a-f-]{36}(\/[0-9a-f-]{36})?$/i, "Choose a review from the list.")])
  .optional()
  .transform((v) => {
    if (!v) return { reviewId: null, areaId: null };
    const [reviewId, areaId] = v.split("/");
    return { reviewId: reviewId ?? null, areaId: areaId ?? null };
  });

const priorityFields = {
  title: requiredText("Enter the priority's title.", "The title", 200),
  why: requiredText("Say why this is a priority for the school.", "Why", 4000),
  reviewLink,
  strand: z.enum(CpdStrand, { error: "Choose the improvement strand." }),
  ownerId: idField("Choose the owner, a member of the school's staff."),
  successCriteria: requiredText("Enter the success criteria: what will be true when this is done.", "The success criteria", 4000),
};

export const createPrioritySchema = z.object({ schoolId: id, academicYear: year, ...priorityFields });
export const editPrioritySchema = z.object({ priorityId: id, ...priorityFields });

export const milestoneSchema = z.object({
  priorityId: id,
  title: requiredText("Enter the milestone.", "The milestone", 300),
  dueOn: dayField("due date"),
});

export const milestoneDoneSchema = z.object({ milestoneId: id, done: checkbox });

export const progressSchema = z.object({
  priorityId: id,
  term: numberField("Choose the term.").pipe(z.number().int("Choose the term.")),
  rating: z.enum(PriorityRag, { error: "Choose the rating." }),
  note: requiredText("Add a note on the progress this term.", "The note", 4000),
});

export const attachActionSchema = z.object({ priorityId: id, actionId: idField("Choose a CSI action of the school.") });

/** Copy last year's unfinished priorities into `academicYear`. */
export const copyForwardSchema = z.object({ schoolId: id, academicYear: year });
