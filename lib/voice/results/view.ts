import "server-only";
// One survey's results page for one viewer: the view they ask for (at most two filters, within their
// reach), judged by the anonymity rules before any figure is read; then participation, each question's
// figures, the school against the trust, breakdowns by category and career stage, each school's headline
// (the trust's people), the trend over terms and "you said, we did".
import { notFound } from "next/navigation";
import type { Viewer } from "@/lib/access/policy";
import { londonToday, termLabel } from "@/lib/dates";
import { isId } from "@/lib/validation/fields";
import { mayRecordAction, resultReach, surveyVisibleTo, type Reach } from "../access";
import { filterCount, type Dimension, type Filters, type Verdict } from "../anonymity";
import { bankQuestion } from "../bank";
import { figure, headline, type Figure } from "../figures";
import { DIMENSION_LABEL, DIMENSION_VALUES } from "../labels";
import { earlierSurveys, participationBySchool, schoolNames, surveyActions, textAnswers, visibleSurvey, type CountedView, type ValueCounts } from "./queries";
import { countedViews, judgedSurveys } from "../settled/queries";

type Search = Record<string, string | string[] | undefined>;
type Question = { key: string; kind: "SCALE" | "ENPS" | "HOURS" | "TASKS" | "TEXT"; text: string };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

/** The filters asked for, narrowed to the viewer's reach: a school reader sees their school; trustees headlines only. */
export function allowedFilters(sp: Search, reach: Reach, surveySchool: string | null): Filters {
  const f: Filters = {};
  const school = one(sp.school);
  if (!surveySchool) {
    if (reach.schools === "all") {
      if (school && isId(school)) f.school = school;
    } else f.school = school && reach.schools.includes(school) ? school : reach.schools[0];
  }
  if (reach.breakdown) {
    for (const d of ["phase", "category", "stage"] as const) {
      const v = one(sp[d]);
      if (v && v in DIMENSION_VALUES[d] && !(d === "phase" && (surveySchool || f.school))) f[d] = v;
    }
  }
  return f;
}

/** Each question's figure from a view's counts (TEXT has none). */
const figures = (questions: Question[], counts: ValueCounts | undefined, n: number) =>
  new Map(questions.flatMap((q) => { const fig = counts ? figure(q.kind, counts.get(q.key) ?? new Map(), n) : null; return fig ? [[q.key, fig] as const] : []; }));

/** Agreement across every scale question, and the eNPS: the one-line summary of a group. */
function summary(questions: Question[], counts: ValueCounts | undefined, n: number) {
  const figs = figures(questions, counts, n);
  const scales = [...figs.values()].filter((f): f is Extract<Figure, { kind: "SCALE" }> => f.kind === "SCALE");
  const answered = scales.reduce((a, f) => a + f.n, 0);
  const enps = [...figs.values()].find((f) => f.kind === "ENPS");
  return { agreement: answered ? (scales.reduce((a, f) => a + f.mean * f.n, 0) / answered).toFixed(1) : null, enps: enps ? headline(enps) : null };
}

