// Retention insight's arithmetic (issue 20 §3, decision 031): turnover and stability per academic year
// and group, and early-career retention, from employment spells. Pure, so the edge cases are unit tests.
//
// A spell is one staff record: a person works from `start` until the day before `leave` (the portal's
// rule everywhere: someone is on the staff on day D when start <= D < leave). So a leave date of 31
// August counts in that academic year's leavers and leaves them out of its year-end headcount; a leave
// date of 1 September counts them at the year's end and among the next year's leavers. One person may
// have several spells (they left and rejoined): headcounts count people, and they leave the trust only
// when no spell of theirs goes on.
import { academicYearLabel } from "@/lib/dates";
import { turnover } from "@/lib/people/turnover";

const DAY = 86_400_000;

export type Spell = {
  /** The person: spells of someone who left and rejoined share it. */
  person: string;
  start: Date;
  leave: Date | null;
  reason: string | null;
  category: string;
  stage: string;
  /** The school they are recorded at (home school): where a leaving counts. */
  home: string;
  /** Where they worked on each year's first and last day (null: not on the staff), by year index. */
  at: { start: (string | null)[]; end: (string | null)[] };
  /** The day their ECT induction began, if they had one. */
  inductionStart: Date | null;
  /** Where they worked on that day. */
  inductionSchool: string | null;
};

export type YearSpan = { startYear: number; label: string; start: Date; end: Date; last: Date };

/** The five academic years up to the one containing `today`, oldest first; the current one ends today. */
export function yearSpans(currentStartYear: number, today: Date, count = 5): YearSpan[] {
  return Array.from({ length: count }, (_, i) => {
    const y = currentStartYear - count + 1 + i;
    const start = new Date(Date.UTC(y, 8, 1));
    const end = new Date(Date.UTC(y + 1, 8, 1));
    const last = new Date(Math.min(end.getTime() - DAY, today.getTime()));
    return { startYear: y, label: academicYearLabel(y), start, end, last };
  });
}

export const onStaff = (s: Pick<Spell, "start" | "leave">, day: Date) => s.start <= day && (s.leave === null || s.leave > day);

/** Moves within the trust are not leaving it: a promotion recorded as such, or another spell of theirs going on. */
export function leftTrust(s: Spell, all: Spell[]): boolean {
  if (!s.leave || s.reason === "PROMOTION_WITHIN_TRUST") return false;
  const leave = s.leave;
  return !all.some((o) => o !== s && o.person === s.person && o.start <= leave && (o.leave === null || o.leave > leave));
}

export type Tally = { atStart: number; atEnd: number; leavers: number; stayed: number };
export type Rated = Tally & { turnover: number | null; stability: number | null; caution: boolean };

/** A group is small under this average headcount: its figures carry a caution (as survey results under 20). */
export const SMALL_GROUP = 20;

export function rate(t: Tally): Rated {
  const average = (t.atStart + t.atEnd) / 2;
  return {
    ...t,
    turnover: turnover(t),
    stability: t.atStart > 0 ? t.stayed / t.atStart : null,
    caution: average < SMALL_GROUP,
  };
}

const empty = (): Tally => ({ atStart: 0, atEnd: 0, leavers: 0, stayed: 0 });
const bump = (m: Map<string, Tally>, key: string, f: keyof Tally) => {
  const t = m.get(key) ?? empty();
  t[f] += 1;
  m.set(key, t);
};

/** What a spell is grouped by: its school (where it is counted that day), or the person's category or stage. */
export type Key = (s: Spell, school: string) => string;

/**
 * School figures (the school, or groups of schools: a phase): headcounts where people worked on the
 * year's first and last days, leavers at the school they left, stability the share of those there on
 * 1 September still there on the last day. A move to another school of the trust is not a leaving.
 */
export function schoolTallies(spells: Spell[], y: number, span: YearSpan, key: Key): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const s of spells) {
    const first = s.at.start[y] ?? null;
    const last = s.at.end[y] ?? null;
    if (first) bump(out, key(s, first), "atStart");
    if (last) bump(out, key(s, last), "atEnd");
    if (first && last === first) bump(out, key(s, first), "stayed");
    if (s.leave && s.leave >= span.start && s.leave < span.end) bump(out, key(s, s.home), "leavers");
  }
  return out;
}

/** What one spell adds to a year's trust figures: counted once per person on each day. */
export type TrustFlags = { spell: Spell; atStart: boolean; atEnd: boolean; stayed: boolean; leaver: boolean };

