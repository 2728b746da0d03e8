// England's statutory induction (2021 on), as pure rules: two years (six terms full time; a
// part-timer's induction is pro rata, so more terms), a progress review each term without a formal
// assessment, a formal assessment at the midpoint (interim, end of term 3 full time) and at the end
// (final: satisfactory or unsatisfactory, which completes the induction). Terms are lib/dates.ts's.
// No Prisma and no server-only: the seed builds its demo inductions with the same schedule.
import { formatDate, termKey, termLabel } from "@/lib/dates";
import type { InductionOutcome, InductionReviewKind } from "@/lib/db/generated/enums";
import { KIND_LABEL, OUTCOME_LABEL, type InductionStatus } from "./labels";

const DAY = 86_400_000;

/** Roughly when each term's review falls: before schools break up (autumn 15 Dec, spring 25 Mar, summer 15 Jul). */
const DUE: readonly (readonly [month: number, day: number])[] = [[11, 15], [2, 25], [6, 15]];

/** A weekend date moves back to the Friday before: reviews are held in school. */
function schoolDay(d: Date): Date {
  const dow = d.getUTCDay();
  return dow === 6 ? new Date(d.getTime() - DAY) : dow === 0 ? new Date(d.getTime() - 2 * DAY) : d;
}

/** The day a term's review is due (a UTC midnight, as `date` columns hold it), for a lib/dates.ts term key. */
export function termDueOn(key: number): Date {
  const startYear = Math.floor(key / 3);
  const term = key % 3;
  const [month, day] = DUE[term] ?? [6, 15];
  return schoolDay(new Date(Date.UTC(term === 0 ? startYear : startYear + 1, month, day)));
}

/** An ECT who starts in the last four weeks before a term's review day starts counting from the next term. */
const MIN_DAYS_IN_FIRST_TERM = 28;

export function firstTermKey(start: Date): number {
  const key = termKey(start);
  return termDueOn(key).getTime() - start.getTime() >= MIN_DAYS_IN_FIRST_TERM * DAY ? key : key + 1;
}

export type ScheduledReview = { term: number; termKey: number; label: string; kind: InductionReviewKind; dueOn: Date; final: boolean };

/** The term of the interim formal assessment: the midpoint (term 3 of 6; rounded up for an odd number of terms). */
const interimTerm = (expectedTerms: number) => Math.ceil(expectedTerms / 2);

/** One review per term from the start: formal assessments at the midpoint and the end, progress reviews between. */
export function inductionSchedule(start: Date, expectedTerms: number): ScheduledReview[] {
  const first = firstTermKey(start);
  const interim = interimTerm(expectedTerms);
  return Array.from({ length: expectedTerms }, (_, i) => {
    const term = i + 1;
    const final = term === expectedTerms;
    return {
      term,
      termKey: first + i,
      label: termLabel(first + i),
      kind: final || term === interim ? "FORMAL_ASSESSMENT" : "PROGRESS_REVIEW",
      dueOn: termDueOn(first + i),
      final,
    };
  });
}

/** Year 1 or 2 of the induction on `day`: up to and including the interim assessment's term it is year 1. */
export function inductionYearOn(schedule: ScheduledReview[], day: Date): 1 | 2 {
  const current = schedule.find((s) => s.dueOn >= day) ?? schedule[schedule.length - 1];
  return current && current.term > interimTerm(schedule.length) ? 2 : 1;
}

export type ReviewState = { kind: InductionReviewKind; dueOn: Date; heldOn: Date | null; outcome: InductionOutcome | null };
export type InductionState = { startDate: Date; completedOn: Date | null; reviews: ReviewState[] };

/** The review that is the final assessment: the last formal assessment due. */
export function finalReviewOf<R extends ReviewState>(reviews: R[]): R | undefined {
  return reviews.filter((r) => r.kind === "FORMAL_ASSESSMENT").sort((a, b) => b.dueOn.getTime() - a.dueOn.getTime())[0];
}

/** "Spring 2026 progress review" for a review, named by the term it is due in. */
const reviewName = (r: Pick<ReviewState, "kind" | "dueOn">) => `${termLabel(termKey(r.dueOn))} ${KIND_LABEL[r.kind].toLowerCase()}`;

const CONCERNS: readonly InductionOutcome[] = ["NOT_ON_TRACK", "UNSATISFACTORY"];

/**
 * Where an induction stands on `today` and, when it is behind, why: every review or assessment whose
 * due date has passed without being held, and a latest outcome of "not on track". A completed
 * induction is never behind; one that has not started yet cannot be.
 */
export function inductionStatus(induction: InductionState, today: Date): { status: InductionStatus; reasons: string[] } {
  if (induction.completedOn) {
    const final = finalReviewOf(induction.reviews);
    return { status: final?.outcome === "UNSATISFACTORY" ? "FAILED" : "PASSED", reasons: [] };
  }
  if (induction.startDate > today) return { status: "NOT_STARTED", reasons: [] };
  const reasons = induction.reviews
    .filter((r) => !r.heldOn && r.dueOn < today)
    .sort((a, b) => a.dueOn.getTime() - b.dueOn.getTime())
    .map((r) => `${reviewName(r)} was due on ${formatDate(r.dueOn)} and has not been held.`);
  const latest = induction.reviews
    .filter((r): r is ReviewState & { heldOn: Date; outcome: InductionOutcome } => Boolean(r.heldOn && r.outcome))
    .sort((a, b) => b.heldOn.getTime() - a.heldOn.getTime() || b.dueOn.getTime() - a.dueOn.getTime())[0];
  if (latest && CONCERNS.includes(latest.outcome)) {
    reasons.push(`The latest review (${reviewName(latest)}, ${formatDate(latest.heldOn)}) found them ${OUTCOME_LABEL[latest.outcome].toLowerCase()}.`);
  }
  return { status: reasons.length ? "BEHIND" : "ON_TRACK", reasons };
}

/** The order of the school's list: behind first, completed last. */
export const STATUS_ORDER: Record<InductionStatus, number> = { BEHIND: 0, ON_TRACK: 1, NOT_STARTED: 2, FAILED: 3, PASSED: 4 };
