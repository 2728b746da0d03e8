import "server-only";
// The counting under the results page: every answer figure is a count of values over the responses of a
// view, read here and shown only when lib/voice/anonymity.ts allows the view. Callers pass the survey's
// id after its access check (lib/voice/queries.ts); nothing here returns a response's own row.
import { db, Prisma } from "@/lib/db/client";
import { judge, protectBlocks, type Atom, type Dimension, type Filters, type Verdict } from "../anonymity";

const COLUMN: Record<Dimension, Prisma.Sql> = {
  school: Prisma.sql`r."schoolId"::text`,
  phase: Prisma.sql`r.phase::text`,
  category: Prisma.sql`r.category::text`,
  stage: Prisma.sql`r.stage::text`,
};

function whereOf(surveyId: string, f: Filters): Prisma.Sql {
  const parts = [Prisma.sql`r."surveyId" = ${surveyId}::uuid`];
  for (const d of Object.keys(COLUMN) as Dimension[]) if (f[d] !== undefined) parts.push(Prisma.sql`${COLUMN[d]} = ${f[d]}`);
  return Prisma.join(parts, " AND ");
}

/** The survey's atoms (school × category × stage, with the school's phase): the whole survey's, for everyone alike. */
export async function surveyAtoms(surveyId: string): Promise<Atom[]> {
  const rows = await db().$queryRaw<{ school: string; phase: string; category: string; stage: string; count: number }[]>`
    SELECT r."schoolId"::text AS school, r.phase::text AS phase, r.category::text AS category, r.stage::text AS stage, count(*)::int AS count
    FROM "SurveyResponse" r WHERE r."surveyId" = ${surveyId}::uuid GROUP BY 1, 2, 3, 4`;
  return rows;
}

export type Judged = { atoms: Atom[]; judge: (f: Filters) => Verdict };
/** The rules' verdicts on any view of one survey (the blocks computed once). */
export async function judgedSurvey(surveyId: string, closed: boolean): Promise<Judged> {
  const atoms = await surveyAtoms(surveyId);
  const blocks = protectBlocks(atoms);
  return { atoms, judge: (f) => judge(atoms, blocks, f, closed) };
}

export type ValueCounts = Map<string, Map<number, number>>;

/**
 * Counts of each question's values in a view, and with `by` for each value of one more dimension
 * (group "" without): one grouped query whatever the number of questions.
 */
export async function valueCounts(surveyId: string, f: Filters, by?: Dimension): Promise<Map<string, ValueCounts>> {
  const group = by ? COLUMN[by] : Prisma.sql`''`;
  const rows = await db().$queryRaw<{ grp: string; key: string; value: number; n: number }[]>`
    SELECT ${group} AS grp, a."questionKey" AS key, a.value, count(*)::int AS n
    FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId"
    WHERE a."surveyId" = ${surveyId}::uuid AND a.value IS NOT NULL AND ${whereOf(surveyId, f)}
    GROUP BY 1, 2, 3`;
  const out = new Map<string, ValueCounts>();
  for (const r of rows) {
    const byKey = out.get(r.grp) ?? new Map<string, Map<number, number>>();
    const counts = byKey.get(r.key) ?? new Map<number, number>();
    counts.set(r.value, r.n);
    byKey.set(r.key, counts);
    out.set(r.grp, byKey);
  }
  return out;
}

/** The free-text answers of a view, in alphabetical order so their order says nothing of who or when. */
export async function textAnswers(surveyId: string, key: string, f: Filters): Promise<string[]> {
  const rows = await db().$queryRaw<{ text: string }[]>`
    SELECT a.text FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId"
    WHERE a."surveyId" = ${surveyId}::uuid AND a."questionKey" = ${key} AND a.text IS NOT NULL AND ${whereOf(surveyId, f)}
    ORDER BY a.text`;
  return rows.map((r) => r.text);
}

/** Who answered and who was asked, per school: counts of people, never their answers. */
export async function participationBySchool(trustId: string, surveyId: string, schoolId: string | null) {
  const [answered, staff] = await Promise.all([
    db().surveyParticipation.groupBy({ by: ["schoolId"], where: { surveyId, trustId }, _count: { _all: true } }),
    db().staffMember.groupBy({ by: ["schoolId"], where: { trustId, leaveDate: null, ...(schoolId ? { schoolId } : {}) }, _count: { _all: true } }),
  ]);
  const got = new Map(answered.map((a) => [a.schoolId, a._count._all]));
  return staff.map((s) => ({ schoolId: s.schoolId, invited: s._count._all, answered: got.get(s.schoolId) ?? 0 }));
}

/** The survey through the where-builder, with its questions, or null. */
export const visibleSurvey = (where: Prisma.SurveyWhereInput) =>
  db().survey.findFirst({ where, include: { questions: { orderBy: { position: "asc" } } } });

/** The same scope's earlier surveys (the school's, or the trust-wide ones), newest first, for the trend. */
export const earlierSurveys = (s: { trustId: string; schoolId: string | null; term: number }, take: number) =>
  db().survey.findMany({ where: { trustId: s.trustId, schoolId: s.schoolId, term: { lt: s.term } }, select: { id: true, term: true, closesOn: true }, orderBy: { term: "desc" }, take });

export const schoolNames = async (trustId: string) =>
  new Map((await db().school.findMany({ where: { trustId }, select: { id: true, name: true, phase: true }, orderBy: { name: "asc" } })).map((s) => [s.id, s]));

/** "You said, we did" recorded on a survey, for the schools given (all: every school's) and the trust. */
export const surveyActions = (trustId: string, surveyId: string, schools: "all" | string[]) =>
  db().surveyAction.findMany({
    where: { trustId, surveyId, ...(schools === "all" ? {} : { OR: [{ schoolId: null }, { schoolId: { in: schools } }] }) },
    select: { id: true, schoolId: true, questionKey: true, youSaid: true, weDid: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
