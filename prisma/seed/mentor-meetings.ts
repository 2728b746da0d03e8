// The demo trust's ECT mentor meetings (issue 18 §4): every induction gets a weekly meeting from its
// start (on the mentor's usual weekday, none in the long holidays, a week missed now and then) up to
// today or its completion, each with its two verified MENTORING CPD records. About one active
// induction in five stopped meeting three to six weeks of term ago, so heads see lapses: at the demo
// school always one, another ECT than the demo teacher's if it has one (whose log then runs to today).
import type { Db, Tx } from "../../lib/db/client";
import type { FrameworkArea } from "../../lib/db/generated/enums";
import { AREAS, areaList } from "../../lib/inductions/mentor-meetings/labels";
import { isHoliday } from "../../lib/inductions/mentor-meetings/rules";
import { addDays } from "./dates";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust } from "./types";

type Person = { id: string; schoolId: string; firstName: string; lastName: string; userId: string | null };
export type SeedInduction = { id: string; trustId: string; startDate: Date; completedOn: Date | null; staffMember: Person; mentor: Person | null };

// Early weeks lean on behaviour and classroom practice; professional behaviours and high expectations come up less often.
const WEIGHTS: readonly (readonly [FrameworkArea, number])[] = [
  ["MANAGING_BEHAVIOUR", 6], ["CLASSROOM_PRACTICE", 6], ["ADAPTIVE_TEACHING", 4], ["ASSESSMENT", 4],
  ["SUBJECT_AND_CURRICULUM", 3], ["HOW_PUPILS_LEARN", 3], ["HIGH_EXPECTATIONS", 1], ["PROFESSIONAL_BEHAVIOURS", 1],
];
const STEPS: Record<FrameworkArea, string[]> = {
  HIGH_EXPECTATIONS: ["Use the school's praise routine with three named pupils each lesson.", "Set one stretch question for every task this week."],
  HOW_PUPILS_LEARN: ["Start each lesson with a five-question retrieval quiz.", "Break the next explanation into two steps, with a check between."],
  SUBJECT_AND_CURRICULUM: ["Map where this unit's key vocabulary is first taught.", "Plan the misconceptions for next week's unit with the subject lead."],
  CLASSROOM_PRACTICE: ["Cold call three pupils before taking hands up.", "Model the first example under the visualiser, thinking aloud."],
  ADAPTIVE_TEACHING: ["Prepare a scaffolded sheet for the pupils on the SEND register.", "Seat the group that needs support where you can reach them first."],
  ASSESSMENT: ["Use mini whiteboards for a hinge question mid-lesson.", "Give whole-class feedback on the last piece of writing."],
  MANAGING_BEHAVIOUR: ["Meet the class at the door and give the first instruction there.", "Use the consequence system consistently in period 5."],
  PROFESSIONAL_BEHAVIOURS: ["Observe a colleague's lesson and note two routines to borrow.", "Block out planning time and protect it for a week."],
};
const NOTES = [
  "Looked at the observation notes from this week together; good progress on routines.",
  "Discussed a difficult lesson with Year 9 and what to change next time.",
  "Reviewed planning for the next unit; subject knowledge is secure.",
  "Talked through workload: marking is now more manageable with whole-class feedback.",
  "Watched a short clip of an expert teacher and picked out the techniques.",
];

