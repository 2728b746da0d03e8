// A small trust for the performance development tests: in the demo head's school, a teacher A line-managed
// by a colleague M who holds no leadership role (M reviews A), a teacher B line-managed by another colleague
// L (not a leader either), an ECT in induction; the trust's cycle with every window open today.
import { loadViewer } from "@/lib/access/queries";
import type { Viewer } from "@/lib/access/policy";
import { setCycle } from "@/lib/appraisal/commands";
import { db } from "@/lib/db/client";
import { academicYear, isoDay, londonToday } from "@/lib/dates";
import { runForm } from "../support/form";
import { seedSmallTrust } from "../support/fixtures";

export const YEAR = academicYear(londonToday()).startYear;
const TODAY = isoDay(londonToday());

/** Every window of the year open today (objectives up to today, both reviews today), in order. */
export const openWindows = () => ({
  academicYear: YEAR, objectivesFrom: `${YEAR}-09-01`, objectivesTo: TODAY, headsObjectivesTo: TODAY, midYearFrom: TODAY, midYearTo: TODAY,
  endYearFrom: TODAY, endYearTo: `${YEAR + 1}-08-31`, minObjectives: 2, maxObjectives: 4, supportStaff: "on", payRecommendations: "on",
});

/** A one-day window that is not today, for "outside its window". */
export const closedDay = () => (TODAY === `${YEAR}-09-01` ? `${YEAR + 1}-08-31` : `${YEAR}-09-01`);

export async function appraisalTrust() {
  const trust = await seedSmallTrust();
  const v = await trust.viewers();
  const schoolId = v.head.roles.find((r) => r.role === "HEADTEACHER")!.schoolId!;
  const leaders = new Set((await db().roleAssignment.findMany({ where: { role: { in: ["HEADTEACHER", "SENIOR_LEADER"] } }, select: { userId: true } })).map((r) => r.userId));
  const staff = await db().staffMember.findMany({ where: { schoolId, leaveDate: null, NOT: { userId: null } }, orderBy: { lastName: "asc" } });
  const plain = staff.filter((s) => !leaders.has(s.userId!) && s.userId !== v.teacher.userId && s.category !== "LEADERSHIP");
  if (plain.length < 5) throw new Error("The head's school needs five staff without a leadership role");
  const [a, m, b, l, ect] = plain as [typeof plain[number], typeof plain[number], typeof plain[number], typeof plain[number], typeof plain[number]];
  await db().staffMember.update({ where: { id: a.id }, data: { lineManagerId: m.id } });
  await db().staffMember.update({ where: { id: b.id }, data: { lineManagerId: l.id } });
  await db().earlyCareerInduction.deleteMany({ where: { staffMemberId: { in: [a.id, b.id, m.id, l.id] } } });
  await db().earlyCareerInduction.upsert({
    where: { staffMemberId: ect.id }, update: { completedOn: null },
    create: { trustId: a.trustId, staffMemberId: ect.id, inductionYear: 1, startDate: londonToday(), expectedCompletion: new Date(Date.UTC(YEAR + 2, 6, 20)) },
  });
  const as = async (userId: string | null): Promise<Viewer> => {
    const viewer = userId ? await loadViewer(userId) : null;
    if (!viewer) throw new Error("no viewer");
    return viewer;
  };
  const cycle = await runForm(setCycle, v.admin, openWindows());
  if (!cycle.ok) throw new Error(`cycle: ${JSON.stringify(cycle)}`);
  const otherSchool = trust.built.schools.find((s) => s.id !== schoolId)!.id;
  return { trust, v, schoolId, otherSchool, a, m, b, l, ect, A: await as(a.userId), M: await as(m.userId), B: await as(b.userId), L: await as(l.userId) };
}

/** The rows performance development writes, to show a refusal wrote nothing. */
export async function appraisalCounts() {
  const p = db();
  const [plans, objectives, evidence, reviews, progress, pay, panel, audit] = await Promise.all([
    p.appraisalPlan.count(), p.appraisalObjective.count(), p.appraisalObjectiveEvidence.count(), p.appraisalReview.count(),
    p.appraisalObjectiveProgress.count(), p.appraisalPay.count(), p.appraisalPanelMember.count(), p.auditLog.count(),
  ]);
  const signatures = await p.appraisalReview.count({ where: { OR: [{ revieweeSignedAt: { not: null } }, { reviewerSignedAt: { not: null } }] } });
  return { plans, objectives, evidence, reviews, progress, pay, panel, audit, signatures };
}

/** A priority of the school for the year, to link objectives to. */
export async function priorityOf(schoolId: string, ownerId: string, createdById: string, title = "Early reading") {
  return db().improvementPriority.create({
    data: { trustId: (await db().school.findUniqueOrThrow({ where: { id: schoolId } })).trustId, schoolId, academicYear: YEAR, title, why: "Phonics outcomes fell.", strand: "PROFESSIONAL_LEARNING", ownerId, successCriteria: "90% pass.", createdById },
  });
}
