// The coaching forms, declared once for the browser's check and the command's.
import { z } from "zod";
import { CoachingCadence } from "@/lib/db/generated/enums";
import { addYears, isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, numberField, requiredText } from "@/lib/validation/fields";

const id = idField("Choose a valid record.");
const day = (label: string) => dayField(label, { latest: () => addYears(isoDay(londonToday()), 3) });
const optionalDay = (label: string) => z.union([z.literal("").transform(() => null), day(label)]).optional().transform((v) => v ?? null);

export const pairingSchema = z
  .object({
    coacheeId: idField("Choose the member of staff to be coached."),
    coachId: idField("Choose the coach."),
    focus: requiredText("Say what the coaching is about.", "The focus", 300),
    startsOn: day("start date"),
    endsOn: optionalDay("end date"),
    cadence: z.enum(CoachingCadence, { error: "Choose how often they meet." }),
  })
  .superRefine((v, ctx) => {
    if (v.coachId === v.coacheeId) ctx.addIssue({ code: "custom", path: ["coachId"], message: "Choose a coach other than the person coached." });
    if (v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "The end date must be on or after the start date." });
  });

export const endPairingSchema = z.object({ pairingId: id });

export const stepSchema = z.object({
  pairingId: id,
  description: requiredText("Describe the step: something small you will be able to see.", "The step", 500),
});

export const secureStepSchema = z.object({ stepId: id });

const minutes = numberField("Enter the duration in minutes.").pipe(
  z.number().int("Enter the duration in whole minutes.").min(5, "A session is at least 5 minutes.").max(480, "A session is at most 480 minutes (8 hours)."),
);

const sessionFields = {
  heldOn: dayField("session date").refine((v) => v <= isoDay(londonToday()), { message: "The session date cannot be in the future: record a session once it has happened." }),
  minutes,
  notes: requiredText("Add notes of the session.", "The notes", 4000),
};

export const sessionSchema = z.object({ pairingId: id, ...sessionFields });
export const editSessionSchema = z.object({ sessionId: id, ...sessionFields });
export const sessionIdSchema = z.object({ sessionId: id });

