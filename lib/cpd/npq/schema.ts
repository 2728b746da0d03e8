// An NPQ record: which NPQ, its cohort, provider, funding and where the course stands. Declared once for
// the browser's check and the command's.
import { z } from "zod";
import { NpqFunding } from "@/lib/db/generated/enums";
import { addYears, isoDay, londonToday } from "@/lib/dates";
import { NPQ_KINDS, NPQ_STATUSES } from "@/lib/pipeline/labels";
import { dayField, idField, requiredText } from "@/lib/validation/fields";

const optionalDay = (label: string) =>
  z.string().trim().optional().transform((v) => (v ? v : undefined))
    .pipe(dayField(label, { latest: () => addYears(isoDay(londonToday()), 5) }).optional());

export const npqForm = z
  .object({
    id: idField().optional().or(z.literal("").transform(() => undefined)),
    kind: z.enum(NPQ_KINDS, { error: "Choose the NPQ." }),
    // DfE cohorts start in autumn or spring; the term and year name the cohort.
    cohort: z.string({ error: "Enter the cohort." }).trim()
      .regex(/^(Autumn|Spring|Summer) (20\d\d)$/i, "Enter the cohort as a term and year, for example Autumn 2026.")
      .transform((v) => v.charAt(0).toUpperCase() + v.slice(1).toLowerCase()),
    provider: requiredText("Enter the provider, for example Ambition Institute.", "The provider", 200),
    funding: z.enum(NpqFunding, { error: "Choose how it is funded." }),
    status: z.enum(NPQ_STATUSES, { error: "Choose the status." }),
    startDate: optionalDay("start date"),
    completedOn: optionalDay("completion date"),
  })
  .superRefine((v, ctx) => {
    if (v.status !== "COMPLETED") return;
    if (!v.completedOn) return ctx.addIssue({ code: "custom", path: ["completedOn"], message: "Enter the date you completed it." });
    if (v.completedOn > isoDay(londonToday())) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "The completion date cannot be in the future." });
    if (v.startDate && v.completedOn < v.startDate) ctx.addIssue({ code: "custom", path: ["completedOn"], message: "The completion date must be the same as or after the start date." });
  });
export type NpqForm = z.infer<typeof npqForm>;

export const verifyQualificationForm = z.object({ id: idField("That record was not found.") });
