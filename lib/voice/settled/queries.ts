import "server-only";
// What the results page works out for a settled survey, kept (decision 038). A survey closed before
// yesterday takes no more answers (an answer begun on its closing day has committed or failed by now), so
// its atoms, the blocks the anonymity rules make of them and the counts of any view they show never change:
// they are stored on the first read (SurveyBlocks, SurveyViewCounts) and read back after. Open surveys,
// and surveys closed yesterday or today, are worked out afresh every time. Verdicts are still judged on
// every read, from the kept blocks, by lib/voice/anonymity.ts; counts are kept only for views it shows.
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { atomKey, DIMENSIONS, judgeViews, protectBlocks, type Atom, type Filters } from "../anonymity";
import { surveysAtoms, viewCounts, type CountedView, type Judged, type ValueCounts } from "../results/queries";

const DAY = 86_400_000;
type SurveyRow = { id: string; trustId: string; closesOn: Date };
type Kept = Atom & { block: number };

/** Closed before yesterday: nothing it shows can change any more. */
export const settled = (s: { closesOn: Date }, today: Date) => s.closesOn.getTime() < today.getTime() - DAY;

/** A view's filters in a fixed order: the key of its kept counts. */
export const viewKey = (f: Filters) => DIMENSIONS.filter((d) => f[d] !== undefined).map((d) => `${d}=${f[d]}`).join("&");

/** The rules' verdicts on any view of each survey given: kept blocks for settled ones, else counted and protected now (and kept, if settled). */
export async function judgedSurveys(surveys: SurveyRow[], today: Date): Promise<Map<string, Judged>> {
  const done = surveys.filter((s) => settled(s, today));
  const kept = done.length ? await db().surveyBlocks.findMany({ where: { surveyId: { in: done.map((s) => s.id) } }, select: { surveyId: true, atoms: true } }) : [];
  const stored = new Map(kept.map((k) => [k.surveyId, k.atoms as unknown as Kept[]]));
  const counted = await surveysAtoms(surveys.filter((s) => !stored.has(s.id)).map((s) => s.id));
  const out = new Map<string, Judged>();
  const keep: Prisma.SurveyBlocksCreateManyInput[] = [];
  for (const s of surveys) {
    const closed = s.closesOn < today;
    const from = stored.get(s.id);
    if (from) {
      const atoms: Atom[] = from.map((a) => ({ school: a.school, phase: a.phase, category: a.category, stage: a.stage, count: a.count }));
      out.set(s.id, { atoms, judge: judgeViews(atoms, closed, new Map(from.map((a) => [atomKey(a), a.block]))) });
      continue;
    }
    const atoms = counted.get(s.id)!;
    const blocks = protectBlocks(atoms);
    out.set(s.id, { atoms, judge: judgeViews(atoms, closed, blocks) });
    if (settled(s, today)) keep.push({ surveyId: s.id, trustId: s.trustId, atoms: atoms.filter((a) => a.count > 0).map((a) => ({ ...a, block: blocks.get(atomKey(a))! })) });
  }
  if (keep.length) await db().surveyBlocks.createMany({ data: keep, skipDuplicates: true });
  return out;
}

type StoredCounts = Record<string, Record<string, number>>;
const toJson = (c: ValueCounts): StoredCounts => Object.fromEntries([...c].map(([key, values]) => [key, Object.fromEntries(values)]));
const fromJson = (j: StoredCounts): ValueCounts => new Map(Object.entries(j).map(([key, values]) => [key, new Map(Object.entries(values).map(([v, n]) => [Number(v), n]))]));

/**
 * `viewCounts`, with a settled survey's whole views (no `by`) read from their kept counts, and kept when
 * first counted, only if the rules show the view (the callers ask for shown views only; this checks again).
 */
export async function countedViews(views: CountedView[], surveys: SurveyRow[], judged: Map<string, Judged>, today: Date) {
  const bySurvey = new Map(surveys.map((s) => [s.id, s]));
  const keepable = (v: CountedView) => !v.by && settled(bySurvey.get(v.surveyId)!, today) && judged.get(v.surveyId)!.judge(v.filters).shown;
  const wanted = views.filter(keepable);
  const rows = wanted.length
    ? await db().surveyViewCounts.findMany({ where: { OR: wanted.map((v) => ({ surveyId: v.surveyId, view: viewKey(v.filters) })) }, select: { surveyId: true, view: true, counts: true } })
    : [];
  const hit = new Map(rows.map((r) => [`${r.surveyId}/${r.view}`, fromJson(r.counts as StoredCounts)]));
  const cachedOf = (v: CountedView) => (keepable(v) ? hit.get(`${v.surveyId}/${viewKey(v.filters)}`) : undefined);
  const rest = views.filter((v) => !cachedOf(v));
  const fresh = await viewCounts(rest);
  const keep = rest.flatMap((v, i) => {
    const counts = fresh[i]!.get("");
    return keepable(v) && counts ? [{ surveyId: v.surveyId, trustId: bySurvey.get(v.surveyId)!.trustId, view: viewKey(v.filters), counts: toJson(counts) }] : [];
  });
  if (keep.length) await db().surveyViewCounts.createMany({ data: keep, skipDuplicates: true });
  let next = 0;
  return views.map((v) => {
    const cached = cachedOf(v);
    return cached ? new Map([["", cached]]) : fresh[next++]!;
  });
}
