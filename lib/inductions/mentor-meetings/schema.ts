// The mentor meeting form's zod schemas (issue 18 §4), shared by the browser check and the commands.
// The date's lower bound (the induction's start) needs the induction: the command checks it.
import { z } from "zod";
import { isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, numberField, optionalText, requiredText } from "@/lib/validation/fields";
import type { FrameworkArea } from "@/lib/db/generated/enums";
import { AREAS } from "./labels";

const fields = {
  heldOn: dayField("date of the meeting", { earliest: "2021-01-01" }).refine((v) => v <= isoDay(londonToday()), "The meeting cannot be in the future: log it once it has been held."),
  minutes: numberField("Enter the length in minutes, for example 45.").refine(
    (n) => Number.isInteger(n) && n >= 5 && n <= 240,
    "The length must be a whole number of minutes from 5 to 240.",
  ),
  // Checked as a whole, so an unknown value is one message on the group (the summary links to it), not on an index.
  "areas[]": z.preprocess(
    (v) => v ?? [],
    z
      .array(z.string())
      .min(1, "Choose at least one area of the framework the meeting worked on.")
      .refine((a) => a.every((x) => (AREAS as string[]).includes(x)), "Choose areas of the framework from the list.")
      .transform((a) => a as FrameworkArea[]),
  ),
  notes: optionalText("The notes", 4000),
  nextStep: requiredText("Enter the next step agreed.", "The next step", 500),
};

export const logMeetingSchema = z.object({ inductionId: idField("Choose an induction."), ...fields });
export const editMeetingSchema = z.object({ meetingId: idField("Choose a meeting."), ...fields });
export const deleteMeetingSchema = z.object({ meetingId: idField("Choose a meeting.") });
