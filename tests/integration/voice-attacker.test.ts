// The attacker's test (issue 20): a school of 6 staff answers; its head, the trust admin and the
// governor try every filter combination on the results (there is no CSV or API of answers; the results
// page's query is the only reader). The head knows each colleague's category and career stage, so every
// figure shown is a known set of people; no set of 1–4 of the six may be computable by adding and
// subtracting the sets shown (the linear span), so no one's answer can be read or worked out.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { loadViewer } from "@/lib/access/queries";
import { db } from "@/lib/db/client";
import { surveyStage, type Filters } from "@/lib/voice/anonymity";
import { answerSurvey, buildSurvey } from "@/lib/voice/commands";
import { surveyResults } from "@/lib/voice/results/view";
import { londonDayFromToday } from "../support/days";
import { runForm } from "../support/form";
import { answers, surveyFields, voiceTrust } from "./voice-fixture";

type Person = { id: string; school: string; phase: string; category: string; stage: string };
let f: Awaited<ReturnType<typeof voiceTrust>>;
let six: Viewer[];
let people: Person[];

function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) if (i !== r && m[i]![c] !== 0) { const k = m[i]![c]! / m[r]![c]!; m[i] = m[i]!.map((x, j) => x - k * m[r]![j]!); }
    r++;
  }
  return r;
}

const member = (p: Person, fl: Filters) => (Object.keys(fl) as (keyof Filters)[]).every((d) => p[d] === fl[d]);

/** Every view's figures the viewer can be shown, as sets of people (0/1 rows over `people`). */
async function shownSets(viewer: Viewer, surveyId: string, phases: string[]) {
  const rows = new Map<string, number[]>();
  const add = (fl: Filters) => { const v = people.map((p) => (member(p, fl) ? 1 : 0)); rows.set(v.join(""), v); };
  for (const school of [undefined, f.headSchool, f.otherSchool, "not-a-school"]) for (const phase of [undefined, ...phases]) for (const category of [undefined, "TEACHER", "SUPPORT", "LEADERSHIP"]) for (const stage of [undefined, "EARLY", "ESTABLISHED", "LEADER"]) {
    const d = await surveyResults(viewer, surveyId, { school, phase, category, stage });
    if (d.verdict.shown) add(d.filters);
    for (const b of d.breakdowns) for (const r of b.rows) if (r.shown) add({ ...d.filters, [b.param]: r.value });
    for (const s of d.schools) if (s.shown) add({ school: s.id });
    if (d.comparison?.shown) add({});
  }
  return [...rows.values()];
}

/** Whether any 1–4 of the six (the first six people) can be worked out from the shown sets. */
function unpickable(shown: number[][]) {
  const base = rank(shown);
  const leaks: string[] = [];
  for (let mask = 1; mask < 64; mask++) {
    const size = [0, 1, 2, 3, 4, 5].filter((i) => mask & (1 << i)).length;
    if (size > 4) continue;
    const target = people.map((_, i) => (i < 6 && mask & (1 << i) ? 1 : 0));
    if (rank([...shown, target]) === base) leaks.push(target.join(""));
  }
  return leaks;
}

beforeAll(async () => {
  f = await voiceTrust();
  // The school keeps six staff: the head, five teachers (one early in their career); everyone else has left.
  const head = f.v.head;
  const teachers = (await f.staffViewers(f.headSchool)).slice(0, 5);
  await db().staffMember.updateMany({ where: { id: { in: teachers.map((t) => t.staff!.id) } }, data: { category: "TEACHER", careerStage: "ESTABLISHED" } });
  await db().staffMember.update({ where: { id: teachers[4]!.staff!.id }, data: { careerStage: "EARLY_CAREER" } });
  await db().staffMember.update({ where: { id: head.staff!.id }, data: { category: "LEADERSHIP", careerStage: "HEADTEACHER" } });
  await db().staffMember.updateMany({ where: { schoolId: f.headSchool, id: { notIn: [head.staff!.id, ...teachers.map((t) => t.staff!.id)] } }, data: { leaveDate: londonDayFromToday(-1) } });
  six = [...teachers, head];
  const rows = await db().staffMember.findMany({ where: { userId: { in: six.map((s) => s.userId) } }, select: { userId: true, schoolId: true, category: true, careerStage: true, school: { select: { phase: true } } } });
  people = six.map((s) => { const r = rows.find((x) => x.userId === s.userId)!; return { id: s.userId, school: r.schoolId, phase: r.school.phase, category: r.category, stage: surveyStage(r.careerStage) }; });
});

