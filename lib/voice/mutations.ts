// Daily (06:45 London): invitations for surveys opening today (or in the last week, if the worker was
// down) and one reminder two days before a survey closes to those who have not answered. Each is keyed
// (dedupeKey per survey and kind), so a rerun tells nobody twice. Who has answered is read here only.
import { db, type Db, type Tx } from "@/lib/db/client";
import type { CareerStage, SchoolPhase, StaffCategory, SurveyStage } from "@/lib/db/generated/enums";
import { londonToday } from "@/lib/dates";
import { notifySurveyOpen, notifySurveyReminder } from "@/lib/notifications/events/voice";

const DAY = 86_400_000;
const SELECT = { id: true, trustId: true, schoolId: true, title: true, closesOn: true } as const;

export async function surveySweep(now: Date = new Date()) {
  const today = londonToday(now);
  const opening = await db().survey.findMany({ where: { opensOn: { gte: new Date(today.getTime() - 7 * DAY), lte: today }, closesOn: { gte: today } }, select: SELECT });
  const closing = await db().survey.findMany({ where: { opensOn: { lt: today }, closesOn: { gte: today, lte: new Date(today.getTime() + 2 * DAY) } }, select: SELECT });
  let invited = 0;
  let reminded = 0;
  for (const s of opening) invited += (await db().$transaction((tx: Tx) => notifySurveyOpen(tx, s, now))).length;
  for (const s of closing) reminded += (await db().$transaction((tx: Tx) => notifySurveyReminder(tx, s, now))).length;
  return { invited, reminded };
}

/** The school (and its phase), category and career stage of the member of staff answering, in one read. */
export async function answererGroup(tx: Tx, trustId: string, staffMemberId: string) {
  const rows = await tx.$queryRaw<{ schoolId: string; phase: SchoolPhase; category: StaffCategory; careerStage: CareerStage }[]>`
    SELECT s."schoolId"::text AS "schoolId", sc.phase::text AS phase, s.category::text AS category, s."careerStage"::text AS "careerStage"
    FROM "StaffMember" s JOIN "School" sc ON sc.id = s."schoolId" WHERE s.id = ${staffMemberId}::uuid AND s."trustId" = ${trustId}::uuid`;
  return rows[0] ?? null;
}

type Atom = { surveyId: string; schoolId: string; phase: SchoolPhase; category: StaffCategory; stage: SurveyStage };
type Answer = { questionKey: string; value: number | null; text: string | null };

/**
 * One person's answer, in the answer command's transaction, as one statement: who answered first (the
 * key (survey, person) refuses a second answer, and one sent at the same moment waits for this
 * transaction and then finds the key taken), then only if that row went in, the response (no name, the
 * day only), its answers and the survey's tallies (the counts results are read from). Tally rows go in
 * key order, so two answers of the same group at once lock them in the same order and wait for each
 * other rather than deadlock. False: the person had already answered, and nothing was written.
 * (One statement, not five calls: 6,800 people answering at once are bound by the server's time per call.)
 */
export async function recordAnswer(tx: Tx, who: { trustId: string; userId: string }, atom: Atom, answeredOn: Date, answers: Answer[]): Promise<boolean> {
  const counts = new Map<string, { key: string; value: number; n: number }>();
  for (const a of answers) {
    if (a.value === null) continue;
    const id = `${a.questionKey}\u0000${a.value}`;
    const c = counts.get(id) ?? { key: a.questionKey, value: a.value, n: 0 };
    c.n++;
    counts.set(id, c);
  }
  const tallies = [...counts.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.value - y.value));
  const rows = await tx.$queryRaw<{ taken: number }[]>`
    WITH taken AS (
      INSERT INTO "SurveyParticipation" ("trustId", "surveyId", "userId", "schoolId")
      VALUES (${who.trustId}::uuid, ${atom.surveyId}::uuid, ${who.userId}::uuid, ${atom.schoolId}::uuid)
      ON CONFLICT DO NOTHING RETURNING 1
    ), response AS (
      INSERT INTO "SurveyResponse" (id, "trustId", "surveyId", "schoolId", phase, category, stage, "answeredOn")
      SELECT gen_random_uuid(), ${who.trustId}::uuid, ${atom.surveyId}::uuid, ${atom.schoolId}::uuid, ${atom.phase}::"SchoolPhase", ${atom.category}::"StaffCategory", ${atom.stage}::"SurveyStage", ${answeredOn}::date
      FROM taken RETURNING id
    ), answers AS (
      INSERT INTO "SurveyAnswer" (id, "trustId", "surveyId", "responseId", "questionKey", value, text)
      SELECT gen_random_uuid(), ${who.trustId}::uuid, ${atom.surveyId}::uuid, response.id, a.key, a.value, a.text
      FROM response, unnest(${answers.map((a) => a.questionKey)}::text[], ${answers.map((a) => a.value)}::int[], ${answers.map((a) => a.text)}::text[]) AS a(key, value, text)
    ), tallied AS (
      INSERT INTO "SurveyTally" ("trustId", "surveyId", "schoolId", phase, category, stage, "questionKey", value, n)
      SELECT ${who.trustId}::uuid, ${atom.surveyId}::uuid, ${atom.schoolId}::uuid, ${atom.phase}::"SchoolPhase", ${atom.category}::"StaffCategory", ${atom.stage}::"SurveyStage", t.key, t.value, t.n
      FROM taken, unnest(${tallies.map((r) => r.key)}::text[], ${tallies.map((r) => r.value)}::int[], ${tallies.map((r) => r.n)}::int[]) WITH ORDINALITY AS t(key, value, n, i)
      ORDER BY t.i
      ON CONFLICT ("surveyId", "schoolId", category, stage, "questionKey", value) DO UPDATE SET n = "SurveyTally".n + EXCLUDED.n
    )
    SELECT count(*)::int AS taken FROM taken`;
  return rows[0]!.taken === 1;
}

/** The tallies of surveys whose answers were written in bulk (the seed), counted from the answers. */
export async function rebuildTallies(tx: Tx | Db, surveyIds: string[]) {
  if (!surveyIds.length) return;
  await tx.$executeRaw`DELETE FROM "SurveyTally" WHERE "surveyId" = ANY(${surveyIds}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO "SurveyTally" ("trustId", "surveyId", "schoolId", phase, category, stage, "questionKey", value, n)
    SELECT r."trustId", r."surveyId", r."schoolId", r.phase, r.category, r.stage, a."questionKey", a.value, count(*)::int
    FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId"
    WHERE a."surveyId" = ANY(${surveyIds}::uuid[]) AND a.value IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8`;
}
