import "server-only";
// Retention insight's reads (issue 20 §3, decision 031): the trust's figures for trustees and the trust
// admin, a school's for them and for its head and governors ("retention:view"); figures only, never a
// named leaver. Turnover and stability from the employment spells (./figures.ts), leavers' reasons and
// exit survey answers only for groups the staff survey's anonymity rules allow.
import { notFound } from "next/navigation";
import { can, PERMISSIONS, type Viewer } from "@/lib/access/policy";
import { requirePermission } from "@/lib/access/where";
import { db } from "@/lib/db/client";
import { academicYear, londonToday, termKey } from "@/lib/dates";
import { enumLabel } from "@/lib/format";
import { isId } from "@/lib/validation/fields";
import { judgeViews, surveyStage, type Atom, type Filters } from "@/lib/voice/anonymity";
import type { CareerStage } from "@/lib/db/generated/enums";
import { exitView, judgedExitAnswers } from "./exit/queries";
import { byPerson, ectCohorts, rate, schoolTallies, sumTallies, tallyBy, trustFlags, yearSpans, type Rated, type Spell, type Tally, type YearSpan } from "./figures";
import { loadSpells } from "./spells/queries";

const NONE: Tally = { atStart: 0, atEnd: 0, leavers: 0, stayed: 0 };
/** ECT cohorts shown: the induction years from six before this one, so the oldest have five-year figures. */
const COHORT_YEARS = 7;

function termStart(today: Date): Date {
  const key = termKey(today);
  const y = Math.floor(key / 3);
  return [new Date(Date.UTC(y, 8, 1)), new Date(Date.UTC(y + 1, 0, 1)), new Date(Date.UTC(y + 1, 3, 1))][key % 3]!;
}

async function context(trustId: string) {
  const today = londonToday();
  const current = academicYear(today).startYear;
  const spans = yearSpans(current, today);
  const cohorts = Array.from({ length: COHORT_YEARS }, (_, i) => current - COHORT_YEARS + 1 + i);
  const from = new Date(Date.UTC(cohorts[0]!, 8, 1));
  const [spells, schools, exit] = await Promise.all([
    loadSpells(trustId, spans, from, today),
    db().school.findMany({ where: { trustId }, orderBy: { name: "asc" }, select: { id: true, name: true, phase: true, archivedAt: true } }),
    judgedExitAnswers({ trustId, from: spans[0]!.start, to: termStart(today) }),
  ]);
  const phase = new Map(schools.map((s) => [s.id, s.phase as string]));
  const people = byPerson(spells);
  const flags = spans.map((span) => trustFlags(spells, span, people));
  return { today, spans, cohorts, spells, schools, phase, exit, flags };
}
type Ctx = Awaited<ReturnType<typeof context>>;

/** A row of figures per academic year. */
export type Series = { key: string; name: string; years: Rated[] };
const series = (key: string, name: string, spans: YearSpan[], tally: (y: number, span: YearSpan) => Tally | undefined): Series => ({ key, name, years: spans.map((span, y) => rate(tally(y, span) ?? NONE)) });

/** Leavers in the five years, as atoms for the rules: school × category × coarse stage. */
function leaverAtoms(c: Ctx): { atoms: Atom[]; leavers: Spell[] } {
  const from = c.spans[0]!.start;
  const to = c.spans[c.spans.length - 1]!.end;
  const leavers = c.spells.filter((s) => s.leave && s.leave >= from && s.leave < to);
  const counts = new Map<string, Atom>();
  for (const s of leavers) {
    const a = { school: s.home, phase: c.phase.get(s.home) ?? "", category: s.category, stage: surveyStage(s.stage as CareerStage), count: 0 };
    const key = `${a.school}|${a.category}|${a.stage}`;
    (counts.get(key) ?? counts.set(key, a).get(key)!).count += 1;
  }
  return { atoms: [...counts.values()], leavers };
}

export type ReasonView = { key: string; name: string; n: number | null; caution: boolean; reasons: { key: string; count: number }[] };
/** Leavers' reasons over the five years for each view the rules allow (a hidden one: n null, no reasons). */
function reasonViews(c: Ctx, views: { key: string; name: string; filters: Filters }[]): ReasonView[] {
  const { atoms, leavers } = leaverAtoms(c);
  const verdict = judgeViews(atoms, true);
  // A school's view counts that school's leavers only: 120 schools' views need not each read every leaver.
  const atSchool = new Map<string, Spell[]>();
  for (const s of leavers) (atSchool.get(s.home) ?? atSchool.set(s.home, []).get(s.home)!).push(s);
  const matches = (s: Spell, f: Filters) =>
    (f.school === undefined || s.home === f.school) && (f.phase === undefined || c.phase.get(s.home) === f.phase) && (f.category === undefined || s.category === f.category) && (f.stage === undefined || surveyStage(s.stage as CareerStage) === f.stage);
  return views.map(({ key, name, filters }) => {
    const v = verdict(filters);
    if (!v.shown) return { key, name, n: null, caution: false, reasons: [] };
    const counts = new Map<string, number>();
    for (const s of filters.school === undefined ? leavers : (atSchool.get(filters.school) ?? [])) if (matches(s, filters)) counts.set(s.reason ?? "NOT_RECORDED", (counts.get(s.reason ?? "NOT_RECORDED") ?? 0) + 1);
    return { key, name, n: v.n, caution: v.caution, reasons: [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)) };
  });
}

