// Settled surveys' kept figures (decision 038): a survey closed before yesterday has its atoms and blocks
// and the counts of its shown views stored on the first read. The pages read from the store must be
// exactly the pages worked out afresh, for every viewer and filter; the store must hold nothing of a
// group the rules hide; and a survey still open, or closed only yesterday, is never stored.
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/access/policy";
import { db } from "@/lib/db/client";
import { judge, MIN_GROUP, protectBlocks, type Atom, type Filters } from "@/lib/voice/anonymity";
import { answerSurvey, buildSurvey } from "@/lib/voice/commands";
import { surveysAtoms } from "@/lib/voice/results/queries";
import { surveyResults } from "@/lib/voice/results/view";
import { viewKey } from "@/lib/voice/settled/queries";
import { londonDayFromToday } from "../support/days";
import { runForm } from "../support/form";
import { answers, surveyFields, voiceTrust } from "./voice-fixture";

let f: Awaited<ReturnType<typeof voiceTrust>>;
let past: string;
let now: string;

/** Every view a reader may ask for: each school, phase, category and stage, alone and in pairs. */
function asked(atoms: Atom[]): Filters[] {
  const values = (d: keyof Atom) => [...new Set(atoms.map((a) => String(a[d])))];
  const out: Filters[] = [{}];
  for (const school of values("school")) out.push({ school }, { school, category: "TEACHER" }, { school, stage: "EARLY" });
  for (const phase of values("phase")) out.push({ phase }, { phase, category: "SUPPORT" });
  for (const category of values("category")) out.push({ category }, { category, stage: "ESTABLISHED" });
  return out;
}
const sp = (fl: Filters) => Object.fromEntries(Object.entries(fl)) as Record<string, string>;

beforeAll(async () => {
  f = await voiceTrust();
  const everyone = (await Promise.all(f.trust.built.schools.map((s) => f.staffViewers(s.id)))).flat();
  // Last term's survey, answered by most staff (some groups of 1–4, so the rules bite), then closed six days ago.
  expect(await runForm(buildSurvey, f.v.admin, surveyFields(null, { title: "Last term" }))).toMatchObject({ ok: true });
  past = (await db().survey.findFirstOrThrow({ where: { title: "Last term" } })).id;
  for (const [i, v] of everyone.entries()) if (i % 4 !== 3) expect(await runForm(answerSurvey, v, answers(past, { scale: 1 + (i % 5), enps: i % 11, hours: 35 + (i % 30) }))).toMatchObject({ ok: true });
  const s = await db().survey.findUniqueOrThrow({ where: { id: past } });
  await db().survey.update({ where: { id: past }, data: { term: s.term - 1, opensOn: londonDayFromToday(-100), closesOn: londonDayFromToday(-6) } });
  // This term's, open, so last term's is in its trend.
  expect(await runForm(buildSurvey, f.v.admin, surveyFields(null, { title: "This term" }))).toMatchObject({ ok: true });
  now = (await db().survey.findFirstOrThrow({ where: { title: "This term" } })).id;
  for (const [i, v] of everyone.entries()) if (i % 3 !== 0) expect(await runForm(answerSurvey, v, answers(now, { scale: 1 + (i % 4), enps: i % 9 }))).toMatchObject({ ok: true });
}, 180_000);

