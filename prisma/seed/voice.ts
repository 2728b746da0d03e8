// The demo trust's staff surveys (issue 20 §1): a trust-wide pulse survey in each of the last three terms,
// the latest open now (the demo accounts have not answered it, so they can), 60–85% of each school's staff
// answering, answers that differ by school and improve a little term on term, comments, and "you said, we
// did" actions on the closed ones, so results, trends and the staff page look lived-in at first start.
import type { Db, Tx } from "../../lib/db/client";
import { isoDay, londonToday, termKey } from "../../lib/dates";
import { surveyStage } from "../../lib/voice/anonymity";
import { BANK, DEFAULT_KEYS, TASKS } from "../../lib/voice/bank";
import { DEMO_EMAILS, DEMO_SEED } from "./demo";
import { insertRows } from "./insert";
import { createRng, type Rng } from "./random";
import type { BuiltTrust, StaffRow } from "./types";

const DAY = 86_400_000;
const KEYS = [...DEFAULT_KEYS.slice(0, 6), "leadership.listen", ...DEFAULT_KEYS.slice(6)];
// How each statement tends to sit against the school's mood: balance and workload lowest, as staff surveys find.
const OFFSET: Record<string, number> = { "wellbeing.balance": -0.7, "workload.manageable": -0.8, "leadership.support": 0.3, "leadership.listen": -0.1, "development.opportunities": 0.2 };
const TASK_ODDS = [0.55, 0.45, 0.3, 0.4, 0.35, 0.25, 0.2, 0.15];
const COMMENTS = [
  "Fewer data drops would give me time back for planning.",
  "The new marking policy has really helped: thank you.",
  "Meetings after school run over too often.",
  "I would like more time with colleagues in other schools in my subject.",
  "Behaviour systems are consistent now and it shows.",
  "Cover for absent colleagues is stretching everyone.",
  "Leaders are visible and supportive around the school.",
  "Emails late in the evening add pressure, even if no reply is expected.",
  "The wellbeing day in the spring was appreciated.",
  "Report writing takes far longer than it should.",
  "I feel trusted to teach the way I think is best.",
  "Support staff are not always included in training days.",
];
const ACTIONS = [
  { key: "workload.manageable", said: "Workload was not manageable for many of you.", did: "We have cut data drops from three a term to one and stopped written lesson plans." },
  { key: "wellbeing.balance", said: "Balancing work and home was hard, especially around reports.", did: "Reports are now shorter, with comment banks, and no emails are sent after 6pm." },
  { key: "leadership.listen", said: "You did not always feel listened to.", did: "A staff voice group meets each half term with the head; its notes are shared with everyone." },
  { key: "development.opportunities", said: "You wanted more subject-specific development.", did: "Every teacher now has a place in a trust subject community, with time given in directed hours." },
];

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));
const noise = (rng: Rng) => (rng.next() + rng.next() + rng.next() - 1.5) * 1.4;

function termStart(key: number): Date {
  const year = Math.floor(key / 3);
  return [new Date(Date.UTC(year, 8, 1)), new Date(Date.UTC(year + 1, 0, 1)), new Date(Date.UTC(year + 1, 3, 1))][key % 3]!;
}

function answersOf(rng: Rng, s: StaffRow, mood: number, trend: number) {
  const out: { questionKey: string; value: number | null; text: string | null }[] = [];
  const stage = surveyStage(s.careerStage);
  for (const key of KEYS) {
    const q = BANK.find((b) => b.key === key)!;
    if (q.kind === "SCALE") out.push({ questionKey: key, value: clamp(3.4 + mood + trend + (OFFSET[key] ?? 0) + (stage === "LEADER" ? 0.3 : 0) + noise(rng), 1, 5), text: null });
    if (q.kind === "ENPS") out.push({ questionKey: key, value: clamp(7 + 2.5 * (mood + trend) + 1.6 * noise(rng), 0, 10), text: null });
    if (q.kind === "HOURS") out.push({ questionKey: key, value: clamp((s.category === "SUPPORT" ? 35 : stage === "LEADER" ? 55 : 50) - 3 * trend + 4 * noise(rng), 10, 80), text: null });
    if (q.kind === "TASKS") TASKS.forEach((_, i) => rng.chance(TASK_ODDS[i]! * (s.category === "SUPPORT" ? 0.5 : 1)) && out.push({ questionKey: key, value: i, text: null }));
    if (q.kind === "TEXT" && rng.chance(0.35)) out.push({ questionKey: key, value: null, text: rng.pick(COMMENTS) });
  }
  return out;
}

