import "server-only";
// Reads and writes shared by the performance development commands, queries and the seed: the year's
// cycle (the trust's or the defaults), who takes part, who is a head, and a member of staff's plan.
import type { Tx } from "@/lib/db/client";
import { academicYear, londonToday } from "@/lib/dates";
import { cycleOrDefault, outOfCycle, type Cycle } from "./rules";

/** The academic year plans are made for: this one (London's today). */
export const planYear = () => academicYear(londonToday()).startYear;

export async function cycleFor(tx: Tx, trustId: string, year: number): Promise<Cycle> {
  return cycleOrDefault(await tx.appraisalCycle.findUnique({ where: { trustId_academicYear: { trustId, academicYear: year } } }), year);
}

/** A current member of the trust's staff with what decides their part in the cycle: induction, category, line manager, headship. */
export async function appraisee(tx: Tx, trustId: string, staffMemberId: string) {
  const s = await tx.staffMember.findFirst({
    where: { id: staffMemberId, trustId, OR: [{ leaveDate: null }, { leaveDate: { gt: londonToday() } }] },
    select: {
      id: true, trustId: true, schoolId: true, firstName: true, lastName: true, category: true, userId: true, lineManagerId: true,
      lineManager: { select: { userId: true } },
      induction: { select: { completedOn: true } },
      user: { select: { roleAssignments: { where: { role: "HEADTEACHER" }, select: { schoolId: true } } } },
    },
  });
  if (!s) return null;
  return {
    ...s,
    staffMemberId: s.id,
    inInduction: Boolean(s.induction && !s.induction.completedOn),
    isHead: Boolean(s.user?.roleAssignments.some((r) => r.schoolId === s.schoolId)),
  };
}
export type Appraisee = NonNullable<Awaited<ReturnType<typeof appraisee>>>;

/** Why a member of staff is out of this year's cycle, or null. */
export async function whyOut(tx: Tx, s: Appraisee, year: number) {
  return outOfCycle(await cycleFor(tx, s.trustId, year), s);
}

/** Creates the member of staff's plan for the year, or moves it to the given reviewer. */
export async function upsertPlan(tx: Tx, s: Appraisee, year: number, reviewerId: string) {
  const key = { staffMemberId_academicYear: { staffMemberId: s.id, academicYear: year } };
  const before = await tx.appraisalPlan.findUnique({ where: key });
  const after = await tx.appraisalPlan.upsert({
    where: key,
    create: { trustId: s.trustId, schoolId: s.schoolId, academicYear: year, staffMemberId: s.id, reviewerId, isHead: s.isHead },
    update: { reviewerId },
  });
  return { before, after };
}

/** A sign-in of the trust that is active: a reviewer must be able to sign in. */
export const activeUser = (tx: Tx, trustId: string, userId: string) => tx.user.findFirst({ where: { id: userId, trustId, status: "ACTIVE" }, select: { id: true, name: true, staffMember: { select: { id: true, schoolId: true } } } });
