// One school's staff: a head, senior and middle leaders, teachers, support staff and a few
// recent leavers. Rows come out managers first, so they can be inserted in order.
import type { CareerStage, LeaveReason, SchoolPhase } from "../../lib/db/generated/enums";
import { academicYearStartYear, addDays, dayBetween, termEndWithin, termStart, utcDate, weekday } from "./dates";
import { EmailBook, person } from "./identity";
import {
  EARLY_YEARS_SUBJECT, LEADERSHIP_TITLES, MIDDLE_LEADERS, PRIMARY_LEAD_AREAS, PRIMARY_SUBJECT, SECOND_SUBJECTS,
  SECONDARY_SUBJECTS, SEND_SUBJECT, SUPPORT_ROLES, type MiddleRole, type SupportRole,
} from "./names";
import type { SchoolPlan } from "./org";
import type { Rng } from "./random";
import type { StaffRow } from "./types";

type PhaseKey = "SECONDARY" | "PRIMARY" | "SPECIAL";
const phaseKey = (phase: SchoolPhase): PhaseKey => (phase === "SECONDARY" || phase === "SPECIAL" ? phase : "PRIMARY");

const STAFF_SIZE: Record<PhaseKey, readonly [number, number]> = { SECONDARY: [110, 122], SPECIAL: [45, 54], PRIMARY: [25, 36] };
const SENIORS: Record<PhaseKey, readonly [number, number]> = { SECONDARY: [3, 4], SPECIAL: [2, 3], PRIMARY: [1, 2] };
const SUPPORT_SHARE: Record<PhaseKey, readonly [number, number]> = { SECONDARY: [0.38, 0.45], SPECIAL: [0.5, 0.58], PRIMARY: [0.4, 0.5] };
const MIDDLE_SHARE: Record<PhaseKey, number> = { SECONDARY: 0.28, SPECIAL: 0.2, PRIMARY: 0.25 };
/** Below this a school cannot have a head, a senior leader, a middle leader and a teacher. */
export const MIN_STAFF_PER_SCHOOL = 6;

const TEACHER_FTE = [["1.000", 80], ["0.800", 8], ["0.600", 6], ["0.500", 4], ["0.400", 2]] as const;
const LEADER_FTE = [["1.000", 9], ["0.800", 1]] as const;
const SUPPORT_MANAGERS = new Set(["School Business Manager", "Office Manager", "Site Manager"]);
const SPECIAL_TEACHER_TITLES = [
  "Class Teacher", "Class Teacher (Key Stage 2)", "Class Teacher (Key Stage 3)", "Class Teacher (Key Stage 4)", "Teacher (Post-16)",
] as const;
const EXTRA_MIDDLE: Record<PhaseKey, MiddleRole> = {
  SECONDARY: { title: "Lead Practitioner", subjects: "teaching" },
  PRIMARY: { title: "Phase Leader", subjects: [PRIMARY_SUBJECT] },
  SPECIAL: { title: "Class Team Leader", subjects: [SEND_SUBJECT] },
};
const LEAVE_REASONS: readonly (readonly [LeaveReason, number])[] = [
  ["RESIGNATION", 40], ["PROMOTION_ELSEWHERE", 15], ["RETIREMENT", 15], ["END_OF_CONTRACT", 12],
  ["PROMOTION_WITHIN_TRUST", 8], ["OTHER", 8], ["DISMISSAL", 2],
];

type Ctx = { rng: Rng; trustId: string; school: SchoolPlan; today: Date; emails: EmailBook };
type Fields = Pick<StaffRow, "jobTitle" | "category" | "careerStage" | "fte" | "startDate" | "subjects" | "lineManagerId">;

