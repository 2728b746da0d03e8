// Days for fixtures and form fields, counted from London's "today", not UTC's: between 00:00 and 01:00
// in summer UTC's date is still yesterday, so a fixture built from `toISOString()` is a day out.
import { isoDay, londonToday } from "../../lib/dates";

const DAY_MS = 86_400_000;

/** London's calendar day `offset` days from today (negative: ago), as a UTC midnight (a `date` column's value). */
export const londonDayFromToday = (offset = 0, now: Date = new Date()) => new Date(londonToday(now).getTime() + offset * DAY_MS);

/** The same day as yyyy-mm-dd (a date field's value, a SQL `date` parameter). */
export const londonIsoDay = (offset = 0, now: Date = new Date()) => isoDay(londonDayFromToday(offset, now));