const trustSeries = (c: Ctx, key: (s: Spell) => string) => c.flags.map((f) => tallyBy(f, key));
const schoolSeries = (c: Ctx, key: (s: Spell, school: string) => string) => c.spans.map((span, y) => schoolTallies(c.spells, y, span, key));
const groupsOf = (maps: Map<string, Tally>[]) => [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();

/** The trust's retention: trustees and the trust admin. */
export async function trustRetentionInsight(viewer: Viewer) {
  requirePermission(viewer, "retention-trust:view", { trustId: viewer.trustId });
  const c = await context(viewer.trustId);
  const whole = trustSeries(c, () => "trust");
  const bySchool = schoolSeries(c, (_, school) => school);
  // A phase is the sum of its schools (every count is kept at a school), added up rather than counted again.
  const byPhase = bySchool.map((schools) => {
    const out = new Map<string, Tally>();
    for (const [school, t] of schools) out.set(c.phase.get(school) ?? "", sumTallies([out.get(c.phase.get(school) ?? "") ?? NONE, t]));
    return out;
  });
  const byCategory = trustSeries(c, (s) => s.category);
  const byStage = trustSeries(c, (s) => s.stage);
  const seen = new Set(groupsOf(bySchool));
  const schools = c.schools.filter((s) => !s.archivedAt || seen.has(s.id));
  const pick = (maps: Map<string, Tally>[], key: string) => (y: number) => maps[y]!.get(key);
  return {
    years: c.spans.map((s) => s.label),
    trust: series("trust", "Whole trust", c.spans, pick(whole, "trust")),
    schools: schools.map((s) => series(s.id, s.name, c.spans, pick(bySchool, s.id))),
    phases: groupsOf(byPhase).map((p) => series(p, enumLabel(p), c.spans, pick(byPhase, p))),
    categories: groupsOf(byCategory).map((k) => series(k, enumLabel(k), c.spans, pick(byCategory, k))),
    stages: groupsOf(byStage).map((k) => series(k, enumLabel(k), c.spans, pick(byStage, k))),
    cohorts: ectCohorts(c.spells, c.cohorts, c.today),
    reasons: reasonViews(c, [
      { key: "trust", name: "Whole trust", filters: {} },
      ...schools.map((s) => ({ key: s.id, name: s.name, filters: { school: s.id } })),
    ]),
    exit: {
      trust: await exitView(c.exit, {}),
      schools: await Promise.all(schools.map(async (s) => ({ key: s.id, name: s.name, view: await exitView(c.exit, { school: s.id }, { comments: false }) }))),
      categories: await Promise.all(["TEACHER", "SUPPORT", "LEADERSHIP"].map(async (k) => ({ key: k, name: enumLabel(k), view: await exitView(c.exit, { category: k }, { comments: false }) }))),
    },
  };
}

/** One school's retention: its head and governors, trustees and the trust admin; another school's is "not found". */
export async function schoolRetentionInsight(viewer: Viewer, schoolId: string) {
  if (!isId(schoolId)) notFound();
  requirePermission(viewer, "retention:view", { schoolId });
  const school = await db().school.findFirst({ where: { id: schoolId, trustId: viewer.trustId }, select: { id: true, name: true, phase: true } });
  if (!school) notFound();
  const c = await context(viewer.trustId);
  // The school's own figures count only spells that were ever there on a day counted (or left from it).
  const mine = { ...c, spells: c.spells.filter((s) => s.home === school.id || s.at.start.includes(school.id) || s.at.end.includes(school.id)) };
  const here = schoolSeries(mine, (_, s) => (s === school.id ? "here" : ""));
  const byCategory = schoolSeries(mine, (s, at) => (at === school.id ? s.category : ""));
  const byStage = schoolSeries(mine, (s, at) => (at === school.id ? s.stage : ""));
  const whole = trustSeries(c, () => "trust");
  const pick = (maps: Map<string, Tally>[], key: string) => (y: number) => maps[y]!.get(key);
  const groups = (maps: Map<string, Tally>[]) => groupsOf(maps).filter((k) => k !== "");
  return {
    school,
    years: c.spans.map((s) => s.label),
    own: series(school.id, school.name, c.spans, pick(here, "here")),
    trust: series("trust", "Whole trust", c.spans, pick(whole, "trust")),
    categories: groups(byCategory).map((k) => series(k, enumLabel(k), c.spans, pick(byCategory, k))),
    stages: groups(byStage).map((k) => series(k, enumLabel(k), c.spans, pick(byStage, k))),
    cohorts: ectCohorts(c.spells, c.cohorts, c.today, (s) => s.inductionSchool === school.id),
    reasons: reasonViews(c, [{ key: school.id, name: school.name, filters: { school: school.id } }]),
    exit: await exitView(c.exit, { school: school.id }),
  };
}

/** Where /retention takes the viewer: the trust's page, their one school's, a list of theirs, or nothing (404). */
export async function retentionHome(viewer: Viewer): Promise<{ kind: "trust" } | { kind: "school"; id: string } | { kind: "list"; schools: { id: string; name: string }[] }> {
  if (can(viewer, "retention-trust:view", { trustId: viewer.trustId })) return { kind: "trust" };
  const scope = PERMISSIONS["retention:view"].schools(viewer);
  const ids = scope === "all" ? [] : scope;
  if (!ids.length) notFound();
  if (ids.length === 1) return { kind: "school", id: ids[0]! };
  const schools = await db().school.findMany({ where: { trustId: viewer.trustId, id: { in: ids } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return { kind: "list", schools };
}