describe("a settled survey's kept figures", () => {
  it("give the same pages as working them out afresh, for every reader and view", async () => {
    const atoms = (await surveysAtoms([past])).get(past)!;
    const readers: Viewer[] = [f.v.admin, f.v.head, f.v.trustee, f.v.governor];
    const pages = async () => {
      const out: unknown[] = [];
      for (const who of readers) for (const fl of asked(atoms)) for (const id of [past, now]) out.push(await surveyResults(who, id, sp(fl)));
      return out;
    };
    await db().surveyBlocks.deleteMany({});
    await db().surveyViewCounts.deleteMany({});
    const fresh = await pages();
    expect(await db().surveyBlocks.count({ where: { surveyId: past } })).toBe(1);
    expect(await db().surveyViewCounts.count({ where: { surveyId: past } })).toBeGreaterThan(5);
    expect(await pages()).toEqual(fresh);
  }, 300_000);

  it("keeps the blocks of the rules and the counts of shown views only, never of a hidden group", async () => {
    const atoms = (await surveysAtoms([past])).get(past)!;
    const blocks = protectBlocks(atoms);
    expect(atoms.some((a) => a.count > 0 && a.count < MIN_GROUP)).toBe(true);
    const kept = await db().surveyBlocks.findUniqueOrThrow({ where: { surveyId: past } });
    expect(kept.trustId).toBe(f.v.admin.trustId);
    const stored = kept.atoms as (Atom & { block: number })[];
    expect(new Set(stored.map((a) => `${a.school}|${a.category}|${a.stage}|${a.count}`))).toEqual(new Set(atoms.map((a) => `${a.school}|${a.category}|${a.stage}|${a.count}`)));
    const sizes = new Map<number, number>();
    for (const a of stored) sizes.set(a.block, (sizes.get(a.block) ?? 0) + a.count);
    for (const n of sizes.values()) expect(n).toBeGreaterThanOrEqual(MIN_GROUP);

    const rows = await db().surveyViewCounts.findMany({ where: { surveyId: past } });
    const hidden = asked(atoms).filter((fl) => !judge(atoms, blocks, fl, true).shown);
    expect(hidden.length).toBeGreaterThan(0);
    for (const fl of hidden) expect(rows.map((r) => r.view)).not.toContain(viewKey(fl));
    for (const r of rows) {
      const fl = Object.fromEntries(r.view ? r.view.split("&").map((p) => p.split("=")) : []) as Filters;
      const verdict = judge(atoms, blocks, fl, true);
      expect(verdict.shown).toBe(true);
      // Every answer gives the eNPS question one value: its counts add up to the view's answers, 5 or more.
      const enps = Object.values((r.counts as Record<string, Record<string, number>>)["engagement.enps"]!).reduce((a, b) => a + b, 0);
      expect(enps).toBe(verdict.shown ? verdict.n : -1);
      expect(enps).toBeGreaterThanOrEqual(MIN_GROUP);
    }
  });

  it("reads its figures from the store once kept (a changed row shows on the page)", async () => {
    await surveyResults(f.v.admin, past, {});
    const row = await db().surveyViewCounts.findUniqueOrThrow({ where: { surveyId_view: { surveyId: past, view: "" } } });
    const counts = row.counts as Record<string, Record<string, number>>;
    await db().surveyViewCounts.update({ where: { surveyId_view: { surveyId: past, view: "" } }, data: { counts: { ...counts, "engagement.enps": { "10": 999 } } } });
    expect((await surveyResults(f.v.admin, past, {})).questions.find((q) => q.key === "engagement.enps")!.figure).toMatchObject({ score: 100 });
    await db().surveyViewCounts.update({ where: { surveyId_view: { surveyId: past, view: "" } }, data: { counts } });
  });

  it("keeps nothing of a survey still open, or closed only yesterday", async () => {
    expect(await db().surveyBlocks.count({ where: { surveyId: now } })).toBe(0);
    expect(await db().surveyViewCounts.count({ where: { surveyId: now } })).toBe(0);
    await db().survey.update({ where: { id: now }, data: { closesOn: londonDayFromToday(-1) } });
    await surveyResults(f.v.admin, now, {});
    expect(await db().surveyBlocks.count({ where: { surveyId: now } })).toBe(0);
    await db().survey.update({ where: { id: now }, data: { closesOn: londonDayFromToday(-2) } });
    await surveyResults(f.v.admin, now, {});
    expect(await db().surveyBlocks.count({ where: { surveyId: now } })).toBe(1);
  });
});
