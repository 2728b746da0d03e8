import "server-only";
// Pure CPD rules shared by queries, pages and tests: targets, training status, "on track" (hours and dates: lib/dates.ts).
import type { CpdTargetScope, Designation, StaffCategory } from "@/lib/db/generated/enums";

const DAY = 86_400_000;

export type TargetRow = { startYear: number; scope: CpdTargetScope; minutes: number };

/**
 * The target for a staff category in an academic year: that year's category target, else that
 * year's trust default; a year with no targets at all falls back to the latest earlier year.
 */
export function targetFor(targets: readonly TargetRow[], category: StaffCategory, startYear: number): number | null {
  const years = [...new Set(targets.map((t) => t.startYear))].filter((y) => y <= startYear).sort((a, b) => b - a);
  for (const year of years) {
    const own = targets.find((t) => t.startYear === year && t.scope === category);
    const fallback = targets.find((t) => t.startYear === year && t.scope === "DEFAULT");
    if (own ?? fallback) return (own ?? fallback)!.minutes;
  }
  return null;
}

/** Percentage of target, whole number; null without a target. */
export function percentOf(minutes: number, target: number | null): number | null {
  return target && target > 0 ? Math.floor((minutes * 100) / target) : null;
}

/** Share of the academic year (1 Sep – 31 Aug) gone by `today`, 0..1. */
export function yearElapsed(start: Date, end: Date, today: Date): number {
  const share = (today.getTime() - start.getTime()) / (end.getTime() - start.getTime());
  return Math.min(1, Math.max(0, share));
}

/** On track: verified hours at least the target's share for the part of the year gone. */
export function onTrack(minutes: number, target: number | null, elapsed: number): boolean {
  if (!target) return true;
  return minutes >= Math.floor(target * elapsed);
}

export type TrainingStatus = "VALID" | "EXPIRING" | "EXPIRED" | "MISSING";

const EXPIRING_DAYS = 30;

/** A requirement's status from the latest expiry date on record. */
export function trainingStatus(expiresOn: Date | null, today: Date, expiringDays = EXPIRING_DAYS): TrainingStatus {
  if (!expiresOn) return "MISSING";
  const days = Math.floor((expiresOn.getTime() - today.getTime()) / DAY);
  if (days < 0) return "EXPIRED";
  return days <= expiringDays ? "EXPIRING" : "VALID";
}

type RequirementLite = { categories: StaffCategory[]; designation: Designation | null };

/** Does a requirement apply to this member of staff? Empty categories mean every category. */
export function applies(req: RequirementLite, staff: { category: StaffCategory; designations: readonly Designation[] }): boolean {
  if (req.categories.length > 0 && !req.categories.includes(staff.category)) return false;
  return req.designation === null || staff.designations.includes(req.designation);
}

/** Adds whole months to a date (UTC), clamping to the month's end: 31 Jan + 1 month → 28/29 Feb. */
export function addMonths(d: Date, months: number): Date {
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return target;
}

/** When a statutory training completion lapses: the completion day plus the requirement's validity, month-end safe. */
export function trainingExpiry(completedOn: Date, validityMonths: number): Date {
  return addMonths(completedOn, validityMonths);
}
