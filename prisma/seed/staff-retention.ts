// The demo trust's retention history (issue 20 §3): five academic years of leavers at every school (7–13%
// a year, most at the end of the summer term, with reasons that differ by career stage and an occasional
// note), completed ECT inductions for earlier cohorts (those still here and those who left), and exit
// survey answers from about 45% of leavers, so the retention pages look lived-in for the trust admin,
// trustees, heads and governors at first start. Separate random stream: the other modules' rows are unchanged.
import type { CareerStage, LeaveReason, StaffCategory } from "../../lib/db/generated/enums";
import type { Db, Tx } from "../../lib/db/client";
import { academicYear, isoDay, londonToday } from "../../lib/dates";
import { EXIT_QUESTIONS, FACTORS } from "../../lib/staff-retention/exit-survey";
import { surveyStage } from "../../lib/voice/anonymity";
import { addDays, utcDate, weekday } from "./dates";
import { DEMO_EMAILS, DEMO_EMAIL_DOMAIN, DEMO_SEED } from "./demo";
import { EmailBook, person } from "./identity";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

const YEAR = 365;
const REASONS: Record<"early" | "established" | "support" | "leader", readonly (readonly [LeaveReason, number])[]> = {
  early: [["RESIGNATION", 14], ["MOVED_TO_ANOTHER_SCHOOL", 22], ["LEFT_TEACHING", 16], ["WORKLOAD_OR_WELLBEING", 16], ["RELOCATION", 14], ["FAMILY_OR_HEALTH", 6], ["END_OF_CONTRACT", 6], ["OTHER", 4], ["DISMISSAL", 2]],
  established: [["RESIGNATION", 14], ["MOVED_TO_ANOTHER_SCHOOL", 14], ["PROMOTION_ELSEWHERE", 14], ["RETIREMENT", 20], ["RELOCATION", 10], ["WORKLOAD_OR_WELLBEING", 10], ["FAMILY_OR_HEALTH", 8], ["LEFT_TEACHING", 5], ["PROMOTION_WITHIN_TRUST", 3], ["OTHER", 2]],
  support: [["RESIGNATION", 24], ["END_OF_CONTRACT", 18], ["RETIREMENT", 14], ["RELOCATION", 12], ["FAMILY_OR_HEALTH", 12], ["MOVED_TO_ANOTHER_SCHOOL", 10], ["WORKLOAD_OR_WELLBEING", 6], ["OTHER", 4]],
  leader: [["PROMOTION_ELSEWHERE", 40], ["RETIREMENT", 25], ["PROMOTION_WITHIN_TRUST", 12], ["RELOCATION", 10], ["RESIGNATION", 8], ["FAMILY_OR_HEALTH", 5]],
};
const NOTES: Partial<Record<LeaveReason, string[]>> = {
  MOVED_TO_ANOTHER_SCHOOL: ["Moving to a school nearer home.", "Moving to a school with a shorter commute."],
  RELOCATION: ["Relocating with family.", "Moving to the north-east."],
  LEFT_TEACHING: ["Moving into educational publishing.", "Retraining outside education."],
  PROMOTION_ELSEWHERE: ["Head of department post at a local school.", "Deputy headship elsewhere."],
  WORKLOAD_OR_WELLBEING: ["Said the marking load was unsustainable.", "Reducing hours was not possible in the role."],
};
/** The exit survey's factors (by index of FACTORS) each reason tends to bring. */
const FACTOR_BY_REASON: Partial<Record<LeaveReason, number[]>> = {
  WORKLOAD_OR_WELLBEING: [0, 2, 5], LEFT_TEACHING: [0, 1, 10], MOVED_TO_ANOTHER_SCHOOL: [2, 4, 6], RELOCATION: [6, 7], PROMOTION_ELSEWHERE: [4, 1],
  RETIREMENT: [9], FAMILY_OR_HEALTH: [7, 8, 5], RESIGNATION: [0, 1, 3, 2], END_OF_CONTRACT: [11, 1], PROMOTION_WITHIN_TRUST: [4], OTHER: [11], DISMISSAL: [2],
};
const COMMENTS = [
  "I loved the children and my colleagues; the workload in the summer term was the hardest part.",
  "More flexibility over part-time hours would have kept me.",
  "My mentor in my first year was excellent.",
  "The subject community gave me ideas I will take with me.",
  "Leaders were supportive when my family circumstances changed.",
  "Behaviour at the end of the day was wearing, and follow-up was inconsistent.",
  "I would come back for the right role.",
  "Promotion routes felt unclear unless you were already on the leadership team.",
  "Pay for support staff does not reflect the work.",
  "Report writing and data drops took evenings and weekends.",
  "The trust's training offer was one of the best things about working here.",
  "Cover for absent colleagues left little time for planning.",
];