function meetingsOf(rng: Rng, i: SeedInduction, mentor: Person, today: Date, lapsed: boolean, recordedById: string) {
  const end = i.completedOn && i.completedOn < today ? i.completedOn : today;
  // Stop three to six weeks of term before today, so its lapse has begun.
  let cutoff = end;
  if (lapsed) for (let counted = 0, target = rng.int(18, 40); counted < target; cutoff = addDays(cutoff, -1)) if (!isHoliday(cutoff)) counted++;
  const usual = rng.int(1, 4); // Monday to Thursday
  const meetings: object[] = [];
  // Each week from the Monday of the induction's first week.
  for (let monday = addDays(i.startDate, -((i.startDate.getUTCDay() + 6) % 7)); monday <= cutoff; monday = addDays(monday, 7)) {
    const heldOn = addDays(monday, Math.min(4, Math.max(0, usual - 1 + (rng.chance(0.2) ? rng.int(-1, 1) : 0))));
    const recent = heldOn > addDays(cutoff, -21);
    if (heldOn < i.startDate || heldOn > cutoff || isHoliday(heldOn) || (!recent && rng.chance(0.08))) continue;
    const areas = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.weighted(WEIGHTS)))];
    meetings.push({
      id: rng.uuid(), trustId: i.trustId, inductionId: i.id, mentorId: mentor.id, heldOn, minutes: rng.weighted([[30, 3], [45, 4], [60, 2]] as const),
      areas: AREAS.filter((a) => areas.includes(a)), notes: rng.chance(0.8) ? rng.pick(NOTES) : null, nextStep: rng.pick(STEPS[areas[0]!]),
      recordedById, createdAt: heldOn, updatedAt: heldOn,
    });
  }
  return meetings as { id: string; heldOn: Date; minutes: number; areas: FrameworkArea[] }[];
}

export function buildMentorMeetings(built: BuiltTrust, inductions: SeedInduction[], today: Date) {
  const rng = createRng(DEMO_SEED).fork("mentor-meetings");
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")?.userId;
  const demoMentor = built.staff.find((s) => s.email === DEMO_EMAILS.teacher)?.id;
  const demoSchool = built.staff.find((s) => s.email === DEMO_EMAILS.head)?.schoolId;
  const atDemoSchool = inductions.filter((i) => !i.completedOn && i.mentor && i.staffMember.schoolId === demoSchool).sort((a, b) => a.id.localeCompare(b.id));
  const demoLapse = (atDemoSchool.find((i) => i.mentor?.id !== demoMentor) ?? atDemoSchool[0])?.id;
  const meetings: object[] = [];
  const cpd: object[] = [];
  for (const i of [...inductions].sort((a, b) => a.id.localeCompare(b.id))) {
    const mentor = i.mentor;
    const recordedById = mentor?.userId ?? admin;
    if (!mentor || !recordedById) continue;
    const r = rng.fork(i.id);
    const lapsed = i.id === demoLapse || (!i.completedOn && i.staffMember.schoolId !== demoSchool && r.chance(0.2));
    for (const m of meetingsOf(r, i, mentor, today, lapsed, recordedById)) {
      meetings.push(m);
      const focus = areaList(m.areas);
      const common = { trustId: i.trustId, type: "MENTORING", startDate: m.heldOn, endDate: m.heldOn, minutes: m.minutes, mentorMeetingId: m.id, status: "VERIFIED", submittedAt: m.heldOn, verifiedById: recordedById, verifiedAt: m.heldOn, createdAt: m.heldOn, updatedAt: m.heldOn };
      cpd.push(
        { ...common, id: r.uuid(), staffMemberId: i.staffMember.id, schoolId: i.staffMember.schoolId, strand: "PROFESSIONAL_LEARNING", title: `ECT mentor meeting with ${mentor.firstName} ${mentor.lastName}: ${focus}` },
        { ...common, id: r.uuid(), staffMemberId: mentor.id, schoolId: mentor.schoolId, strand: "LEADERSHIP_DEVELOPMENT", title: `Mentoring ${i.staffMember.firstName} ${i.staffMember.lastName} (ECT): ${focus}` },
      );
    }
  }
  return { meetings, cpd };
}

const person = { select: { id: true, schoolId: true, firstName: true, lastName: true, userId: true } } as const;

export async function seedMentorMeetings(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const inductions = await db.earlyCareerInduction.findMany({
    where: { trustId: built.trust.id },
    select: { id: true, trustId: true, startDate: true, completedOn: true, staffMember: person, mentor: person },
  });
  const rows = buildMentorMeetings(built, inductions, today);
  await insertRows(db, "MentorMeeting", rows.meetings);
  for (let i = 0; i < rows.cpd.length; i += 5_000) await insertRows(db, "CpdActivity", rows.cpd.slice(i, i + 5_000));
}