export async function surveyResults(viewer: Viewer, surveyId: string, sp: Search) {
  if (!isId(surveyId)) notFound();
  const s = await visibleSurvey({ id: surveyId, ...surveyVisibleTo(viewer) });
  const reach = s ? resultReach(viewer, s) : null;
  if (!s || !reach) notFound();
  const today = londonToday();
  const closed = s.closesOn < today;
  const questions = s.questions as Question[];
  const filters = allowedFilters(sp, reach, s.schoolId);

  // First what decides what may be read: every survey's blocks (this one and the trend's earlier ones:
  // kept for settled surveys, else from their atoms counted in one statement), beside the reads that hold no answers.
  const [earlier, names, participation, actions] = await Promise.all([
    earlierSurveys(s, 3),
    schoolNames(viewer.trustId),
    participationBySchool(viewer.trustId, s.id, s.schoolId ?? filters.school ?? null),
    surveyActions(viewer.trustId, s.id, reach.schools),
  ]);
  const judgedAll = await judgedSurveys([s, ...earlier], today);
  const judged = judgedAll.get(s.id)!;
  const verdict: Verdict = judged.judge(filters);
  const shown = verdict.shown ? verdict : null;
  const comment = questions.find((q) => q.kind === "TEXT");

  // The views the rules show, each counted in the one statement below.
  const views: CountedView[] = [];
  const want = (v: CountedView) => views.push(v) - 1;
  const own = shown ? want({ surveyId: s.id, filters }) : -1;
  // The school against the trust: the trust's whole view, judged by the same rules.
  const trustVerdict = reach.trust && filters.school && filterCount(filters) === 1 ? judged.judge({}) : null;
  const trustView = trustVerdict?.shown ? want({ surveyId: s.id, filters: {} }) : -1;
  const dims = shown && reach.breakdown && filterCount(filters) < 2 ? (["category", "stage"] as const).filter((d) => !filters[d]) : [];
  const dimViews = dims.map((by) => want({ surveyId: s.id, filters, by }));
  // Each school's headline, for the trust's people on the unfiltered trust view.
  const headlines = !s.schoolId && reach.schools === "all" && filterCount(filters) === 0;
  const schoolView = headlines ? want({ surveyId: s.id, filters: {}, by: "school" }) : -1;
  // The trend: the same view of this scope's earlier surveys, each judged by its own answers.
  const past = [...earlier].reverse().map((e) => {
    const v = judgedAll.get(e.id)!.judge(filters);
    return { term: e.term, verdict: v, view: v.shown ? want({ surveyId: e.id, filters }) : -1 };
  });
  const counted = await countedViews(views, [s, ...earlier], judgedAll, today);
  const countsOf = (i: number, grp = "") => (i < 0 ? undefined : counted[i]!.get(grp));

  const counts = countsOf(own);
  const trustFigs = trustVerdict?.shown ? figures(questions, countsOf(trustView), trustVerdict.n) : null;

  const breakdowns = dims.map((dim, i) => {
    const values = [...new Set(judged.atoms.filter((a) => a.count > 0 && (["school", "phase"] as const).every((d) => !filters[d] || a[d] === filters[d]) && (!filters.category || a.category === filters.category) && (!filters.stage || a.stage === filters.stage)).map((a) => a[dim]))].sort();
    return {
      dimension: DIMENSION_LABEL[dim], param: dim,
      rows: values.map((v) => {
        const vv = judged.judge({ ...filters, [dim]: v });
        return { value: v, label: DIMENSION_VALUES[dim][v] ?? v, shown: vv.shown, n: vv.shown ? vv.n : null, caution: vv.shown && vv.caution, ...(vv.shown ? summary(questions, countsOf(dimViews[i]!, v), vv.n) : { agreement: null, enps: null }) };
      }),
    };
  });

  const inView = participation.filter((p) => (filters.school ? p.schoolId === filters.school : true));
  const answered = inView.reduce((a, p) => a + p.answered, 0);
  const invited = inView.reduce((a, p) => a + p.invited, 0);

  const schools = headlines
    ? participation.filter((p) => names.has(p.schoolId)).map((p) => {
        const v = judged.judge({ school: p.schoolId });
        return { id: p.schoolId, name: names.get(p.schoolId)!.name, answered: p.answered, invited: p.invited, shown: v.shown, n: v.shown ? v.n : null, ...(v.shown ? summary(questions, countsOf(schoolView, p.schoolId), v.n) : { agreement: null, enps: null }) };
      }).sort((a, b) => a.name.localeCompare(b.name))
    : [];

  const trend = past.map((p) => {
    const figs = p.verdict.shown ? figures(questions, countsOf(p.view), p.verdict.n) : null;
    return { term: termLabel(p.term), shown: p.verdict.shown, cells: Object.fromEntries(questions.map((q) => [q.key, figs?.get(q.key) ? headline(figs.get(q.key)!) : null])) };
  });
  const nowFigs = shown ? figures(questions, counts, shown.n) : null;
  trend.push({ term: termLabel(s.term), shown: Boolean(shown), cells: Object.fromEntries(questions.map((q) => [q.key, nowFigs?.get(q.key) ? headline(nowFigs.get(q.key)!) : null])) });

  const recordSchool = s.schoolId ?? filters.school ?? null;
  const recordFor = mayRecordAction(viewer, s, recordSchool) ? recordSchool : mayRecordAction(viewer, s, null) ? null : undefined;

  const schoolOptions = s.schoolId ? [] : [...names.values()].filter((n) => reach.schools === "all" || reach.schools.includes(n.id)).map((n) => ({ value: n.id, label: n.name }));
  return {
    survey: { id: s.id, title: s.title, term: termLabel(s.term), scope: s.schoolId ? (names.get(s.schoolId)?.name ?? "A school") : "Every school", opensOn: s.opensOn, closesOn: s.closesOn, closed },
    viewLabel: describe(filters, names),
    filters,
    options: {
      schools: schoolOptions.length > 1 || reach.schools === "all" ? schoolOptions : [],
      allSchools: reach.schools === "all" && !s.schoolId,
      phases: reach.breakdown && !s.schoolId && reach.schools === "all" ? DIMENSION_VALUES.phase : null,
      breakdown: reach.breakdown,
    },
    verdict,
    participation: { answered, invited, percent: invited ? Math.round((answered / invited) * 100) : 0 },
    questions: questions.filter((q) => q.kind !== "TEXT").map((q) => ({ key: q.key, text: q.text, theme: bankQuestion(q.key)?.theme ?? "", figure: nowFigs?.get(q.key) ?? null, trust: trustFigs?.get(q.key) ? headline(trustFigs.get(q.key)!) : null })),
    comparison: trustVerdict ? { shown: trustVerdict.shown, n: trustVerdict.shown ? trustVerdict.n : null } : null,
    comments: comment ? { question: comment.text, texts: shown?.text ? await textAnswers(s.id, comment.key, filters) : null, closed } : null,
    breakdowns,
    schools,
    trend: trend.length > 1 ? { terms: trend, questions: questions.filter((q) => q.kind !== "TEXT").map((q) => ({ key: q.key, text: q.text })) } : null,
    actions: actions.map((a) => ({ id: a.id, youSaid: a.youSaid, weDid: a.weDid, question: a.questionKey ? (bankQuestion(a.questionKey)?.text ?? null) : null, by: a.schoolId ? (names.get(a.schoolId)?.name ?? "A school") : "The trust", at: a.createdAt })),
    record: recordFor === undefined ? null : { schoolId: recordFor, questions: questions.filter((q) => q.kind !== "TEXT").map((q) => ({ value: q.key, label: q.text })) },
  };
}

function describe(f: Filters, names: Map<string, { name: string }>) {
  const parts = (Object.keys(f) as Dimension[]).map((d) => (d === "school" ? (names.get(f.school!)?.name ?? "A school") : DIMENSION_VALUES[d][f[d]!] ?? f[d]!));
  return parts.length ? parts.join(", ") : "Everyone asked";
}