export function buildVoice(built: BuiltTrust, today: Date) {
  const rng = createRng(DEMO_SEED).fork("voice");
  const trustId = built.trust.id;
  const admin = built.roleAssignments.find((r) => r.role === "TRUST_ADMIN")!.userId;
  const demoUsers = new Set(built.users.filter((u) => (Object.values(DEMO_EMAILS) as string[]).includes(u.email)).map((u) => u.id));
  const now = termKey(today);
  const rows = { surveys: [] as object[], questions: [] as object[], responses: [] as object[], answers: [] as object[], participation: [] as object[], actions: [] as object[] };
  const phase = new Map(built.schools.map((s) => [s.id, s.phase]));
  const mood = new Map(built.schools.map((s) => [s.id, rng.fork(`mood-${s.id}`).float(-0.6, 0.5)]));
  [now - 2, now - 1, now].forEach((term, t) => {
    const open = term === now;
    const opensOn = open ? new Date(londonToday(today).getTime() - 5 * DAY) : new Date(termStart(term).getTime() + 42 * DAY);
    const closesOn = new Date(opensOn.getTime() + 14 * DAY);
    const id = rng.uuid();
    rows.surveys.push({ id, trustId, schoolId: null, title: `Staff pulse survey`, term, opensOn: isoDay(opensOn), closesOn: isoDay(closesOn), createdById: admin, createdAt: opensOn });
    KEYS.forEach((key, position) => rows.questions.push({ id: rng.uuid(), trustId, surveyId: id, position, key, kind: BANK.find((b) => b.key === key)!.kind, text: BANK.find((b) => b.key === key)!.text }));
    const lastDay = Math.min(closesOn.getTime(), londonToday(today).getTime());
    for (const school of built.schools) {
      const srng = rng.fork(`${id}-${school.id}`);
      const staff = built.staff.filter((s) => s.schoolId === school.id && !s.leaveDate && s.userId && !(open && demoUsers.has(s.userId)));
      const answering = srng.shuffle(staff).slice(0, Math.round(staff.length * srng.float(0.6, 0.85)));
      for (const s of answering) {
        const responseId = srng.uuid();
        rows.participation.push({ trustId, surveyId: id, userId: s.userId, schoolId: school.id });
        const answeredOn = new Date(opensOn.getTime() + srng.int(0, Math.floor((lastDay - opensOn.getTime()) / DAY)) * DAY);
        rows.responses.push({ id: responseId, trustId, surveyId: id, schoolId: school.id, phase: phase.get(school.id), category: s.category, stage: surveyStage(s.careerStage), answeredOn: isoDay(answeredOn) });
        for (const a of answersOf(srng, s, mood.get(school.id)!, 0.15 * t)) rows.answers.push({ id: srng.uuid(), trustId, surveyId: id, responseId, ...a });
      }
      const head = built.roleAssignments.find((r) => r.role === "HEADTEACHER" && r.schoolId === school.id);
      if (!open && head && srng.chance(0.5)) {
        const a = srng.pick(ACTIONS);
        rows.actions.push({ id: srng.uuid(), trustId, surveyId: id, schoolId: school.id, questionKey: a.key, youSaid: a.said, weDid: a.did, recordedById: head.userId, createdAt: closesOn });
      }
    }
    if (!open) {
      const a = ACTIONS[t % ACTIONS.length]!;
      rows.actions.push({ id: rng.uuid(), trustId, surveyId: id, schoolId: null, questionKey: a.key, youSaid: a.said, weDid: a.did, recordedById: admin, createdAt: closesOn });
    }
  });
  return rows;
}

type Response = { id: string; trustId: string; surveyId: string; schoolId: string; phase: string; category: string; stage: string };
type Answer = { responseId: string; questionKey: string; value: number | null };

/** The counts the answer command keeps (lib/voice/mutations.ts tallyAnswers), for answers written in bulk. */
function talliesOf(responses: Response[], answers: Answer[]) {
  const byId = new Map(responses.map((r) => [r.id, r]));
  const out = new Map<string, { trustId: string; surveyId: string; schoolId: string; phase: string; category: string; stage: string; questionKey: string; value: number; n: number }>();
  for (const a of answers) {
    if (a.value === null) continue;
    const r = byId.get(a.responseId)!;
    const key = `${r.surveyId}|${r.schoolId}|${r.category}|${r.stage}|${a.questionKey}|${a.value}`;
    const t = out.get(key) ?? { trustId: r.trustId, surveyId: r.surveyId, schoolId: r.schoolId, phase: r.phase, category: r.category, stage: r.stage, questionKey: a.questionKey, value: a.value, n: 0 };
    t.n++;
    out.set(key, t);
  }
  return [...out.values()];
}

export async function seedVoice(db: Db | Tx, built: BuiltTrust, today: Date = new Date()) {
  const rows = buildVoice(built, today);
  await insertRows(db, "Survey", rows.surveys);
  await insertRows(db, "SurveyQuestion", rows.questions);
  await insertRows(db, "SurveyResponse", rows.responses);
  for (let i = 0; i < rows.answers.length; i += 20_000) await insertRows(db, "SurveyAnswer", rows.answers.slice(i, i + 20_000));
  const tallies = talliesOf(rows.responses as Response[], rows.answers as Answer[]);
  for (let i = 0; i < tallies.length; i += 20_000) await insertRows(db, "SurveyTally", tallies.slice(i, i + 20_000));
  await insertRows(db, "SurveyParticipation", rows.participation);
  await insertRows(db, "SurveyAction", rows.actions);
}