/**
 * Trust figures (the whole trust, or by category and career stage): people in the trust on the first
 * and last days (once each, however many spells), leavers who left the trust, stability the share of
 * those there on 1 September still in the trust on the last day, at whichever school. Worked out once a
 * year (`trustFlags`), then counted by any key (`tallyBy`).
 */
export function trustFlags(spells: Spell[], span: YearSpan, people: Map<string, Spell[]> = byPerson(spells)): TrustFlags[] {
  const out: TrustFlags[] = [];
  const seen = { start: new Set<string>(), end: new Set<string>() };
  const first = span.start.getTime();
  const last = span.last.getTime();
  const end = span.end.getTime();
  for (const s of spells) {
    const start = s.start.getTime();
    const leave = s.leave ? s.leave.getTime() : Infinity;
    if (start > last && leave > end) continue;
    let atStart = false;
    let stayed = false;
    let atEnd = false;
    if (start <= first && leave > first && !seen.start.has(s.person)) {
      seen.start.add(s.person);
      atStart = true;
      stayed = people.get(s.person)!.some((o) => onStaff(o, span.last));
    }
    if (start <= last && leave > last && !seen.end.has(s.person)) {
      seen.end.add(s.person);
      atEnd = true;
    }
    const leaver = leave >= first && leave < end && leftTrust(s, people.get(s.person)!);
    if (atStart || atEnd || leaver) out.push({ spell: s, atStart, atEnd, stayed, leaver });
  }
  return out;
}

export function tallyBy(flags: TrustFlags[], key: (s: Spell) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const f of flags) {
    const k = key(f.spell);
    const t = out.get(k) ?? out.set(k, empty()).get(k)!;
    if (f.atStart) t.atStart += 1;
    if (f.atEnd) t.atEnd += 1;
    if (f.stayed) t.stayed += 1;
    if (f.leaver) t.leavers += 1;
  }
  return out;
}

export const trustTallies = (spells: Spell[], span: YearSpan, key: (s: Spell) => string) => tallyBy(trustFlags(spells, span), key);

/** Each person's spells (most people have one). */
export function byPerson(spells: Spell[]): Map<string, Spell[]> {
  const out = new Map<string, Spell[]>();
  for (const s of spells) {
    const list = out.get(s.person);
    if (list) list.push(s);
    else out.set(s.person, [s]);
  }
  return out;
}

export const sumTallies = (ts: Tally[]): Tally => ts.reduce((a, t) => ({ atStart: a.atStart + t.atStart, atEnd: a.atEnd + t.atEnd, leavers: a.leavers + t.leavers, stayed: a.stayed + t.stayed }), empty());

/** The day `years` after `d` (29 February → 28 February). */
export function yearsAfter(d: Date, years: number): Date {
  const out = new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth(), d.getUTCDate()));
  return out.getUTCMonth() === d.getUTCMonth() ? out : new Date(Date.UTC(d.getUTCFullYear() + years, d.getUTCMonth() + 1, 0));
}

export const RETENTION_YEARS = [1, 2, 5] as const;
export type Cohort = { startYear: number; label: string; ects: number; retained: { years: number; count: number | null; rate: number | null }[]; caution: boolean };

/**
 * Early-career retention: the ECTs whose induction began in each academic year, and how many of them
 * were in the trust (any school, any spell: a rejoiner counts) 1, 2 and 5 years to the day after it
 * began; null while that day is still to come.
 */
export function ectCohorts(spells: Spell[], startYears: number[], today: Date, include: (s: Spell) => boolean = () => true): Cohort[] {
  const people = byPerson(spells);
  return startYears.map((startYear) => {
    const from = new Date(Date.UTC(startYear, 8, 1));
    const to = new Date(Date.UTC(startYear + 1, 8, 1));
    const ects = spells.filter((s) => s.inductionStart && s.inductionStart >= from && s.inductionStart < to && include(s));
    const retained = RETENTION_YEARS.map((years) => {
      const due = ects.filter((s) => yearsAfter(s.inductionStart!, years) <= today);
      if (!due.length || due.length < ects.length) return { years, count: null, rate: null };
      const count = due.filter((s) => people.get(s.person)!.some((o) => onStaff(o, yearsAfter(s.inductionStart!, years)))).length;
      return { years, count, rate: count / due.length };
    });
    return { startYear, label: academicYearLabel(startYear), ects: ects.length, retained, caution: ects.length < SMALL_GROUP };
  });
}

/** "12.5%", or a dash when there is no rate. */