type Rows = { staff: StaffRow[]; inductions: object[]; invites: object[]; responses: object[]; answers: object[] };

function leaver(rng: Rng, emails: EmailBook, trustId: string, schoolId: string, leaveOn: (category: StaffCategory) => Date | null): (StaffRow & { leaveReason: LeaveReason }) | null {
  const category = rng.weighted<StaffCategory>([["TEACHER", 55], ["SUPPORT", 36], ["LEADERSHIP", 9]]);
  const leaveDate = leaveOn(category);
  if (!leaveDate) return null;
  const stage: CareerStage =
    category === "LEADERSHIP" ? "SENIOR_LEADER"
    : category === "SUPPORT" ? rng.weighted<CareerStage>([["EARLY_CAREER", 40], ["ESTABLISHED", 60]])
    : rng.weighted<CareerStage>([["ECT", 10], ["EARLY_CAREER", 30], ["ESTABLISHED", 45], ["MIDDLE_LEADER", 15]]);
  const kind = category === "LEADERSHIP" ? "leader" : category === "SUPPORT" ? "support" : stage === "ECT" || stage === "EARLY_CAREER" ? "early" : "established";
  const leaveReason = rng.weighted(REASONS[kind]);
  // About a third of the ECTs who leave go within their first year.
  const years = stage === "ECT" ? rng.int(0, 2) : stage === "EARLY_CAREER" ? rng.int(2, 4) : leaveReason === "RETIREMENT" ? rng.int(10, 30) : rng.int(4, 18);
  const start = addDays(leaveDate, -years * YEAR - rng.int(years === 0 ? 150 : 0, 200));
  const startDate = category === "SUPPORT" ? weekday(start) : utcDate(academicYear(start).startYear, 8, 1);
  const who = person(rng);
  const title = category === "LEADERSHIP" ? "Assistant Headteacher" : category === "SUPPORT" ? rng.pick(["Teaching Assistant", "Learning Support Assistant", "Administrator", "Midday Supervisor"]) : stage === "MIDDLE_LEADER" ? "Head of Year" : "Class Teacher";
  const notes = NOTES[leaveReason];
  return {
    id: rng.uuid(), trustId, schoolId, userId: null, ...who, email: emails.take(who), jobTitle: title, category, careerStage: stage,
    fte: category === "SUPPORT" ? rng.pick(["1.000", "0.800", "0.600"]) : "1.000", startDate, leaveDate, leaveReason,
    leaveNote: notes && rng.chance(0.3) ? rng.pick(notes) : null, subjects: [], lineManagerId: null,
  };
}

/** Teachers leave at the end of a term, most in the summer; support staff on any weekday. */
function leaveDay(rng: Rng, startYear: number, category: string, today: Date): Date | null {
  const day = category === "SUPPORT"
    ? weekday(addDays(utcDate(startYear, 8, 1), rng.int(0, 360)))
    : rng.weighted<Date>([[utcDate(startYear, 11, 31), 15], [utcDate(startYear + 1, 3, 12), 12], [utcDate(startYear + 1, 7, 31), 73]]);
  return day < today ? day : null;
}

function induction(rng: Rng, trustId: string, s: { id: string; startDate: Date }, completed: boolean) {
  const expected = addDays(utcDate(s.startDate.getUTCFullYear() + 2, s.startDate.getUTCMonth(), s.startDate.getUTCDate()), -1);
  return { id: rng.uuid(), trustId, staffMemberId: s.id, inductionYear: 2, mentorId: null, inductionTutorId: null, startDate: isoDay(s.startDate), expectedCompletion: isoDay(expected), completedOn: completed ? isoDay(expected) : null, expectedTerms: 6, appropriateBody: "Northbridge Teaching School Hub" };
}

