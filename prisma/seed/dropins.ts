// The demo trust's drop-in visits (issue 18 §3): each school's head and senior leaders drop in on its
// teachers through the year (most teachers once a term, some not yet this term), short and ungraded,
// with a reply from the teacher on about half and the visitor's answer on some. The demo teacher has
// two, one answered this term; the demo head and senior leader have made some.
import type { Db, Tx } from "../../lib/db/client";
import { termBounds } from "../../lib/coaching/rules";
import { academicYear, isoDay, termKey } from "../../lib/dates";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng } from "./random";
import type { BuiltTrust } from "./types";

const DAY = 86_400_000;
const FOCUS = ["Year 3 reading", "Year 5 maths", "Year 8 science", "10B English", "Year 7 history", "Year 1 phonics", "Year 9 geography", "Year 11 maths", "Year 6 writing", "Year 4 art"];
const WENT_WELL = [
  "A calm, purposeful start: the do-now task was on the board and every pupil began at once.",
  "Clear modelling, with the teacher thinking aloud through a worked example before pupils tried one.",
  "Questioning reached every pupil: cold calling and no opt-out kept the whole class thinking.",
  "Pupils used the subject vocabulary confidently and corrected each other kindly.",
  "Routines for handing out resources saved minutes and kept the focus on learning.",
];
const NEXT_STEPS = [
  "Check understanding with the whole class before moving to independent practice.",
  "Give pupils a moment of silent thinking time before taking answers.",
  "Return to the lesson's question at the end so pupils see what they have learnt.",
  "Tighten the transition after the starter: it took four minutes.",
  "Stretch the pupils who finished early with a harder problem rather than more of the same.",
];
const REPLIES = ["Thank you: I will try that with the same class next week.", "Useful, thanks. Could you come back to see the next lesson in the sequence?", "Thanks. The transition is something I have been working on: good to hear it is noticed."];
const ANSWERS = ["Yes, let me know which lesson and I will come.", "Great: I will look out for it next time I drop in."];

export function buildDropIns(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("dropins");
  const trustId = built.trust.id;
  const { startYear } = academicYear(today);
  const now = termKey(today);
  const terms = [startYear * 3, startYear * 3 + 1, startYear * 3 + 2].filter((t) => t <= now);
  const visits: object[] = [];
  const replies: object[] = [];
  const teacherEmail = DEMO_EMAILS.teacher;
  for (const school of built.schools) {
    const srng = rng.fork(school.id);
    const visitors = built.roleAssignments.filter((r) => (r.role === "HEADTEACHER" || r.role === "SENIOR_LEADER") && r.schoolId === school.id).map((r) => r.userId);
    if (!visitors.length) continue;
    const teachers = built.staff.filter((s) => s.schoolId === school.id && !s.leaveDate && s.category !== "SUPPORT" && s.userId && !visitors.includes(s.userId));
    for (const teacher of teachers) {
      for (const term of terms) {
        const demo = teacher.email === teacherEmail;
        if (!demo && !srng.chance(term === now ? 0.55 : 0.75)) continue;
        const { start, end } = termBounds(term);
        const last = Math.min(end.getTime() - DAY, today.getTime());
        const visitedOn = new Date(start.getTime() + srng.int(3, Math.max(3, Math.floor((last - start.getTime()) / DAY))) * DAY);
        if (visitedOn > today) continue;
        const id = srng.uuid();
        const visitorId = srng.pick(visitors);
        const at = new Date(visitedOn.getTime() + 15 * 3_600_000);
        visits.push({ id, trustId, schoolId: school.id, teacherId: teacher.id, visitorId, visitedOn: isoDay(visitedOn), focus: srng.pick(FOCUS), wentWell: srng.pick(WENT_WELL), nextStep: srng.pick(NEXT_STEPS), createdAt: at });
        if (demo || srng.chance(0.5)) {
          replies.push({ id: srng.uuid(), trustId, visitId: id, authorId: teacher.userId, body: srng.pick(REPLIES), createdAt: new Date(at.getTime() + 20 * 3_600_000) });
          if (demo || srng.chance(0.4)) replies.push({ id: srng.uuid(), trustId, visitId: id, authorId: visitorId, body: srng.pick(ANSWERS), createdAt: new Date(at.getTime() + 26 * 3_600_000) });
        }
      }
    }
  }
  return { visits, replies };
}

export async function seedDropIns(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rows = buildDropIns(built, today);
  await insertRows(db, "DropInVisit", rows.visits);
  await insertRows(db, "DropInReply", rows.replies);
}
