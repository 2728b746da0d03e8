// When an ECT's mentor meetings have lapsed (issue 18 §4: "none in 14 days in term"), as a pure rule
// with today passed in. The portal keeps no school calendar: lib/dates.ts knows the three terms
// (autumn to 31 December, spring to 31 March, summer to 31 August) and nothing of their holidays. So
// the clock counts calendar days and stops in the three long breaks around those term ends, at the
// dates most English schools keep (below). A one-week half-term is counted as term: with meetings
// weekly, the last before it and the first after it are at most ten days apart, inside the fourteen.
// No Prisma and no server-only: the seed, the sweep and the pages share it.
import { isoDay } from "@/lib/dates";

const DAY = 86_400_000;
export const LAPSE_TERM_DAYS = 14;

/** The long holidays, inclusive, as [month, day] (1–12): Christmas and summer span a term's end; Easter is fixed, about the spring term's end. */
export const HOLIDAYS: readonly { name: string; from: readonly [number, number]; to: readonly [number, number] }[] = [
  { name: "Christmas", from: [12, 20], to: [1, 3] },
  { name: "Easter", from: [3, 29], to: [4, 11] },
  { name: "Summer", from: [7, 22], to: [9, 3] },
];

const monthDay = (d: Date) => (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
const md = ([m, d]: readonly [number, number]) => m * 100 + d;

/** Whether a day (a UTC midnight, as `date` columns hold it) falls in one of the long holidays. */
export function isHoliday(day: Date): boolean {
  const x = monthDay(day);
  return HOLIDAYS.some(({ from, to }) => (md(from) <= md(to) ? x >= md(from) && x <= md(to) : x >= md(from) || x <= md(to)));
}

/** The day meetings lapse after one held on `last`: the fourteenth term day after it. */
export function lapsesOn(last: Date): Date {
  let day = last;
  for (let counted = 0; counted < LAPSE_TERM_DAYS; ) {
    day = new Date(day.getTime() + DAY);
    if (!isHoliday(day)) counted++;
  }
  return day;
}

export type LapseInput = { id: string; startDate: Date; completedOn: Date | null; lastMeeting: Date | null };
export type Lapse = { since: Date; lastMeeting: Date | null; key: string };

/**
 * Whether an induction's mentor meetings have lapsed on `today`: none in the last fourteen term days.
 * The clock starts with the induction (its first day counts) or the latest meeting; an induction not
 * started or complete never lapses. `key` names this lapse (the induction and the day its clock
 * started), so a sweep tells people once per lapse, and again only after a meeting and a new lapse.
 */
export function mentorLapse(i: LapseInput, today: Date): Lapse | null {
  if (i.completedOn || i.startDate > today) return null;
  const anchor = i.lastMeeting && i.lastMeeting >= i.startDate ? i.lastMeeting : new Date(i.startDate.getTime() - DAY);
  const since = lapsesOn(anchor);
  return since <= today ? { since, lastMeeting: i.lastMeeting, key: `${i.id}:${isoDay(anchor)}` } : null;
}
