// The workload forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { DemandKind, StaffCategory } from "@/lib/db/generated/enums";
import { dayField, idField, parseDecimal, requiredText } from "@/lib/validation/fields";

/** Hours typed as a decimal (0 allowed: a demand may replace as much as it adds), stored as whole minutes. */
const hours = (label: string, max: number) =>
  z.preprocess(parseDecimal, z.number({ error: `Enter the ${label} as a number of hours.` }).min(0, `The ${label} cannot be negative.`).max(max, `The ${label} must be ${max} hours or fewer.`)).transform((h) => Math.round(h * 60));

const categories = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.enum(StaffCategory, { error: "Choose who it affects." })).min(1, "Choose who it affects."));

export const proposeSchema = z.object({
  schoolId: z.union([z.literal(""), idField("Choose a school.")]).optional().transform((v) => v || null),
  title: requiredText("Say what the new demand is.", "The demand", 200),
  kind: z.enum(DemandKind, { error: "Choose the kind of demand." }),
  "affects[]": categories,
  expectedHours: hours("expected time per term", 200),
  replaces: requiredText("Say what it replaces, or “nothing”.", "What it replaces", 500),
  offsetHours: hours("time it frees per term", 200),
  reviewOn: dayField("review date"),
});

export const decideSchema = z.object({ demandId: idField(), decision: z.enum(["APPROVED", "REJECTED"], { error: "Choose approve or reject." }) });

export const checkAnswerSchema = z.object({
  checkId: idField(),
  hours: z.preprocess(parseDecimal, z.number({ error: "Enter the hours it took, as a number." }).min(0, "The hours cannot be negative.").max(200, "Enter 200 hours or fewer.")).transform((h) => Math.round(h * 60)),
});
