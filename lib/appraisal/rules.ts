// The performance development rules that need no database: the trust's cycle with its defaults, the
// windows, who takes part, and where each plan stands. Pure, unit-tested beside it; the seed uses it too.
import type { AppraisalReviewKind, StaffCategory } from "@/lib/db/generated/enums";
import { fromIsoDay, isoDay } from "@/lib/dates";

export type Cycle = {
  objectivesFrom: Date; objectivesTo: Date; headsObjectivesTo: Date;
  midYearFrom: Date; midYearTo: Date; endYearFrom: Date; endYearTo: Date;
  supportStaff: boolean; minObjectives: number; maxObjectives: number; payRecommendations: boolean;
};

/** The defaults of issue 18 §2 for the academic year starting in `startYear`: objectives 1 Sep–31 Oct (heads to 31 Dec), mid-year Feb–Mar, end of year Jun–Jul. */
export function defaultCycle(startYear: number): Cycle {
  const d = (year: number, mmdd: string) => fromIsoDay(`${year}-${mmdd}`);
  return {
    objectivesFrom: d(startYear, "09-01"), objectivesTo: d(startYear, "10-31"), headsObjectivesTo: d(startYear, "12-31"),
    midYearFrom: d(startYear + 1, "02-01"), midYearTo: d(startYear + 1, "03-31"),
    endYearFrom: d(startYear + 1, "06-01"), endYearTo: d(startYear + 1, "07-31"),
    supportStaff: true, minObjectives: 2, maxObjectives: 4, payRecommendations: true,
  };
}

/** The trust's cycle for the year, or the defaults where it has set none. */
export const cycleOrDefault = (row: Cycle | null, startYear: number): Cycle => row ?? defaultCycle(startYear);

export type Window = { from: Date; to: Date };

export function reviewWindow(cycle: Cycle, kind: AppraisalReviewKind): Window {
  return kind === "MID_YEAR" ? { from: cycle.midYearFrom, to: cycle.midYearTo } : { from: cycle.endYearFrom, to: cycle.endYearTo };
}

export const objectivesWindow = (cycle: Cycle, isHead: boolean): Window => ({ from: cycle.objectivesFrom, to: isHead ? cycle.headsObjectivesTo : cycle.objectivesTo });

export const inWindow = (w: Window, today: Date) => today >= w.from && today <= w.to;

/** Who takes part: current staff, not early-career teachers in induction (their induction is their process), support staff where the trust includes them. */
export function outOfCycle(cycle: Cycle, s: { category: StaffCategory; inInduction: boolean }): string | null {
  if (s.inInduction) return "In induction: out of the cycle";
  if (s.category === "SUPPORT" && !cycle.supportStaff) return "Support staff: not in this year's cycle";
  return null;
}

type PlanState = {
  objectives: number;
  revieweeAgreedAt: Date | null;
  reviewerAgreedAt: Date | null;
  signed: AppraisalReviewKind[];
};

export const objectivesAgreed = (p: Pick<PlanState, "revieweeAgreedAt" | "reviewerAgreedAt" | "objectives">) => p.objectives > 0 && Boolean(p.revieweeAgreedAt && p.reviewerAgreedAt);

/** The three steps of the year, each done, due (its window open or not yet come) or overdue (its window closed). */
export function progressOf(cycle: Cycle, isHead: boolean, p: PlanState | null, today: Date) {
  const step = (done: boolean, w: Window) => (done ? "done" : today > w.to ? "overdue" : "due") as "done" | "due" | "overdue";
  return {
    objectives: step(Boolean(p && objectivesAgreed(p)), objectivesWindow(cycle, isHead)),
    midYear: step(Boolean(p?.signed.includes("MID_YEAR")), reviewWindow(cycle, "MID_YEAR")),
    endYear: step(Boolean(p?.signed.includes("END_OF_YEAR")), reviewWindow(cycle, "END_OF_YEAR")),
  };
}

/** The cycle's days as a form's values. */
export const cycleValues = (c: Cycle) => ({
  objectivesFrom: isoDay(c.objectivesFrom), objectivesTo: isoDay(c.objectivesTo), headsObjectivesTo: isoDay(c.headsObjectivesTo),
  midYearFrom: isoDay(c.midYearFrom), midYearTo: isoDay(c.midYearTo), endYearFrom: isoDay(c.endYearFrom), endYearTo: isoDay(c.endYearTo),
  supportStaff: c.supportStaff, minObjectives: String(c.minObjectives), maxObjectives: String(c.maxObjectives), payRecommendations: c.payRecommendations,
});
