import { z } from "zod";
import { isoDay, londonDay, londonOffsetMinutes } from "@/lib/dates";
import { dayField, numberField } from "@/lib/validation/fields";
import { scheduleMeetingSchema } from "./schema";

// A recurring meeting series: every N weeks from the first meeting until a last day, skipping any
// occurrence that falls in one of the trust's holidays (the series then resumes on its rhythm).

type Holiday = { startsOn: string; endsOn: string };

const WEEK = 7 * 86_400_000;

/** The meetings' start instants; at most `limit` so a typo cannot create hundreds. */
export function seriesStarts(first: Date, everyWeeks: number, until: string, holidays: Holiday[], limit = 60): { starts: Date[]; skipped: Date[] } {
  const starts: Date[] = [];
  const skipped: Date[] = [];
  for (let i = 0; starts.length + skipped.length < limit * 2; i++) {
    // Same London wall-clock time every time, across the clock changes: shift by the offset difference.
    const naive = new Date(first.getTime() + i * everyWeeks * WEEK);
    const at = new Date(naive.getTime() + (londonOffsetMinutes(first) - londonOffsetMinutes(naive)) * 60_000);
    const day = isoDay(londonDay(at));
    if (day > until) break;
    if (holidays.some((h) => day >= h.startsOn && day <= h.endsOn)) skipped.push(at);
    else starts.push(at);
    if (starts.length >= limit) break;
  }
  return { starts, skipped };
}

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The schedule form's optional repeat: every N weeks until a last day (both or neither). */
export const repeatFields = z
  .object({
    // A blank box is "no repeat"; anything typed gets its own message (a union would only say "Invalid input").
    repeatWeeks: z.preprocess(
      blankToUndefined,
      numberField("Enter how many weeks apart, for example 6.")
        .pipe(z.number().int("Enter whole weeks.").min(1, "Repeat at least every week.").max(12, "Repeat at most every 12 weeks."))
        .optional()
        .transform((v) => v ?? null),
    ),
    repeatUntil: z.preprocess(blankToUndefined, dayField("last day of the series").optional().transform((v) => v ?? null)),
  })
  // Each only when the other field was left blank (not when it was filled in wrongly: that has its own message).
  .refine((r) => !r.repeatWeeks || r.repeatUntil, { path: ["repeatUntil"], message: "Enter the last day of the series.", when: (p) => p.issues.length === 0 })
  .refine((r) => !r.repeatUntil || r.repeatWeeks, { path: ["repeatWeeks"], message: "Enter how many weeks apart the meetings are.", when: (p) => p.issues.length === 0 });

export const scheduleMeetingSeriesSchema = z.intersection(scheduleMeetingSchema, repeatFields);
