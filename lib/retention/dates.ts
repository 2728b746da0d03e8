// Retention dates, answered in Europe/London calendar days (lib/dates.ts): a leaver of 31 August is
// due on 31 August six years on and erased from 1 September London time, even at 00:30 BST (23:30
// UTC the day before); a period in days counts London days, so a clock change moves no cut-off by an hour.
import type { RetentionUnit } from "@/lib/db/generated/enums";
import { londonLocalToUtc, londonToday, isoDay } from "@/lib/dates";

/** A UTC-midnight day moved by a period; a month or year end that does not exist falls back to the month's last day (29 Feb + 1 year = 28 Feb). */
export function addPeriod(day: Date, period: number, unit: RetentionUnit): Date {
  if (unit === "DAYS") return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + period));
  const months = unit === "YEARS" ? period * 12 : period;
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day.getUTCDate(), last)));
}

/** The last day a record is kept: the day its period ends (it passes its date the day after). */
export const dueOn = (start: Date, period: number, unit: RetentionUnit) => addPeriod(start, period, unit);

/** Has a record whose date is `due` (a UTC-midnight day) passed it, on London's calendar at `now`? */
export const isPast = (due: Date, now: Date) => londonToday(now).getTime() > due.getTime();

/**
 * For rows timed to the instant (sessions, emails, log entries): those before this instant have passed
 * their date. It is the London midnight that starts the day `period` before today, so every row of a
 * London day goes the same night, whatever the clock did in between.
 */
export function cutoffInstant(now: Date, period: number, unit: RetentionUnit): Date {
  const day = addPeriod(londonToday(now), -period, unit);
  return londonLocalToUtc(`${isoDay(day)}T00:00`) ?? day;
}

/** The latest day of leaving whose record has passed its date at `now` (leaveDate ≤ this). */
export function latestLeaveDatePast(now: Date, period: number, unit: RetentionUnit): Date {
  // isPast(addPeriod(leave)) ⇔ addPeriod(leave) < today ⇔ leave ≤ addPeriod(today, −period) − 1 day, with month ends clamped:
  // checked exactly by the caller with isPast; this bound only narrows the query.
  return addPeriod(addPeriod(londonToday(now), -period, unit), 1, "DAYS");
}