describe("an attacker with every filter combination, on a school of 6 staff", () => {
  it("cannot work out any one answer (or any 2–4) of a school survey", async () => {
    expect(await runForm(buildSurvey, f.v.head, surveyFields(f.headSchool))).toMatchObject({ ok: true });
    const id = (await db().survey.findFirstOrThrow({ where: { schoolId: f.headSchool } })).id;
    for (const [i, s] of six.entries()) expect(await runForm(answerSurvey, (await loadViewer(s.userId))!, answers(id, { scale: 1 + i % 5, enps: i * 2 }))).toMatchObject({ ok: true });
    for (const attacker of [f.v.head, f.v.admin, f.v.governor]) {
      const shown = await shownSets(attacker, id, ["PRIMARY", "SECONDARY"]);
      // The whole school is shown (6 answers); the five teachers, one short of it, are not.
      expect(shown.map((r) => r.join(""))).toContain("111111");
      expect(shown.map((r) => r.join(""))).not.toContain("111110");
      expect(unpickable(shown)).toEqual([]);
    }
  }, 120_000);

  it("nor of a trust-wide survey, where another school's answers and the trust's figures sit beside them", async () => {
    expect(await runForm(buildSurvey, f.v.admin, surveyFields(null, { title: "Trust pulse" }))).toMatchObject({ ok: true });
    const id = (await db().survey.findFirstOrThrow({ where: { title: "Trust pulse" } })).id;
    const others = (await f.staffViewers(f.otherSchool)).slice(0, 8);
    const otherRows = await db().staffMember.findMany({ where: { userId: { in: others.map((o) => o.userId) } }, select: { userId: true, schoolId: true, category: true, careerStage: true, school: { select: { phase: true } } } });
    people = [...people, ...others.map((o) => { const r = otherRows.find((x) => x.userId === o.userId)!; return { id: o.userId, school: r.schoolId, phase: r.school.phase, category: r.category, stage: surveyStage(r.careerStage) }; })];
    for (const [i, s] of [...six, ...others].entries()) expect(await runForm(answerSurvey, (await loadViewer(s.userId))!, answers(id, { scale: 1 + i % 5, enps: i % 11 }))).toMatchObject({ ok: true });
    const phases = [...new Set(people.map((p) => p.phase))];
    for (const attacker of [f.v.head, f.v.admin, f.v.trustee]) {
      const shown = await shownSets(attacker, id, phases);
      expect(shown.length).toBeGreaterThan(0);
      expect(unpickable(shown)).toEqual([]);
    }
  }, 180_000);

  it("nor once that survey has settled and its blocks and shown counts are kept (decision 038): the same sets, from the store", async () => {
    const id = (await db().survey.findFirstOrThrow({ where: { title: "Trust pulse" } })).id;
    const phases = [...new Set(people.map((p) => p.phase))];
    const open = await Promise.all([f.v.head, f.v.admin].map((a) => shownSets(a, id, phases)));
    await db().survey.update({ where: { id }, data: { opensOn: londonDayFromToday(-20), closesOn: londonDayFromToday(-6) } });
    for (const [i, attacker] of [f.v.head, f.v.admin].entries()) {
      const first = await shownSets(attacker, id, phases);
      const kept = await shownSets(attacker, id, phases);
      expect(new Set(first.map((r) => r.join("")))).toEqual(new Set(open[i]!.map((r) => r.join(""))));
      expect(new Set(kept.map((r) => r.join("")))).toEqual(new Set(open[i]!.map((r) => r.join(""))));
      expect(unpickable(kept)).toEqual([]);
    }
    expect(await db().surveyBlocks.count({ where: { surveyId: id } })).toBe(1);
    expect(await db().surveyViewCounts.count({ where: { surveyId: id } })).toBeGreaterThan(0);
  }, 240_000);
});
