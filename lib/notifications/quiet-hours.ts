// Quiet hours (DfE's workload guidance on email): nothing non-urgent is sent between 19:00 and 07:00
// London time or at a weekend; it waits for the next 07:00 on a weekday. Pure: the time is passed in.
import { fromIsoDay, isoDay, londonLocalToUtc, utcToLondonLocal } from "@/lib/dates";

export const QUIET_FROM_HOUR = 19;
export const QUIET_UNTIL_HOUR = 7;

const isWeekday = (day: Date) => day.getUTCDay() >= 1 && day.getUTCDay() <= 5;

/** `now` when mail may go now, else the next weekday 07:00 in London (as a UTC instant). */
export function nextAllowedTime(now: Date): Date {
  const local = utcToLondonLocal(now);
  let day = fromIsoDay(local.slice(0, 10));
  const hour = Number(local.slice(11, 13));
  if (isWeekday(day) && hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR) return now;
  // Before 07:00 on a weekday, today's 07:00; otherwise the next weekday's.
  if (!(isWeekday(day) && hour < QUIET_UNTIL_HOUR)) day = new Date(day.getTime() + 86_400_000);
  while (!isWeekday(day)) day = new Date(day.getTime() + 86_400_000);
  return londonLocalToUtc(`${isoDay(day)}T${String(QUIET_UNTIL_HOUR).padStart(2, "0")}:00`)!;
}

/** When a notification's email may start: at once when urgent (or quiet hours are off), else the next allowed time. */
export const sendAfter = (now: Date, urgent: boolean, quietHours: boolean): Date | undefined => {
  if (urgent || !quietHours) return undefined;
  const at = nextAllowedTime(now);
  return at.getTime() === now.getTime() ? undefined : at;
};