export function buildSchoolStaff(ctx: Ctx, size?: number): StaffRow[] {
  const { rng, today, school } = ctx;
  const key = phaseKey(school.row.phase);
  const n = Math.max(MIN_STAFF_PER_SCHOOL, size ?? rng.int(...STAFF_SIZE[key]));
  const seniorCount = Math.max(1, Math.min(rng.int(...SENIORS[key]), Math.floor((n - 1) / 6)));
  const supportCount = Math.round(n * rng.float(...SUPPORT_SHARE[key]));
  const teaching = Math.max(2, n - 1 - seniorCount - supportCount);
  const middleCount = Math.max(1, Math.round(teaching * MIDDLE_SHARE[key]));

  const make = (f: Fields): StaffRow => {
    const who = person(rng);
    return {
      id: rng.uuid(), trustId: ctx.trustId, schoolId: school.row.id, userId: null, ...who, email: ctx.emails.take(who),
      ...f, leaveDate: null, leaveReason: null,
    };
  };
  const subject = () => rng.weighted(SECONDARY_SUBJECTS);

  const head = make({
    jobTitle: rng.chance(0.12) ? LEADERSHIP_TITLES.executiveHead : LEADERSHIP_TITLES.head,
    category: "LEADERSHIP", careerStage: "HEADTEACHER", fte: "1.000",
    startDate: termStart(rng, today, rng.int(0, 14)), subjects: [], lineManagerId: null,
  });

  const seniors = Array.from({ length: seniorCount }, (_, i) =>
    make({
      jobTitle: i === 0 || (key === "SECONDARY" && i === 1 && rng.chance(0.5)) ? LEADERSHIP_TITLES.deputy : LEADERSHIP_TITLES.assistant,
      category: "LEADERSHIP", careerStage: "SENIOR_LEADER", fte: "1.000",
      startDate: termStart(rng, today, rng.int(1, 18)),
      subjects: key === "SECONDARY" ? [subject()] : [key === "PRIMARY" ? PRIMARY_SUBJECT : SEND_SUBJECT],
      lineManagerId: head.id,
    }),
  );
  const senior = () => rng.pick(seniors).id;

  const middle = Array.from({ length: middleCount }, (_, i) => {
    const role = MIDDLE_LEADERS[key][i] ?? EXTRA_MIDDLE[key];
    return make({
      jobTitle: role.title, category: "TEACHER", careerStage: "MIDDLE_LEADER", fte: rng.weighted(LEADER_FTE),
      startDate: termStart(rng, today, rng.int(1, 20)),
      subjects: role.subjects === "teaching" ? [key === "SECONDARY" ? subject() : PRIMARY_SUBJECT] : [...role.subjects],
      lineManagerId: senior(),
    });
  });
  const middleTitled = (title: string) => middle.find((m) => m.jobTitle === title);
  const middleOrSenior = () => (middle.length ? rng.pick(middle).id : senior());
  const classes = [...(school.nursery ? ["Nursery"] : []), "Reception", "Year 1", "Year 2", "Year 3", "Year 4", "Year 5", "Year 6"];
  const leadAreas = rng.shuffle(PRIMARY_LEAD_AREAS);

  /** The title, subjects and line manager of the i-th teacher, by phase. */
  const post = (i: number): Pick<Fields, "jobTitle" | "subjects" | "lineManagerId"> => {
    if (key === "SECONDARY") {
      const main = subject();
      const seconds = SECOND_SUBJECTS[main];
      const subjects = seconds && rng.chance(0.2) ? [main, rng.pick(seconds)] : [main];
      const lead = middle.find((m) => m.jobTitle.startsWith("Head of ") && !m.jobTitle.startsWith("Head of Year") && m.subjects.includes(main));
      return { jobTitle: `Teacher of ${main}`, subjects, lineManagerId: lead?.id ?? middleOrSenior() };
    }
    if (key === "PRIMARY") {
      const cls = classes[i % classes.length] ?? "Year 1";
      const early = cls === "Nursery" || cls === "Reception";
      const area = !early && rng.chance(0.45) ? leadAreas[i % leadAreas.length] : undefined;
      const phaseLead = middleTitled(early ? "EYFS Lead" : ["Year 1", "Year 2"].includes(cls) ? "Key Stage 1 Lead" : "Key Stage 2 Lead");
      return {
        jobTitle: `Class Teacher (${cls})`,
        subjects: early ? [EARLY_YEARS_SUBJECT] : [area ?? PRIMARY_SUBJECT],
        lineManagerId: phaseLead?.id ?? middleOrSenior(),
      };
    }
    const area = rng.chance(0.3) ? rng.pick(PRIMARY_LEAD_AREAS) : undefined;
    return { jobTitle: rng.pick(SPECIAL_TEACHER_TITLES), subjects: area ? [SEND_SUBJECT, area] : [SEND_SUBJECT], lineManagerId: middleOrSenior() };
  };

  const teacher = (i: number): StaffRow => {
    const careerStage = rng.weighted<CareerStage>([["ECT", 8], ["EARLY_CAREER", 22], ["ESTABLISHED", 70]]);
    const yearsBack = careerStage === "ECT" ? rng.int(0, 1) : careerStage === "EARLY_CAREER" ? rng.int(1, 4) : rng.int(2, 24);
    return make({
      ...post(i), category: "TEACHER", careerStage,
      fte: careerStage === "ECT" ? "1.000" : rng.weighted(TEACHER_FTE),
      startDate: termStart(rng, today, yearsBack),
    });
  };

  let businessManager: StaffRow | undefined;
  const senco = middleTitled("SENCO");
  const support = (role: SupportRole): StaffRow => {
    const daysAgo = rng.int(14, 20 * 365);
    const manager =
      role.manager === "head" ? head.id
      : role.manager === "business" ? (businessManager?.id ?? head.id)
      : role.manager === "senco" ? (senco?.id ?? senior())
      : senior();
    const row = make({
      jobTitle: role.title, category: "SUPPORT",
      careerStage: SUPPORT_MANAGERS.has(role.title) ? "MIDDLE_LEADER" : daysAgo < 730 ? "EARLY_CAREER" : "ESTABLISHED",
      fte: rng.weighted(role.fte), startDate: weekday(addDays(today, -daysAgo)), subjects: [], lineManagerId: manager,
    });
    if (role.title === "School Business Manager") businessManager = row;
    return row;
  };

  const teachers = Array.from({ length: teaching - middleCount }, (_, i) => teacher(i));
  const { singles, pool } = SUPPORT_ROLES[key];
  // A small school's few support staff are mostly in classrooms, not all in the office.
  const singleCount = Math.min(singles.length, Math.max(1, Math.floor(supportCount / 3)));
  const supportStaff = Array.from({ length: supportCount }, (_, i) =>
    support(i < singleCount ? (singles[i] ?? rng.weighted(pool.map((r) => [r, r.weight] as const))) : rng.weighted(pool.map((r) => [r, r.weight] as const))),
  );

  const leavers = Array.from({ length: Math.round(n * rng.float(0.03, 0.07)) }, () => {
    const isTeacher = rng.chance(0.6);
    const row = isTeacher ? teacher(rng.int(0, 20)) : support(rng.weighted(pool.map((r) => [r, r.weight] as const)));
    const leaveDate = isTeacher ? termEndWithin(rng, today, 730) : dayBetween(rng, addDays(today, -730), addDays(today, -1));
    const leaveReason = rng.weighted(LEAVE_REASONS);
    const joined = addDays(leaveDate, -(leaveReason === "RETIREMENT" ? rng.int(8 * 365, 30 * 365) : rng.int(200, 15 * 365)));
    const startDate = isTeacher ? utcDate(academicYearStartYear(joined), 8, 1) : weekday(joined);
    return { ...row, startDate, leaveDate, leaveReason };
  });

  return [head, ...seniors, ...middle, ...teachers, ...supportStaff, ...leavers];
}
