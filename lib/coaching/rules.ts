// The coaching rules that need no database: how long each cadence allows between sessions before a
// pairing counts as lapsed, whether a pairing is running, and the bounds of a term. Pure, unit-tested.
import { fromIsoDay, isoDay, termKey } from "@/lib/dates";
import type { CoachingCadence } from "@/lib/db/generated/enums";

/** The days each cadence means between sessions. */
export const CADENCE_DAYS: Record<CoachingCadence, number> = { WEEKLY: 7, FORTNIGHTLY: 14, MONTHLY: 31, HALF_TERMLY: 49 };

/** A week's grace past the cadence (an absence, a trip) before a pairing is lapsed. */
export const GRACE_DAYS = 7;

const DAY_MS = 86_400_000;
const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

export type CadenceStatus = "NOT_STARTED" | "ON_TRACK" | "LAPSED" | "ENDED";

type Pairing = { startsOn: Date; endsOn: Date | null; cadence: CoachingCadence };

/** Running on `today`: started, and not past its end. */
export const isActive = (p: Pairing, today: Date) => p.startsOn <= today && (!p.endsOn || p.endsOn >= today);

/**
 * Whether a pairing keeps its cadence: lapsed once the days since the last session (or since the start,
 * before the first) pass the cadence and a week's grace.
 */
export function cadenceStatus(p: Pairing, lastSession: Date | null, today: Date): CadenceStatus {
  if (p.startsOn > today) return "NOT_STARTED";
  if (p.endsOn && p.endsOn < today) return "ENDED";
  const since = daysBetween(lastSession ?? p.startsOn, today);
  return since > CADENCE_DAYS[p.cadence] + GRACE_DAYS ? "LAPSED" : "ON_TRACK";
}

/** The first day of a term (lib/dates.ts termKey numbering) and the first day after it. */
export function termBounds(key: number): { start: Date; end: Date } {
  const startYear = Math.floor(key / 3);
  const starts = [`${startYear}-09-01`, `${startYear + 1}-01-01`, `${startYear + 1}-04-01`, `${startYear + 1}-09-01`];
  const term = key % 3;
  return { start: fromIsoDay(starts[term]!), end: fromIsoDay(starts[term + 1]!) };
}

/** The current term's bounds. */
export const thisTerm = (today: Date) => termBounds(termKey(today));

/** A day n days before `day` (yyyy-mm-dd). */
export const daysBefore = (day: Date, n: number) => fromIsoDay(isoDay(new Date(day.getTime() - n * DAY_MS)));
