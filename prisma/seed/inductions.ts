// ECT inductions for a built trust (issue 11 §5): every current ECT has one, with a mentor, an
// induction tutor (a senior leader, else the head) and an appropriate body, and the statutory schedule
// of lib/inductions/rules.ts: reviews due before the build day are mostly held (a few found "not on
// track", a few left overdue). At the demo school the demo teacher mentors the longest-serving ECT
// (the school's newest teacher becomes one if it has none), whose latest review due is left unheld,
// so the head's list always shows one behind, and why.
import type { Prisma } from "../../lib/db/generated/client";
import { inductionSchedule, inductionYearOn } from "../../lib/inductions/rules";
import { academicYearStartYear, addDays, utcDate, weekday } from "./dates";
import { DEMO_EMAILS } from "./demo";
import type { Rng } from "./random";
import type { StaffRow } from "./types";

type Row<T> = T & { id: string };
export type InductionRows = { inductions: Row<Prisma.EarlyCareerInductionCreateManyInput>[]; reviews: Row<Prisma.InductionReviewCreateManyInput>[] };

const APPROPRIATE_BODIES = ["Northbridge Teaching School Hub", "Three Rivers Teaching School Hub", "Kingsmoor Local Authority", "Pennine Teaching School Hub"];
const NOTES = {
  ON_TRACK: ["Making good progress against the Teachers' Standards.", "Behaviour routines now secure; next focus is adaptive teaching.", "Strong subject knowledge; planning for assessment is developing well."],
  NOT_ON_TRACK: ["Support plan agreed with the mentor: behaviour management and lesson pacing.", "Not yet meeting Standard 7; extra observed lessons and a support plan agreed."],
  SATISFACTORY: ["Meets the Teachers' Standards; recommended to the appropriate body as satisfactory."],
} as const;

/** Six terms full time; a part-timer's induction pro rata (0.6 FTE: ten terms), at most eighteen. */
const termsFor = (fte: string) => Math.min(18, Math.ceil(6 / Math.max(Number(fte) || 1, 1 / 3)));

export function buildInductions(rng: Rng, trustId: string, current: StaffRow[], bySchool: Map<string, StaffRow[]>, today: Date): InductionRows {
  const out: InductionRows = { inductions: [], reviews: [] };
  const byEmail = (email: string) => current.find((s) => s.email === email);
  const demoSchool = byEmail(DEMO_EMAILS.head)?.schoolId;
  const demoEcts = current.filter((s) => s.careerStage === "ECT" && s.schoolId === demoSchool).sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  const showcase = demoEcts[0] ?? newestTeacherBecomesEct(current, demoSchool);
  // Well into the induction, whenever they joined: the showcase has reviews held and one overdue.
  const lastSeptember = utcDate(academicYearStartYear(today) - 1, 8, 1);
  const body = new Map<string, string>();
  for (const ect of current.filter((s) => s.careerStage === "ECT")) {
    const staff = bySchool.get(ect.schoolId) ?? [];
    const mentor = ect === showcase ? byEmail(DEMO_EMAILS.teacher) : rng.pick(staff.filter((s) => s.careerStage === "MIDDLE_LEADER" || s.careerStage === "ESTABLISHED").concat(staff.slice(0, 1)));
    const tutor = (ect === showcase ? byEmail(DEMO_EMAILS.seniorLeader) : undefined) ?? staff.find((s) => s.careerStage === "SENIOR_LEADER") ?? staff.find((s) => s.careerStage === "HEADTEACHER");
    if (!body.has(ect.schoolId)) body.set(ect.schoolId, rng.pick(APPROPRIATE_BODIES));
    const startDate = ect === showcase && ect.startDate < lastSeptember ? lastSeptember : ect.startDate;
    const schedule = inductionSchedule(startDate, termsFor(ect.fte));
    const id = rng.uuid();
    const due = schedule.filter((s) => s.dueOn < today);
    let completedOn: Date | null = null;
    for (const s of schedule) {
      const past = s.dueOn < today;
      // The showcase's latest review due is overdue; elsewhere about one review in fifteen is.
      const overdue = past && (ect === showcase ? s === due[due.length - 1] : rng.chance(0.07));
      const held = past && !overdue;
      const outcome = !held ? null : s.final ? "SATISFACTORY" : rng.chance(0.9) ? "ON_TRACK" : "NOT_ON_TRACK";
      const heldOn = held ? weekday(addDays(s.dueOn, -rng.int(0, 6))) : null;
      if (s.final && heldOn) completedOn = heldOn;
      out.reviews.push({
        id: rng.uuid(), trustId, inductionId: id, kind: s.kind, dueOn: s.dueOn, heldOn, outcome,
        notes: outcome ? rng.pick(NOTES[outcome]) : null, recordedById: held ? (tutor?.userId ?? null) : null,
      });
    }
    out.inductions.push({
      id, trustId, staffMemberId: ect.id, inductionYear: inductionYearOn(schedule, today), mentorId: mentor?.id ?? null, inductionTutorId: tutor?.id ?? null,
      startDate, expectedTerms: schedule.length, expectedCompletion: schedule[schedule.length - 1]!.dueOn, completedOn,
      appropriateBody: body.get(ect.schoolId) ?? null, createdAt: ect.startDate,
    });
  }
  return out;
}

/** The demo school's most recently started teacher (not a demo sign-in) becomes its ECT, before the staff are inserted. */
function newestTeacherBecomesEct(current: StaffRow[], schoolId: string | undefined): StaffRow | undefined {
  const demo = new Set<string>(Object.values(DEMO_EMAILS));
  const teacher = current
    .filter((s) => s.schoolId === schoolId && s.category === "TEACHER" && ["EARLY_CAREER", "ESTABLISHED"].includes(s.careerStage) && !demo.has(s.email))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime())[0];
  if (teacher) teacher.careerStage = "ECT";
  return teacher;
}
