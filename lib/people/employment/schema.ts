// The employment history forms' zod schemas (issue 11 §3), shared by the browser check and the commands.
import { z } from "zod";
import { isoDay, londonToday } from "@/lib/dates";
import { dayField, idField, optionalText } from "@/lib/validation/fields";

const staffMemberId = idField("Choose a member of staff.");
const note = optionalText("The note", 500);
const ahead = () => isoDay(new Date(londonToday().getTime() + 3 * 366 * 86_400_000));
const day = (label: string) => dayField(label, { earliest: "1970-01-01", latest: ahead });

/** A period with both ends: the end is the last day at the other school, after the first. */
const period = z.object({ startDate: day("start date"), endDate: day("end date") });
const endAfterStart = <T extends z.infer<typeof period>>(s: z.ZodType<T>) =>
  s.refine((v) => v.endDate > v.startDate, { message: "The end date must be after the start date.", path: ["endDate"] });

/** A permanent move. It takes effect on its date, today or earlier: a future move is recorded on the day. */
export const transferSchema = z.object({
  staffMemberId,
  toSchoolId: idField("Choose the school they move to."),
  startDate: dayField("date of the move", { earliest: "1970-01-01" }).refine((v) => v <= isoDay(londonToday()), {
    message: "A transfer takes effect on its date: give today or an earlier date, and record a future move on the day.",
  }),
  note,
});

export const secondmentSchema = endAfterStart(period.extend({ staffMemberId, toSchoolId: idField("Choose the school they are seconded to."), note }));

export const swapSchema = endAfterStart(period.extend({ staffMemberId, otherStaffMemberId: idField("Choose who they swap with."), note }));

export const endPlacementSchema = z.object({ placementId: idField("Choose a placement."), endDate: day("new end date") });
export const cancelPlacementSchema = z.object({ placementId: idField("Choose a placement.") });

