import "server-only";
// The counting under the results page: every answer figure is a count of values over the responses of a
// view, read here and shown only when lib/voice/anonymity.ts allows the view. Callers pass the survey's
// id after its access check (lib/voice/queries.ts); nothing here returns a response's own row.
import { db, Prisma } from "@/lib/db/client";
import type { Atom, Dimension, Filters, Verdict } from "../anonymity";

const COLUMN: Record<Dimension, Prisma.Sql> = {
  school: Prisma.sql`r."schoolId"::text`,
  phase: Prisma.sql`r.phase::text`,
  category: Prisma.sql`r.category::text`,
  stage: Prisma.sql`r.stage::text`,
};
/** The same columns on the tallies (t), which carry the response's school, phase, category and stage. */
const TALLY: Record<Dimension, Prisma.Sql> = {
  school: Prisma.sql`t."schoolId"::text`,
  phase: Prisma.sql`t.phase::text`,
  category: Prisma.sql`t.category::text`,
  stage: Prisma.sql`t.stage::text`,
};

function whereOf(surveyId: string, f: Filters, columns = COLUMN, alias = Prisma.sql`r`): Prisma.Sql {
  const parts = [Prisma.sql`${alias}."surveyId" = ${surveyId}::uuid`];
  for (const d of Object.keys(columns) as Dimension[]) if (f[d] !== undefined) parts.push(Prisma.sql`${columns[d]} = ${f[d]}`);
  return Prisma.join(parts, " AND ");
}

/** The atoms (school × category × stage, with the school's phase) of each survey given: the whole survey's, for everyone alike. */
export async function surveysAtoms(surveyIds: string[]): Promise<Map<string, Atom[]>> {
  const out = new Map<string, Atom[]>(surveyIds.map((id) => [id, []]));
  if (!surveyIds.length) return out;
  const rows = await db().$queryRaw<(Atom & { surveyId: string })[]>`
    SELECT r."surveyId"::text AS "surveyId", r."schoolId"::text AS school, r.phase::text AS phase, r.category::text AS category, r.stage::text AS stage, count(*)::int AS count
    FROM "SurveyResponse" r WHERE r."surveyId" = ANY(${surveyIds}::uuid[]) GROUP BY 1, 2, 3, 4, 5`;
  for (const { surveyId, ...atom } of rows) out.get(surveyId)?.push(atom);
  return out;
}

/** The rules' verdicts on any view of one survey, from its atoms (the blocks computed once): lib/voice/settled/queries.ts. */
export type Judged = { atoms: Atom[]; judge: (f: Filters) => Verdict };

export type ValueCounts = Map<string, Map<number, number>>;
/** A view whose value counts are read: a survey, its filters, and with `by` one group per value of one more dimension. */
export type CountedView = { surveyId: string; filters: Filters; by?: Dimension };

/** The tallies' own columns, for grouping by one dimension. */
const TALLY_COLUMN: Record<Dimension, Prisma.Sql> = { school: Prisma.sql`t."schoolId"`, phase: Prisma.sql`t.phase`, category: Prisma.sql`t.category`, stage: Prisma.sql`t.stage` };

const matchOf = (f: Filters) => {
  const parts = (Object.keys(TALLY) as Dimension[]).filter((d) => f[d] !== undefined).map((d) => Prisma.sql`${TALLY[d]} = ${f[d]}`);
  return parts.length ? Prisma.join(parts, " AND ") : Prisma.sql`TRUE`;
};

/**
 * Counts of each question's values in each view given (group "" without `by`), summed from the
 * surveys' tallies in one statement for every view of the page: one pass over each survey's tallies,
 * grouped once per dimension asked (GROUPING SETS), each distinct set of filters summed beside the others
 * (FILTER). Callers pass only views the rules have shown.
 */
