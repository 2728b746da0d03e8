// The trust admin's form for a metric definition: its name, unit, direction and RAG thresholds.
// Thresholds are both given or both blank (a context figure, not rated), and must agree with the
// direction, or the amber band would be empty the wrong way round and every value read as red.
import { z } from "zod";
import { MetricDirection } from "@/lib/db/generated/enums";
import { idField, numberField } from "@/lib/validation/fields";

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && !v.trim());

/** A threshold in plain decimal notation (the shared rule: "1e1" is refused), blank for none. */
const threshold = (label: string) =>
  z.preprocess((v) => (blank(v) ? null : v), numberField(`Enter the ${label} as a number, for example 92.5, or leave it blank.`).pipe(z.number().min(-1e9, "Too small.").max(1e9, "Too large.")).nullable());

export const definitionSchema = z
  .object({
    id: idField("Choose a metric."),
    label: z.string().trim().min(1, "Enter the metric's name.").max(120, "Keep the name to 120 characters."),
    unit: z.string().trim().min(1, "Enter the unit, e.g. % or pupils.").max(20, "Keep the unit to 20 characters."),
    direction: z.enum(MetricDirection, { error: "Choose whether higher or lower is better." }),
    greenAt: threshold("green threshold"),
    redAt: threshold("red threshold"),
  })
  .superRefine((d, ctx) => {
    if ((d.greenAt === null) !== (d.redAt === null)) {
      const path = d.greenAt === null ? "greenAt" : "redAt";
      ctx.addIssue({ code: "custom", path: [path], message: "Give both thresholds, or leave both blank for a figure that is not rated." });
      return;
    }
    if (d.greenAt === null || d.redAt === null) return;
    if (d.direction === "HIGHER_IS_BETTER" && d.redAt > d.greenAt) {
      ctx.addIssue({ code: "custom", path: ["redAt"], message: "Higher is better, so the red threshold must be at or below the green one." });
    }
    if (d.direction === "LOWER_IS_BETTER" && d.redAt < d.greenAt) {
      ctx.addIssue({ code: "custom", path: ["redAt"], message: "Lower is better, so the red threshold must be at or above the green one." });
    }
  });

export type DefinitionInput = z.output<typeof definitionSchema>;
