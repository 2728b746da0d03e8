import "server-only";
// Exit survey figures (decision 031), under the staff survey's rules (lib/voice/anonymity.ts): atoms of
// school × category × coarse stage over the window, blocks the same for every viewer, a view shown only
// when the rules allow it, comments only for 10 answers or more of a whole school or the trust. The
// window ends at the start of the current term, so a figure never moves the day one known leaver answers.
// Callers check access first (../queries.ts); nothing here returns a response's own row.
import type { Viewer } from "@/lib/access/policy";
import { db, Prisma } from "@/lib/db/client";
import { londonToday } from "@/lib/dates";
import { judgeViews, type Atom, type Filters, type Verdict } from "@/lib/voice/anonymity";
import { figure, type Figure } from "@/lib/voice/figures";
import { EXIT_QUESTIONS, FACTORS, FACTORS_KEY } from "../exit-survey";
import { hashExitToken } from "../mutations";

const COLUMN = { school: Prisma.sql`r."schoolId"::text`, phase: Prisma.sql`r.phase::text`, category: Prisma.sql`r.category::text`, stage: Prisma.sql`r.stage::text` } as const;
type Window = { trustId: string; from: Date; to: Date };

function whereOf(w: Window, f: Filters): Prisma.Sql {
  const parts = [Prisma.sql`r."trustId" = ${w.trustId}::uuid AND r."answeredOn" >= ${w.from}::date AND r."answeredOn" < ${w.to}::date`];
  for (const d of Object.keys(COLUMN) as (keyof typeof COLUMN)[]) if (f[d] !== undefined) parts.push(Prisma.sql`${COLUMN[d]} = ${f[d]}`);
  return Prisma.join(parts, " AND ");
}

type Count = { school: string; category: string; stage: string; key: string; value: number; n: number };
export type ExitJudge = { window: Window; judge: (f: Filters) => Verdict; counts: Count[]; atSchool: Map<string, Count[]>; phase: Map<string, string> };

/**
 * The rules' verdicts on any view of the window's answers (blocks computed once, over the whole trust), and
 * the counts of each answer's value per atom, read once: every view's figures are sums of these.
 */
export async function judgedExitAnswers(w: Window): Promise<ExitJudge> {
  const [atoms, counts] = await Promise.all([
    db().$queryRaw<Atom[]>`
      SELECT r."schoolId"::text AS school, r.phase::text AS phase, r.category::text AS category, r.stage::text AS stage, count(*)::int AS count
      FROM "ExitSurveyResponse" r WHERE ${whereOf(w, {})} GROUP BY 1, 2, 3, 4`,
    db().$queryRaw<Count[]>`
      SELECT r."schoolId"::text AS school, r.category::text AS category, r.stage::text AS stage, a."questionKey" AS key, a.value, count(*)::int AS n
      FROM "ExitSurveyAnswer" a JOIN "ExitSurveyResponse" r ON r.id = a."responseId"
      WHERE a."trustId" = ${w.trustId}::uuid AND a.value IS NOT NULL AND ${whereOf(w, {})} GROUP BY 1, 2, 3, 4, 5`,
  ]);
  // A school's view sums that school's counts only (the trust page asks for 120 schools' views).
  const atSchool = new Map<string, Count[]>();
  for (const c of counts) (atSchool.get(c.school) ?? atSchool.set(c.school, []).get(c.school)!).push(c);
  return { window: w, judge: judgeViews(atoms, true), counts, atSchool, phase: new Map(atoms.map((a) => [a.school, a.phase])) };
}

export type ExitView = {
  verdict: Verdict;
  factors: { label: string; count: number; percent: number }[];
  figures: { key: string; text: string; figure: Figure }[];
  comments: string[] | null;
};

/** One view's figures, or only its verdict when the rules hide it; comments only when asked for and allowed. */
export async function exitView(j: ExitJudge, f: Filters, { comments = true } = {}): Promise<ExitView> {
  const verdict = j.judge(f);
  if (!verdict.shown) return { verdict, factors: [], figures: [], comments: null };
  const texts = verdict.text && comments
    ? await db().$queryRaw<{ text: string }[]>`
        SELECT a.text FROM "ExitSurveyAnswer" a JOIN "ExitSurveyResponse" r ON r.id = a."responseId"
        WHERE a."trustId" = ${j.window.trustId}::uuid AND a.text IS NOT NULL AND ${whereOf(j.window, f)} ORDER BY a.text`
    : null;
  const matches = (c: Count) =>
    (f.school === undefined || c.school === f.school) && (f.phase === undefined || j.phase.get(c.school) === f.phase) && (f.category === undefined || c.category === f.category) && (f.stage === undefined || c.stage === f.stage);
  const byKey = new Map<string, Map<number, number>>();
  for (const c of f.school === undefined ? j.counts : (j.atSchool.get(f.school) ?? [])) {
    if (!matches(c)) continue;
    const values = byKey.get(c.key) ?? byKey.set(c.key, new Map()).get(c.key)!;
    values.set(c.value, (values.get(c.value) ?? 0) + c.n);
  }
  const ticked = byKey.get(FACTORS_KEY) ?? new Map<number, number>();
  const factors = FACTORS.map((label, i) => ({ label, count: ticked.get(i) ?? 0, percent: Math.round(((ticked.get(i) ?? 0) / verdict.n) * 100) })).sort((a, b) => b.count - a.count);
  const figures = EXIT_QUESTIONS.flatMap((q) => {
    const fig = q.kind === "TEXT" ? null : figure(q.kind, byKey.get(q.key) ?? new Map(), verdict.n);
    return fig ? [{ key: q.key, text: q.text, figure: fig }] : [];
  });
  return { verdict, factors, figures, comments: texts ? texts.map((t) => t.text) : null };
}

/** Whether a link is live, for its page: expired, used or unknown all read the same. */
export async function exitLinkLive(token: string): Promise<boolean> {
  if (token.length < 20 || token.length > 100) return false;
  const invite = await db().exitSurveyInvite.findUnique({ where: { tokenHash: hashExitToken(token) }, select: { expiresOn: true, answered: true } });
  return Boolean(invite && !invite.answered && invite.expiresOn >= londonToday());
}

/** Who holds a live link acts for its trust as nobody in particular (the leaver's account may be disabled). */
export async function exitSurveyViewer(token: string): Promise<Viewer | null> {
  if (token.length < 20 || token.length > 100) return null;
  const invite = await db().exitSurveyInvite.findUnique({ where: { tokenHash: hashExitToken(token) }, select: { trustId: true } });
  if (!invite) return null;
  return { userId: "00000000-0000-4000-8000-000000000000", trustId: invite.trustId, name: "A leaver", email: "", staff: null, roles: [] };
}
