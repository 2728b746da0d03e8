// The priorities' rules that need no database: which terms a rating may be for, which priorities are
// unfinished (and so carried into the next year). Pure, unit-tested beside it.
import { academicYear, academicYearLabel, termKey, termLabel } from "@/lib/dates";

/** The three terms of the academic year starting in `startYear` (lib/dates.ts termKey numbering). */
export const termsOfYear = (startYear: number) => [startYear * 3, startYear * 3 + 1, startYear * 3 + 2];

/** Terms a rating may be recorded for: those of the priority's year that have begun by `today`. */
export function recordableTerms(startYear: number, today: Date): { term: number; label: string }[] {
  const now = termKey(today);
  return termsOfYear(startYear)
    .filter((t) => t <= now)
    .map((term) => ({ term, label: termLabel(term) }));
}

/** Unfinished: a milestone still open, or none set (nothing shows it was achieved). */
export const isUnfinished = (milestones: { doneAt: Date | null }[]) => milestones.length === 0 || milestones.some((m) => !m.doneAt);

/** The years a school may plan for: this academic year and the next. */
export function plannableYears(today: Date): { year: number; label: string }[] {
  const { startYear } = academicYear(today);
  return [startYear, startYear + 1].map((year) => ({ year, label: academicYearLabel(year) }));
}

/** The first and last day (yyyy-mm-dd) of the academic year starting in `startYear`. */
export const yearBounds = (startYear: number) => ({ first: `${startYear}-09-01`, last: `${startYear + 1}-08-31` });
