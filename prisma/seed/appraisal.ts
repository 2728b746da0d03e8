// The demo trust's performance development (issue 18 §2) for this academic year: a plan for most staff in
// the cycle with their line manager as reviewer (heads: the trust admin, with a governor on the demo head's
// panel), two to four objectives linked to the school's priorities and to CPD of theirs, each step done by
// most once its window has opened and a few overdue once it has closed, and pay recommendations for some.
// Read at first start by the head's overview, a teacher's and a reviewer's pages and the trustees' table.
import type { Db, Tx } from "../../lib/db/client";
import { academicYear, londonToday } from "../../lib/dates";
import { defaultCycle, reviewWindow, type Cycle } from "../../lib/appraisal/rules";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust } from "./types";

const OBJECTIVES = [
  { title: "Embed the school's approach in my classes", success: "Drop-ins show the approach in most lessons; pupils can explain it.", timeframe: "By the spring half-term" },
  { title: "Lead a short piece of CPD for colleagues", success: "A session delivered and evaluated; two colleagues try the idea.", timeframe: "By Easter" },
  { title: "Close the gap for disadvantaged pupils in my groups", success: "Assessment shows the gap narrowing term on term.", timeframe: "By the end of the summer term" },
  { title: "Strengthen feedback so pupils act on it", success: "Book looks show pupils responding to feedback in every unit.", timeframe: "By the summer half-term" },
  { title: "Develop my subject knowledge through the trust network", success: "Attend three network meetings and adapt one unit from a partner school.", timeframe: "Across the year" },
];
const TRUST_PRIORITIES = ["Professional learning for all staff", "Staff wellbeing and workload", "Leadership at every level"];
const NOTES = {
  reviewee: "I have made a good start and the CPD has helped; the second objective needs more time.",
  reviewer: "Clear progress with evidence from drop-ins; agreed next steps for the spring.",
  workload: "Manageable; marking load eased by the feedback policy.",
  wellbeing: "Well supported; talked about protecting weekends.",
  flexible: "No request at present.",
  career: "Interested in a middle leadership role within two years.",
};

const DAY = 86_400_000;
const after = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

/** A step whose window has begun is done by most; once it has closed, a few are left overdue. */
const doneBy = (rng: Rng, from: Date, to: Date, today: Date) => today >= from && rng.chance(today > to ? 0.88 : 0.55);

