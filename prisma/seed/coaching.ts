// The demo trust's coaching (issue 18 §3): "we will support and nurture headteachers, aspiring
// headteachers and middle leaders across the Trust through coaching" (seed 002). Heads are coached by a
// head of another school, senior leaders (aspiring heads) by a head or senior leader elsewhere, middle
// leaders by a senior leader of their own school; a year of sessions at each pair's cadence (a few
// lapsed lately, a few ended last summer), action steps secured along the way, and the CPD each
// session writes. The demo teacher is coached by the demo senior leader; the demo head by another head.
import type { Db, Tx } from "../../lib/db/client";
import { CADENCE_DAYS } from "../../lib/coaching/rules";
import { COACH_CPD_TITLE, COACHEE_CPD_TITLE } from "../../lib/coaching/labels";
import { academicYear, isoDay } from "../../lib/dates";
import type { CoachingCadence } from "../../lib/db/generated/enums";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

const DAY = 86_400_000;
const FOCUS: Record<string, string[]> = {
  HEADTEACHER: ["Leading the school through a change of curriculum", "Holding staff to account with warmth", "Time for strategy: what only the head can do", "Working with a new chair of governors"],
  SENIOR_LEADER: ["Preparing for headship: leading the whole school", "Leading a team of middle leaders", "Difficult conversations", "Quality assurance that improves teaching"],
  MIDDLE_LEADER: ["Leading a department: first year", "Curriculum sequencing in the subject", "Coaching one's own team", "Running effective department meetings"],
  TEACHER: ["Questioning that makes every pupil think", "Routines for a calm start to lessons", "Explaining new material clearly"],
};
const STEPS = [
  "Cold call three pupils before taking hands up",
  "Wait five seconds after asking a question",
  "Open every meeting with the one decision it must make",
  "Narrate the positive before correcting anyone",
  "Name the success criteria before the task begins",
  "Use mini whiteboards to check every pupil's answer",
  "Block one hour a week for strategic work, and keep it",
  "Give one piece of feedback within 24 hours of a drop-in",
  "Plan the first five minutes of the lesson to the word",
  "End the meeting by naming who does what by when",
];
const NOTES = [
  "Reviewed the step from last time: seen twice this week. Talked through what made it work and where it slipped.",
  "Watched a recording of part of the lesson together; agreed the step is close to secure.",
  "Talked through a hard week; we kept to one small change rather than adding more.",
  "Practised the step in role play before trying it with the team on Thursday.",
  "Looked at pupils' work from the lesson to see the effect of the step.",
];

type Pair = { coachee: StaffRow; coach: StaffRow; cadence: CoachingCadence; focus: string; startsOn: Date; endsOn: Date | null; lapsed: boolean };

const day = (d: Date) => new Date(`${isoDay(d)}T00:00:00Z`);

function choosePairs(built: BuiltTrust, rng: Rng, today: Date): Pair[] {
  const { startYear } = academicYear(today);
  const current = built.staff.filter((s) => !s.leaveDate && s.userId);
  const byEmail = (email: string) => current.find((s) => s.email === email);
  const stage = (s: StaffRow, ...stages: string[]) => stages.includes(s.careerStage);
  const pairs: Pair[] = [];
  const taken = new Set<string>();
  const add = (coachee: StaffRow, coach: StaffRow | undefined, focusKey: string, opts: { lastYear?: boolean; lapsed?: boolean; cadence?: CoachingCadence } = {}) => {
    if (!coach || coach.id === coachee.id || taken.has(coachee.id)) return;
    taken.add(coachee.id);
    const startsOn = opts.lastYear ? new Date(Date.UTC(startYear - 1, 9, rng.int(1, 20))) : new Date(Date.UTC(startYear, 8, rng.int(8, 30)));
    const endsOn = opts.lastYear ? new Date(Date.UTC(startYear, 6, 18)) : rng.chance(0.5) ? new Date(Date.UTC(startYear + 1, 6, 17)) : null;
    pairs.push({ coachee, coach, focus: rng.pick(FOCUS[focusKey]!), startsOn, endsOn, cadence: opts.cadence ?? rng.weighted([["FORTNIGHTLY", 5], ["MONTHLY", 3], ["WEEKLY", 1], ["HALF_TERMLY", 1]] as const), lapsed: Boolean(opts.lapsed) });
  };
  // The demo sign-ins first, so they always have some.
  const teacher = byEmail(DEMO_EMAILS.teacher);
  const senior = byEmail(DEMO_EMAILS.seniorLeader);
  const head = byEmail(DEMO_EMAILS.head);
  const heads = current.filter((s) => stage(s, "HEADTEACHER"));
  if (teacher) add(teacher, senior, "TEACHER", { cadence: "FORTNIGHTLY" });
  if (head) add(head, heads.find((h) => h.schoolId !== head.schoolId), "HEADTEACHER", { cadence: "MONTHLY" });
  for (const school of built.schools) {
    const srng = rng.fork(school.id);
    const staff = current.filter((s) => s.schoolId === school.id);
    const others = current.filter((s) => s.schoolId !== school.id);
    const seniors = staff.filter((s) => stage(s, "SENIOR_LEADER"));
    const otherHeads = others.filter((s) => stage(s, "HEADTEACHER"));
    const otherLeaders = others.filter((o) => stage(o, "HEADTEACHER", "SENIOR_LEADER"));
    for (const h of staff.filter((s) => stage(s, "HEADTEACHER"))) if (otherHeads.length && srng.chance(0.6)) add(h, srng.pick(otherHeads), "HEADTEACHER", { lapsed: srng.chance(0.15) });
    for (const s of seniors.slice(0, 2)) if (otherLeaders.length && srng.chance(0.5)) add(s, srng.pick(otherLeaders), "SENIOR_LEADER", { lapsed: srng.chance(0.2) });
    const middles = staff.filter((s) => stage(s, "MIDDLE_LEADER"));
    for (const m of srng.shuffle(middles).slice(0, 2)) if (seniors.length) add(m, srng.pick(seniors), "MIDDLE_LEADER", { lapsed: srng.chance(0.2), lastYear: srng.chance(0.15) });
  }
  return pairs;
}

