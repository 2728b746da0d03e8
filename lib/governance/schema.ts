// The governance forms' zod schemas, shared by the forms (browser checks) and the commands.
import { z } from "zod";
import { VisitFocus } from "@/lib/db/generated/enums";
import { isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, numberField, optionalText } from "@/lib/validation/fields";
import { parsePeriod } from "./periods";

const text = (label: string, max: number) => z.string().trim().min(1, `Enter ${label}.`).max(max, `Keep ${label} to ${max} characters.`);

/** The whole CSV travels in the confirm form, so the import re-checks exactly what the preview showed. */
export const importSchema = z.object({ csv: z.string().min(1, "Choose a CSV file.").max(5_000_000, "The file is too large: split it (5 MB at most).") });

const periodField = z.string().trim().refine((p) => parsePeriod(p) !== null, "Choose a period such as 2025/26 T1 or 2025/26.");

/** The grid posts one field per cell, named v:<schoolId>:<metricId>; blank cells are left as they are. */
export const gridSchema = z.object({ period: periodField }).catchall(z.string());

export const visitSchema = z.object({
  schoolId: idField("Choose a school."),
  visitedOn: dayField("date of the visit", { latest: () => isoDay(londonToday()) }),
  focus: z.enum(VisitFocus, { error: "Choose the focus of the visit." }),
  met: text("who you met (roles, not names of pupils)", 300),
  report: text("a short report", 4000),
});

export const trainingSchema = z.object({
  title: text("the training's title", 200),
  provider: optionalText("The provider", 200),
  expectationId: z.union([z.literal(""), idField("Choose an expectation.")]).optional().transform((v) => v || null),
  completedOn: dayField("date you completed it", { latest: () => isoDay(londonToday()) }),
  hours: numberField("Enter the hours, e.g. 1.5.").pipe(z.number().min(0.25, "At least a quarter of an hour.").max(40, "At most 40 hours.")),
});

export const refreshSchema = z.object({ startYear: numberField("Choose the academic year.").pipe(z.number().int().min(2000).max(2100)) });

const months = (label: string, max: number) =>
  numberField(`Enter ${label} in whole months.`).pipe(z.number().int(`Enter ${label} in whole months.`).min(1, `At least one month.`).max(max, `At most ${max} months.`));

/** The trust admin sets what governors and trustees are expected to complete. */
export const expectationSchema = z.object({
  name: text("the expectation's name", 120),
  description: optionalText("The description", 500),
  // No box ticked sends no field at all: read as an empty choice, so the message is about the choice.
  "roles[]": z.preprocess((v) => v ?? [], z.array(z.enum(["LOCAL_GOVERNOR", "TRUSTEE"])).min(1, "Choose governors, trustees or both.")),
  withinMonths: months("how soon after appointment", 60),
  // Blank (or only spaces) means it is never renewed.
  renewMonths: z.preprocess((v) => (v === undefined || (typeof v === "string" && !v.trim()) ? null : v), months("how often it is renewed", 120).nullable()),
});
