// Daily (06:45 London): invitations for surveys opening today (or in the last week, if the worker was
// down) and one reminder two days before a survey closes to those who have not answered. Each is keyed
// (dedupeKey per survey and kind), so a rerun tells nobody twice. Who has answered is read here only.
import { db, type Db, type Tx } from "@/lib/db/client";
import type { SchoolPhase, StaffCategory, SurveyStage } from "@/lib/db/generated/enums";
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

type Atom = { trustId: string; surveyId: string; schoolId: string; phase: SchoolPhase; category: StaffCategory; stage: SurveyStage };

/**
 * Adds one response's answers to the survey's tallies (the counts results are read from), in the answer's
 * transaction. Rows go in one statement in key order, so two answers of the same group at once lock them
 * in the same order and wait for each other rather than deadlock.
 */
export async function tallyAnswers(tx: Tx, atom: Atom, answers: { questionKey: string; value: number | null }[]) {
  const counts = new Map<string, { key: string; value: number; n: number }>();
  for (const a of answers) {
    if (a.value === null) continue;
    const id = `${a.questionKey}\u0000${a.value}`;
    const c = counts.get(id) ?? { key: a.questionKey, value: a.value, n: 0 };
    c.n++;
    counts.set(id, c);
  }
  const rows = [...counts.values()].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : x.value - y.value));
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "SurveyTally" ("trustId", "surveyId", "schoolId", phase, category, stage, "questionKey", value, n)
    SELECT ${atom.trustId}::uuid, ${atom.surveyId}::uuid, ${atom.schoolId}::uuid, ${atom.phase}::"SchoolPhase", ${atom.category}::"StaffCategory", ${atom.stage}::"SurveyStage", t.key, t.value, t.n
    FROM unnest(${rows.map((r) => r.key)}::text[], ${rows.map((r) => r.value)}::int[], ${rows.map((r) => r.n)}::int[]) WITH ORDINALITY AS t(key, value, n, i)
    ORDER BY t.i
    ON CONFLICT ("surveyId", "schoolId", category, stage, "questionKey", value) DO UPDATE SET n = "SurveyTally".n + EXCLUDED.n`;
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
