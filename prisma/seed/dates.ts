// Date helpers for the factories. Dates are UTC midnights, as Postgres `date` columns hold them.
import { academicYear } from "@/lib/dates";
import type { Rng } from "./random";

const DAY = 86_400_000;

export const utcDate = (year: number, monthIndex: number, day: number) => new Date(Date.UTC(year, monthIndex, day));

export const startOfUtcDay = (d: Date) => utcDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());

export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);

/** The calendar year in which the academic year containing `d` began (1 September, London time). */
export const academicYearStartYear = (d: Date) => academicYear(d).startYear;

/** Moves a weekend date back to the Friday before, since schools do not hire or inspect at weekends. */
export function weekday(d: Date): Date {
  const dow = d.getUTCDay();
  return dow === 6 ? addDays(d, -1) : dow === 0 ? addDays(d, -2) : d;
}

/** A weekday in [from, to]; `to` when the range is empty. */
export function dayBetween(rng: Rng, from: Date, to: Date): Date {
  const span = daysBetween(from, to);
  return span <= 0 ? weekday(to) : weekday(addDays(from, rng.int(0, span)));
}

/**
 * A teacher's start date `yearsBack` academic years ago: mostly 1 September, sometimes the
 * January or April term, never after `today`.
 */
export function termStart(rng: Rng, today: Date, yearsBack: number): Date {
  const year = academicYearStartYear(today) - yearsBack;
  const september = utcDate(year, 8, 1);
  const other = rng.weighted([
    [september, 17],
    [utcDate(year + 1, 0, 4), 2],
    [utcDate(year + 1, 3, 20), 1],
  ] as const);
  return other <= today ? other : september;
}

/** A leaving date in the last two years: teachers leave at the end of a term, mostly in summer. */
export function termEndWithin(rng: Rng, today: Date, days: number): Date {
  const from = addDays(today, -days);
  const candidates: (readonly [Date, number])[] = [];
  for (let y = from.getUTCFullYear(); y <= today.getUTCFullYear(); y++) {
    for (const [d, w] of [[utcDate(y, 7, 31), 6], [utcDate(y, 11, 31), 2], [utcDate(y, 3, 4), 1]] as const) {
      if (d >= from && d < today) candidates.push([d, w]);
    }
  }
  return candidates.length ? rng.weighted(candidates) : dayBetween(rng, from, addDays(today, -1));
}