export function buildCoaching(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("coaching");
  const trustId = built.trust.id;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")?.userId;
  const headOf = (schoolId: string) => built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === schoolId)?.userId;
  const rows = { pairings: [] as object[], steps: [] as object[], sessions: [] as object[], cpd: [] as object[] };
  const now = day(today);
  for (const pair of choosePairs(built, rng, now)) {
    const prng = rng.fork(pair.coachee.id);
    const id = prng.uuid();
    const createdById = headOf(pair.coachee.schoolId) ?? admin;
    if (!createdById) continue;
    rows.pairings.push({ id, trustId, coachId: pair.coach.id, coacheeId: pair.coachee.id, focus: pair.focus, startsOn: isoDay(pair.startsOn), endsOn: pair.endsOn ? isoDay(pair.endsOn) : null, cadence: pair.cadence, createdById, createdAt: pair.startsOn, updatedAt: pair.startsOn });
    // Sessions at the cadence, a few days either way; a lapsed pair stopped some weeks ago.
    const stop = pair.endsOn && pair.endsOn < now ? pair.endsOn : new Date(now.getTime() - (pair.lapsed ? CADENCE_DAYS[pair.cadence] * 2 + 14 : 0) * DAY);
    const sessions: Date[] = [];
    for (let at = pair.startsOn.getTime() + 3 * DAY; at <= stop.getTime(); at += (CADENCE_DAYS[pair.cadence] + prng.int(-3, 3)) * DAY) sessions.push(day(new Date(at)));
    let stepIndex = prng.int(0, STEPS.length - 1);
    sessions.forEach((heldOn, i) => {
      const sessionId = prng.uuid();
      const minutes = prng.pick([30, 45, 45, 60]);
      rows.sessions.push({ id: sessionId, trustId, pairingId: id, heldOn: isoDay(heldOn), minutes, notes: prng.pick(NOTES), createdAt: heldOn, updatedAt: heldOn });
      const cpd = { trustId, strand: "PROFESSIONAL_LEARNING", startDate: isoDay(heldOn), endDate: isoDay(heldOn), minutes, coachingSessionId: sessionId, submittedAt: heldOn, createdAt: heldOn, updatedAt: heldOn };
      rows.cpd.push({ ...cpd, id: prng.uuid(), schoolId: pair.coachee.schoolId, staffMemberId: pair.coachee.id, title: COACHEE_CPD_TITLE, type: "COACHING", status: "VERIFIED", verifiedById: pair.coach.userId, verifiedAt: heldOn });
      const coachVerifier = headOf(pair.coach.schoolId);
      const verified = coachVerifier && heldOn.getTime() < now.getTime() - 14 * DAY;
      rows.cpd.push({ ...cpd, id: prng.uuid(), schoolId: pair.coach.schoolId, staffMemberId: pair.coach.id, title: COACH_CPD_TITLE, type: "COACHING_GIVEN", status: verified ? "VERIFIED" : "SUBMITTED", verifiedById: verified ? coachVerifier : null, verifiedAt: verified ? heldOn : null });
      // A new step at the first session and every other one after; the one before it is then secure.
      if (i % 2 === 0) {
        const open = i + 2 >= sessions.length;
        rows.steps.push({ id: prng.uuid(), trustId, pairingId: id, description: STEPS[stepIndex % STEPS.length], setOn: isoDay(heldOn), securedOn: open ? null : isoDay(sessions[i + 2]!), createdAt: heldOn });
        stepIndex += 1;
      }
    });
  }
  return rows;
}

export async function seedCoaching(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rows = buildCoaching(built, today);
  await insertRows(db, "CoachingPairing", rows.pairings);
  await insertRows(db, "CoachingSession", rows.sessions);
  await insertRows(db, "CoachingStep", rows.steps);
  await insertRows(db, "CpdActivity", rows.cpd);
}