export function buildStaffRetention(built: BuiltTrust, now: Date = new Date(), inducted: Set<string> = new Set()): Rows {
  const rng = createRng(DEMO_SEED).fork("retention");
  const today = londonToday(now);
  const trustId = built.trust.id;
  const current = academicYear(today).startYear;
  const emails = new EmailBook(DEMO_EMAIL_DOMAIN);
  for (const e of new Set([...built.staff.map((s) => s.email), ...built.users.map((u) => u.email)].map((e) => e.toLowerCase()))) emails.reserve(e);
  const rows: Rows = { staff: [], inductions: [], invites: [], responses: [], answers: [] };
  const phase = new Map(built.schools.map((s) => [s.id, s.phase]));
  // The demo head's school (a small primary) gets a few more leavers, most of whom answered, so its head and
  // governor see exit survey figures as well as the trust's people.
  const demoSchool = built.staff.find((s) => s.email === DEMO_EMAILS.head)?.schoolId;
  for (const school of built.schools) {
    const srng = rng.fork(school.id);
    const size = built.staff.filter((s) => s.schoolId === school.id && !s.leaveDate).length;
    const demo = school.id === demoSchool;
    const rate = demo ? 0.12 : srng.float(0.06, 0.11);
    for (let y = current - 4; y <= current; y++) {
      const count = Math.round(size * rate * (y === current ? 0.3 : 1) + srng.float(-0.5, 0.5));
      for (let i = 0; i < count; i++) {
        const row = leaver(srng, emails, trustId, school.id, (category) => leaveDay(srng, y, category, today));
        if (!row) continue;
        const leaveDate = row.leaveDate!;
        rows.staff.push(row);
        if (row.category === "TEACHER" && (row.careerStage === "ECT" || row.careerStage === "EARLY_CAREER") && row.startDate >= utcDate(current - 7, 8, 1)) {
          rows.inductions.push(induction(srng, trustId, row, addDays(row.startDate, 2 * YEAR) <= leaveDate));
        }
        if (!srng.chance(demo ? 0.9 : 0.45)) continue;
        const answeredOn = addDays(leaveDate, srng.int(-10, 14));
        if (answeredOn >= today) continue;
        rows.invites.push({ id: srng.uuid(), trustId, staffMemberId: row.id, tokenHash: srng.uuid(), expiresOn: isoDay(addDays(answeredOn, 20)), answered: true });
        const responseId = srng.uuid();
        rows.responses.push({ id: responseId, trustId, schoolId: school.id, phase: phase.get(school.id), category: row.category, stage: surveyStage(row.careerStage), answeredOn: isoDay(answeredOn) });
        const likely = FACTOR_BY_REASON[row.leaveReason as LeaveReason] ?? [11];
        const factors = new Set(srng.shuffle([...likely]).slice(0, srng.int(1, Math.min(3, likely.length))));
        if (srng.chance(0.25)) factors.add(srng.int(0, FACTORS.length - 1));
        for (const f of [...factors].slice(0, 3)) rows.answers.push({ id: srng.uuid(), trustId, responseId, questionKey: "exit.factors", value: f, text: null });
        const mood = row.leaveReason === "WORKLOAD_OR_WELLBEING" || row.leaveReason === "LEFT_TEACHING" ? -1 : row.leaveReason === "RETIREMENT" ? 0.8 : 0;
        for (const q of EXIT_QUESTIONS) {
          const noise = srng.float(-1.3, 1.3);
          if (q.kind === "SCALE") rows.answers.push({ id: srng.uuid(), trustId, responseId, questionKey: q.key, value: Math.max(1, Math.min(5, Math.round(3.4 + mood + noise - (q.key === "exit.workload" ? 0.8 : 0)))), text: null });
          if (q.kind === "ENPS") rows.answers.push({ id: srng.uuid(), trustId, responseId, questionKey: q.key, value: Math.max(0, Math.min(10, Math.round(6.5 + 2 * mood + 2 * noise))), text: null });
          if (q.kind === "TEXT" && srng.chance(0.35)) rows.answers.push({ id: srng.uuid(), trustId, responseId, questionKey: q.key, value: null, text: srng.pick(COMMENTS) });
        }
      }
    }
  }
  // Earlier ECT cohorts still here: the early-career teachers who joined in the last seven years, and a
  // few established ones who joined five to seven years ago, took their induction with the trust.
  for (const s of built.staff) {
    if (s.leaveDate || s.category !== "TEACHER" || s.careerStage === "ECT" || inducted.has(s.id)) continue;
    const years = (today.getTime() - s.startDate.getTime()) / (YEAR * 86_400_000);
    const was = (s.careerStage === "EARLY_CAREER" && years >= 1 && years < 7) || (s.careerStage === "ESTABLISHED" && years >= 4.5 && years < 7 && rng.chance(0.5));
    if (was) rows.inductions.push(induction(rng, trustId, s, addDays(s.startDate, 2 * YEAR) <= today));
  }
  return rows;
}

export async function seedStaffRetention(db: Db | Tx, built: BuiltTrust, now: Date = new Date()) {
  // Staff who already have an induction (the current ECTs, lib/seed inductions) keep theirs.
  const have = await db.earlyCareerInduction.findMany({ where: { trustId: built.trust.id }, select: { staffMemberId: true } });
  const rows = buildStaffRetention(built, now, new Set(have.map((h) => h.staffMemberId)));
  await insertRows(db, "StaffMember", rows.staff);
  await insertRows(db, "EarlyCareerInduction", rows.inductions);
  await insertRows(db, "ExitSurveyInvite", rows.invites);
  await insertRows(db, "ExitSurveyResponse", rows.responses);
  for (let i = 0; i < rows.answers.length; i += 20_000) await insertRows(db, "ExitSurveyAnswer", rows.answers.slice(i, i + 20_000));
}
