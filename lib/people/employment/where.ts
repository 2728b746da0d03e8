// "Where someone works on day D" (docs/decisions/017-employment-history.md): the host school of a
// secondment or swap covering D (both ends included), else their home school on D. Two forms of the
// one rule: a Prisma where (current views, staffVisibleTo) and a SQL expression (./queries.ts, figures by date).
import type { Prisma } from "@/lib/db/generated/client";

/** Placements that move where someone works for a while; a transfer moves their home instead. */
const TEMPORARY = ["SECONDMENT", "SWAP"] as const;

/** A secondment or swap covering `day`. */
export const coveringDay = (day: Date) => ({ kind: { in: [...TEMPORARY] }, startDate: { lte: day }, endDate: { gte: day } }) satisfies Prisma.StaffPlacementWhereInput;

/** Staff placed (seconded or swapped) at one of `schools` on `day`. */
export function placedAt(schools: string[], day: Date): Prisma.StaffMemberWhereInput {
  return { placements: { some: { ...coveringDay(day), toSchoolId: { in: schools } } } };
}

/**
 * Staff who work at one of `schools` on `day` (for today's views: a transfer already set the home
 * school). Pure Prisma, an OR of two nested conditions; the caller adds the trust.
 */
export function worksAt(schools: string[], day: Date): Prisma.StaffMemberWhereInput {
  return { OR: [{ schoolId: { in: schools }, placements: { none: coveringDay(day) } }, placedAt(schools, day)] };
}
