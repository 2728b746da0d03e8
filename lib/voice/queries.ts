import "server-only";
// Reads of staff surveys for their pages, always through the where-builder (./access.ts): the staff
// member's survey to answer with the "you said, we did" beside it, and the list of surveys to build and
// read. The results page is ./results.ts.
import { notFound } from "next/navigation";
import { canAny, type Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { formatDate, isoDay, londonToday, termKey, termLabel } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { inAudience, mayBuild, resultReach, surveyVisibleTo } from "./access";
import { myChecks } from "@/lib/workload/queries";
import { BANK, DEFAULT_KEYS, bankQuestion } from "./bank";

const SURVEY = { id: true, trustId: true, schoolId: true, title: true, term: true, opensOn: true, closesOn: true } as const;
type SurveyLite = { id: string; trustId: string; schoolId: string | null; title: string; term: number; opensOn: Date; closesOn: Date };

export const surveyState = (s: { opensOn: Date; closesOn: Date }, today = londonToday()): "upcoming" | "closed" | "open" => (s.opensOn > today ? "upcoming" : s.closesOn < today ? "closed" : "open");

/** "You said, we did" of the surveys the viewer was asked: their school's actions and the trust's, newest first. */
async function actionsFor(viewer: Viewer, surveyIds: string[]) {
  if (!surveyIds.length) return [];
  const rows = await db().surveyAction.findMany({
    where: { trustId: viewer.trustId, surveyId: { in: surveyIds }, OR: [{ schoolId: null }, { schoolId: viewer.staff?.schoolId ?? "" }] },
    select: { id: true, youSaid: true, weDid: true, questionKey: true, schoolId: true, createdAt: true, survey: { select: { title: true, term: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((a) => ({ id: a.id, youSaid: a.youSaid, weDid: a.weDid, question: a.questionKey ? (bankQuestion(a.questionKey)?.text ?? null) : null, by: a.schoolId ? "Your school" : "The trust", survey: `${a.survey.title} (${termLabel(a.survey.term)})` }));
}

/** The staff member's page: surveys open for them (answered or not) and what was done about the last ones. */
export async function mySurveys(viewer: Viewer) {
  if (!canAny(viewer, "survey:answer:own")) notFound();
  const today = londonToday();
  const surveys = (await db().survey.findMany({ where: surveyVisibleTo(viewer), select: SURVEY, orderBy: [{ opensOn: "desc" }] })).filter((s) => inAudience(viewer, s));
  const open = surveys.filter((s) => surveyState(s, today) === "open");
  const answered = new Set((await db().surveyParticipation.findMany({ where: { userId: viewer.userId, surveyId: { in: open.map((s) => s.id) } }, select: { surveyId: true } })).map((p) => p.surveyId));
  const past = surveys.filter((s) => surveyState(s, today) === "closed").slice(0, 3);
  return {
    open: open.map((s) => ({ id: s.id, title: s.title, closesOn: formatDate(s.closesOn), answered: answered.has(s.id) })),
    youSaidWeDid: await actionsFor(viewer, past.map((s) => s.id)),
    checks: await myChecks(viewer),
  };
}

/** One survey to answer: for its audience only, from its opening day (anyone else: not found). */
export async function surveyToAnswer(viewer: Viewer, surveyId: string) {
  if (!isId(surveyId)) notFound();
  const s = await db().survey.findFirst({ where: { id: surveyId, ...surveyVisibleTo(viewer) }, include: { questions: { orderBy: { position: "asc" } } } });
  if (!s || !inAudience(viewer, s) || surveyState(s) === "upcoming") notFound();
  const answered = Boolean(await db().surveyParticipation.findUnique({ where: { surveyId_userId: { surveyId: s.id, userId: viewer.userId } }, select: { surveyId: true } }));
  const earlier = await db().survey.findMany({ where: { ...surveyVisibleTo(viewer), schoolId: s.schoolId, closesOn: { lt: s.opensOn } }, select: { id: true }, orderBy: { closesOn: "desc" }, take: 2 });
  return {
    id: s.id,
    title: s.title,
    closesOn: formatDate(s.closesOn),
    state: surveyState(s),
    answered,
    questions: s.questions.map((q) => ({ key: q.key, kind: q.kind, text: q.text, theme: bankQuestion(q.key)?.theme ?? "" })),
    youSaidWeDid: await actionsFor(viewer, earlier.map((e) => e.id)),
  };
}

/** The surveys whose results the viewer reads, with the schools they may build for. */
export async function surveyList(viewer: Viewer) {
  if (!canAny(viewer, "survey:results") && !canAny(viewer, "survey:headline")) notFound();
  const rows = await db().survey.findMany({ where: surveyVisibleTo(viewer), select: SURVEY, orderBy: [{ opensOn: "desc" }], take: 60 });
  const readable = rows.filter((s) => resultReach(viewer, s));
  const schools = await db().school.findMany({ where: { trustId: viewer.trustId, id: { in: [...new Set(readable.map((s) => s.schoolId).filter((x): x is string => Boolean(x)))] } }, select: { id: true, name: true } });
  const names = new Map(schools.map((s) => [s.id, s.name]));
  const answered = await db().surveyParticipation.groupBy({ by: ["surveyId"], where: { surveyId: { in: readable.map((s) => s.id) } }, _count: { _all: true } });
  const counts = new Map(answered.map((a) => [a.surveyId, a._count._all]));
  return readable.map((s: SurveyLite) => ({
    id: s.id, title: s.title, term: termLabel(s.term), scope: s.schoolId ? (names.get(s.schoolId) ?? "A school") : "Every school",
    opensOn: formatDate(s.opensOn), closesOn: formatDate(s.closesOn), state: surveyState(s), answered: counts.get(s.id) ?? 0,
  }));
}

/** The build form: the bank, and the scopes the viewer may build for (null: not found). */
export async function buildOptions(viewer: Viewer) {
  const schools = await db().school.findMany({ where: { trustId: viewer.trustId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const scopes = [...(mayBuild(viewer, null) ? [{ value: "", label: "Every school of the trust" }] : []), ...schools.filter((s) => mayBuild(viewer, s.id)).map((s) => ({ value: s.id, label: s.name }))];
  if (!scopes.length) notFound();
  const today = londonToday();
  return {
    scopes,
    bank: BANK.map((q) => ({ key: q.key, theme: q.theme, text: q.text, kind: q.kind, checked: DEFAULT_KEYS.includes(q.key) })),
    defaults: { opensOn: isoDay(today), closesOn: isoDay(new Date(today.getTime() + 14 * 86_400_000)), title: `Staff pulse survey, ${termLabel(termKey(today))}` },
  };
}
