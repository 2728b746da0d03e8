// The retention forms (issue 21 §2): a line of the schedule, the review or automatic setting, an entry
// of the review list to confirm, a legal hold, and an erasure on request with its reason and confirmation.
import { z } from "zod";
import { RetentionKind, RetentionUnit } from "@/lib/db/generated/enums";
import { checkbox, idField, numberField, requiredText } from "@/lib/validation/fields";
import { MAX_PERIOD } from "./kinds";

export const ruleSchema = z
  .object({
    kind: z.enum(RetentionKind, { error: "Choose the kind of record." }),
    period: numberField("Enter the period as a whole number.").pipe(z.number().int("Enter the period as a whole number.").min(1, "The period must be at least 1.")),
    unit: z.enum(RetentionUnit, { error: "Choose days, months or years." }),
    basis: requiredText("Say why the record is kept this long.", "The basis", 600),
  })
  .superRefine((v, ctx) => {
    if (v.period > MAX_PERIOD[v.unit]) ctx.addIssue({ code: "custom", path: ["period"], message: `The period must be at most ${MAX_PERIOD[v.unit]} ${v.unit.toLowerCase()}.` });
    if (v.kind === "PERSONNEL" && v.unit !== "YEARS" && v.period < (v.unit === "MONTHS" ? 12 : 365))
      ctx.addIssue({ code: "custom", path: ["period"], message: "Personnel records are kept at least a year after the end of employment." });
  });

export const autoEraseSchema = z.object({ auto: checkbox });

export const confirmReviewSchema = z.object({ reviewId: idField("Choose an entry of the review list.") });

export const placeHoldSchema = z.object({
  staffMemberId: idField("Choose the member of staff."),
  reason: requiredText("Say why the records must be kept (the claim, tribunal or investigation).", "The reason", 500),
});

export const liftHoldSchema = z.object({ holdId: idField("Choose the legal hold.") });

export const eraseRequestSchema = z.object({
  staffMemberId: idField("Choose the member of staff."),
  reason: requiredText("Say why the data is erased (for example, the person's request of a date).", "The reason", 500),
  confirm: checkbox.refine((v) => v, "Tick to confirm that the erasure cannot be undone."),
});