export async function seedAppraisal(db: Db | Tx, built: BuiltTrust, today: Date = londonToday()) {
  const rng = createRng(DEMO_SEED).fork("appraisal");
  const year = academicYear(today).startYear;
  const cycle: Cycle = defaultCycle(year);
  const trustId = built.trust.id;
  const [priorities, inductions, activities] = await Promise.all([
    db.improvementPriority.findMany({ where: { trustId, academicYear: year }, select: { id: true, schoolId: true }, orderBy: { id: "asc" } }),
    db.earlyCareerInduction.findMany({ where: { trustId, completedOn: null }, select: { staffMemberId: true } }),
    // Up to two CPD records of each person this year, as the planned development behind their objectives.
    db.$queryRaw<{ id: string; staffMemberId: string }[]>`
      SELECT id, "staffMemberId" FROM (
        SELECT id, "staffMemberId", row_number() OVER (PARTITION BY "staffMemberId" ORDER BY "startDate", id) AS n
        FROM "CpdActivity" WHERE "trustId" = ${trustId}::uuid AND "startDate" >= ${cycle.objectivesFrom}) AS a
      WHERE n <= 2`,
  ]);
  const inInduction = new Set(inductions.map((i) => i.staffMemberId));
  const prioritiesOf = new Map<string, string[]>();
  for (const p of priorities) prioritiesOf.set(p.schoolId, [...(prioritiesOf.get(p.schoolId) ?? []), p.id]);
  const cpdOf = new Map<string, string[]>();
  for (const a of activities) cpdOf.set(a.staffMemberId, [...(cpdOf.get(a.staffMemberId) ?? []), a.id]);
  const userOf = new Map(built.staff.map((s) => [s.id, s.userId]));
  const heads = new Set(built.roleAssignments.filter((r) => r.role === "HEADTEACHER").map((r) => `${r.userId}:${r.schoolId}`));
  const admin = built.users.find((u) => u.email === DEMO_EMAILS.admin)!.id;
  const demoGovernor = built.users.find((u) => u.email === DEMO_EMAILS.governor)!.id;
  const demoTeacher = built.users.find((u) => u.email === DEMO_EMAILS.teacher)?.id;
  const demoHeadSchool = built.roleAssignments.find((r) => r.role === "LOCAL_GOVERNOR" && r.userId === demoGovernor)?.schoolId;

  const rows = { plans: [] as object[], panel: [] as object[], objectives: [] as object[], evidence: [] as object[], reviews: [] as object[], progress: [] as object[], pay: [] as object[] };
  for (const s of built.staff) {
    if (s.leaveDate || !s.userId || inInduction.has(s.id)) continue;
    const srng = rng.fork(s.id);
    const isHead = heads.has(`${s.userId}:${s.schoolId}`);
    const reviewerId = isHead ? admin : s.lineManagerId ? userOf.get(s.lineManagerId) : null;
    // Most have started; the demo teacher always has, so their page and their reviewer's are full.
    if (!reviewerId || (s.userId !== demoTeacher && !srng.chance(0.9))) continue;
    const planId = srng.uuid();
    const objectivesTo = isHead ? cycle.headsObjectivesTo : cycle.objectivesTo;
    const agreed = s.userId === demoTeacher || doneBy(srng, cycle.objectivesFrom, objectivesTo, today);
    const agreedAt = agreed ? after(cycle.objectivesFrom, srng.int(10, 50)) : null;
    const created = after(cycle.objectivesFrom, srng.int(2, 9));
    rows.plans.push({ id: planId, trustId, schoolId: s.schoolId, academicYear: year, staffMemberId: s.id, reviewerId, isHead, revieweeAgreedAt: agreedAt, reviewerAgreedAt: agreedAt, createdAt: created, updatedAt: agreedAt ?? created });
    if (isHead && s.schoolId === demoHeadSchool) rows.panel.push({ trustId, planId, userId: demoGovernor });
    const school = prioritiesOf.get(s.schoolId) ?? [];
    const cpd = cpdOf.get(s.id) ?? [];
    const objectiveIds: string[] = [];
    srng.shuffle(OBJECTIVES).slice(0, srng.int(2, 4)).forEach((o, i) => {
      const id = srng.uuid();
      objectiveIds.push(id);
      const priorityId = school.length && srng.chance(0.85) ? school[i % school.length]! : null;
      rows.objectives.push({ id, trustId, planId, title: o.title, successIndicators: o.success, timeframe: o.timeframe, priorityId, trustPriority: priorityId ? null : srng.pick(TRUST_PRIORITIES), createdAt: after(created, i), updatedAt: after(created, i) });
      if (cpd[i]) rows.evidence.push({ trustId, objectiveId: id, activityId: cpd[i] });
    });
    if (!agreed) continue;
    for (const kind of ["MID_YEAR", "END_OF_YEAR"] as const) {
      const w = reviewWindow(cycle, kind);
      if (!doneBy(srng, w.from, w.to, today)) break;
      const reviewId = srng.uuid();
      const signed = after(w.from, srng.int(3, 25));
      rows.reviews.push({
        id: reviewId, trustId, planId, kind, version: 1, revieweeComment: NOTES.reviewee, reviewerComment: NOTES.reviewer,
        workload: NOTES.workload, wellbeing: NOTES.wellbeing, flexibleWorking: NOTES.flexible, careerAspirations: NOTES.career,
        revieweeSignedAt: signed, reviewerSignedAt: signed, createdAt: w.from, updatedAt: signed,
      });
      for (const objectiveId of objectiveIds) {
        const progress = kind === "MID_YEAR" ? srng.weighted([["ON_TRACK", 6], ["BEHIND", 2], ["ACHIEVED", 1]] as const) : srng.weighted([["ACHIEVED", 6], ["NOT_ACHIEVED", 1]] as const);
        rows.progress.push({ trustId, reviewId, objectiveId, progress, revieweeComment: "Evidence gathered; see the linked CPD.", reviewerComment: "Seen in drop-ins and pupils' work." });
      }
    }
    if (srng.chance(0.25)) {
      const outcome = srng.weighted([["RECOMMENDED", 7], ["NOT_APPLICABLE", 2], ["NOT_RECOMMENDED", 1]] as const);
      const reason = { RECOMMENDED: "Objectives met last year with clear impact; progression recommended.", NOT_APPLICABLE: "At the top of the scale: no progression applies.", NOT_RECOMMENDED: "Support plan agreed; to be reconsidered at the mid-year review." }[outcome];
      rows.pay.push({ id: srng.uuid(), trustId, planId, outcome, reason, recordedById: reviewerId, at: agreedAt });
    }
  }
  await insertRows(db, "AppraisalPlan", rows.plans);
  await insertRows(db, "AppraisalPanelMember", rows.panel);
  await insertRows(db, "AppraisalObjective", rows.objectives);
  await insertRows(db, "AppraisalObjectiveEvidence", rows.evidence);
  await insertRows(db, "AppraisalReview", rows.reviews);
  await insertRows(db, "AppraisalObjectiveProgress", rows.progress);
  await insertRows(db, "AppraisalPay", rows.pay);
  return { plans: rows.plans.length, reviews: rows.reviews.length };
}