export async function viewCounts(views: CountedView[]): Promise<Map<string, ValueCounts>[]> {
  const out = views.map(() => new Map<string, ValueCounts>());
  if (!views.length) return out;
  const surveys = [...new Set(views.map((v) => v.surveyId))];
  const plans = surveys.map((surveyId) => {
    const mine = views.flatMap((v, i) => (v.surveyId === surveyId ? [{ ...v, i }] : []));
    const filterKeys = [...new Set(mine.map((v) => JSON.stringify(v.filters)))];
    const bys = [...new Set(mine.map((v) => v.by ?? ""))] as (Dimension | "")[];
    return { surveyId, mine, filterKeys, bys };
  });
  const parts = plans.map(({ surveyId, filterKeys, bys }, p) => {
    const filters = filterKeys.map((k) => JSON.parse(k) as Filters);
    const grouped = bys.filter((b): b is Dimension => b !== "");
    const by = grouped.length ? Prisma.sql`CASE ${Prisma.join(grouped.map((d) => Prisma.sql`WHEN GROUPING(${TALLY_COLUMN[d]}) = 0 THEN ${d}`), " ")} ELSE '' END` : Prisma.sql`''`;
    const grp = grouped.length ? Prisma.sql`CASE ${Prisma.join(grouped.map((d) => Prisma.sql`WHEN GROUPING(${TALLY_COLUMN[d]}) = 0 THEN ${TALLY[d]}`), " ")} ELSE '' END` : Prisma.sql`''`;
    const sets = bys.map((b) => (b ? Prisma.sql`(${TALLY_COLUMN[b]}, t."questionKey", t.value)` : Prisma.sql`(t."questionKey", t.value)`));
    return Prisma.sql`
      SELECT ${p}::int AS part, ${by} AS by, ${grp} AS grp, t."questionKey" AS key, t.value,
        ARRAY[${Prisma.join(filters.map((f) => Prisma.sql`(sum(t.n) FILTER (WHERE ${matchOf(f)}))::int`))}] AS ns
      FROM "SurveyTally" t WHERE t."surveyId" = ${surveyId}::uuid AND (${Prisma.join(filters.map((f) => Prisma.sql`(${matchOf(f)})`), " OR ")})
      GROUP BY GROUPING SETS (${Prisma.join(sets)})`;
  });
  const rows = await db().$queryRaw<{ part: number; by: string; grp: string; key: string; value: number; ns: (number | null)[] }[]>`${Prisma.join(parts, " UNION ALL ")}`;
  for (const r of rows) {
    const plan = plans[r.part]!;
    for (const v of plan.mine) {
      if ((v.by ?? "") !== r.by) continue;
      const n = r.ns[plan.filterKeys.indexOf(JSON.stringify(v.filters))];
      if (n === null || n === undefined) continue;
      const groups = out[v.i]!;
      const byKey = groups.get(r.grp) ?? new Map<string, Map<number, number>>();
      const counts = byKey.get(r.key) ?? new Map<number, number>();
      counts.set(r.value, n);
      byKey.set(r.key, counts);
      groups.set(r.grp, byKey);
    }
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
  db().survey.findMany({ where: { trustId: s.trustId, schoolId: s.schoolId, term: { lt: s.term } }, select: { id: true, trustId: true, term: true, closesOn: true }, orderBy: { term: "desc" }, take });

export const schoolNames = async (trustId: string) =>
  new Map((await db().school.findMany({ where: { trustId }, select: { id: true, name: true, phase: true }, orderBy: { name: "asc" } })).map((s) => [s.id, s]));

/** "You said, we did" recorded on a survey, for the schools given (all: every school's) and the trust. */
export const surveyActions = (trustId: string, surveyId: string, schools: "all" | string[]) =>
  db().surveyAction.findMany({
    where: { trustId, surveyId, ...(schools === "all" ? {} : { OR: [{ schoolId: null }, { schoolId: { in: schools } }] }) },
    select: { id: true, schoolId: true, questionKey: true, youSaid: true, weDid: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
