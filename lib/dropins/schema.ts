// The drop-in forms, declared once for the browser's check and the command's. No grade: the trust does not grade lessons.
import { z } from "zod";
import { isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, requiredText } from "@/lib/validation/fields";

export const dropInSchema = z.object({
  teacherId: idField("Choose the teacher you visited."),
  visitedOn: dayField("date of the visit").refine((v) => v <= isoDay(londonToday()), { message: "The date of the visit cannot be in the future." }),
  focus: requiredText("Enter the class or subject you saw.", "The class or subject", 200),
  wentWell: requiredText("Say what went well.", "What went well", 2000),
  nextStep: requiredText("Give one next step.", "The next step", 1000),
});

export const replySchema = z.object({
  visitId: idField("Choose a valid record."),
  body: requiredText("Write your reply.", "The reply", 2000),
});
