// Property tests of the anonymity rules: random trusts (schools, phases, categories, career stages, small
// and large groups) and every view of at most two filters. What an attacker can do is add and subtract the
// figures of the views shown; so no hidden small group, no atom and no difference of two shown views may
// lie in the span of the shown views' member sets unless it holds no answers or at least MIN_GROUP.
import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "@/prisma/seed/random";
import { DIMENSIONS, judge, MIN_GROUP, protectBlocks, surveyStage, TEXT_MIN, tooManyFilters, type Atom, type Dimension, type Filters } from "./anonymity";

const CATEGORIES = ["TEACHER", "SUPPORT", "LEADERSHIP"];
const STAGES = ["EARLY", "ESTABLISHED", "LEADER"];

function randomTrust(rng: Rng): Atom[] {
  const schools = rng.int(1, 4);
  const atoms: Atom[] = [];
  for (let s = 0; s < schools; s++) {
    const phase = rng.pick(["PRIMARY", "SECONDARY"]);
    // Mostly small groups, where the rules bite; now and then a large one.
    for (const category of CATEGORIES) for (const stage of STAGES) atoms.push({ school: `s${s}`, phase, category, stage, count: rng.chance(0.3) ? 0 : rng.chance(0.8) ? rng.int(1, 6) : rng.int(5, 30) });
  }
  return atoms;
}

/** Every view of at most two filters over the values present. */
function views(atoms: Atom[]): Filters[] {
  const values = (d: Dimension) => [...new Set(atoms.map((a) => a[d]))];
  const out: Filters[] = [{}];
  DIMENSIONS.forEach((d, i) => {
    for (const v of values(d)) {
      out.push({ [d]: v });
      for (const e of DIMENSIONS.slice(i + 1)) for (const w of values(e)) out.push({ [d]: v, [e]: w });
    }
  });
  return out;
}

const member = (a: Atom, f: Filters) => DIMENSIONS.every((d) => f[d] === undefined || a[d] === f[d]);
const vector = (atoms: Atom[], f: Filters) => atoms.map((a) => (member(a, f) ? 1 : 0));
const count = (atoms: Atom[], v: number[]) => v.reduce((sum, x, i) => sum + x * atoms[i]!.count, 0);

/** Rank by Gaussian elimination (0/1 rows, small: floating point with a tolerance is exact enough). */
function rank(rows: number[][]): number {
  const m = rows.map((r) => [...r]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const p = m.findIndex((row, i) => i >= r && Math.abs(row[c]!) > 1e-9);
    if (p < 0) continue;
    [m[r], m[p]] = [m[p]!, m[r]!];
    for (let i = 0; i < m.length; i++) {
      if (i === r) continue;
      const k = m[i]![c]! / m[r]![c]!;
      if (k !== 0) m[i] = m[i]!.map((x, j) => x - k * m[r]![j]!);
    }
    r++;
  }
  return r;
}

// Answers in an atom with no answers are not there to read: restrict vectors to the atoms that hold some,
// as the attacker who knows an atom is empty would.
function derivable(shownRows: number[][], target: number[], base: number) {
  return rank([...shownRows, target]) === base;
}

describe("anonymity rules: random trusts, every view", () => {
  const rng = createRng(20_2026);
  for (let round = 0; round < 60; round++) {
    const atoms = randomTrust(rng.fork(`trust-${round}`));
    it(`trust ${round}: nothing small is shown or derivable`, () => {
      const blocks = protectBlocks(atoms);
      const nonEmpty = atoms.map((a, i) => (a.count > 0 ? i : -1)).filter((i) => i >= 0);
      const restrict = (v: number[]) => nonEmpty.map((i) => v[i]!);
      const all = views(atoms);
      const shown = all.filter((f) => judge(atoms, blocks, f, true).shown);
      const shownRows = shown.map((f) => restrict(vector(atoms, f)));
      const base = rank(shownRows);
      for (const f of shown) expect(count(atoms, vector(atoms, f))).toBeGreaterThanOrEqual(MIN_GROUP);
      // A hidden view or an atom holding 1–4 answers cannot be computed from the shown ones.
      const small = [...all.map((f) => vector(atoms, f)), ...atoms.map((_, i) => atoms.map((__, j) => (i === j ? 1 : 0)))].filter((v) => {
        const n = count(atoms, v);
        return n > 0 && n < MIN_GROUP;
      });
      for (const v of small) expect(derivable(shownRows, restrict(v), base)).toBe(false);
      // A group and the same group less some members: the difference is empty or at least MIN_GROUP.
      for (const p of shown) {
        for (const c of shown) {
          const vp = vector(atoms, p);
          const vc = vector(atoms, c);
          if (vc.some((x, i) => x > vp[i]!)) continue;
          const n = count(atoms, vp) - count(atoms, vc);
          expect(n === 0 || n >= MIN_GROUP).toBe(true);
        }
      }
    });
  }

  it("shows a large enough group whole, with a caution under 20 and free text only after the close for 10 or more", () => {
    const atoms: Atom[] = [{ school: "a", phase: "PRIMARY", category: "TEACHER", stage: "ESTABLISHED", count: 12 }];
    const blocks = protectBlocks(atoms);
    expect(judge(atoms, blocks, {}, false)).toEqual({ shown: true, n: 12, caution: true, text: false });
    expect(judge(atoms, blocks, {}, true)).toEqual({ shown: true, n: 12, caution: true, text: true });
    expect(judge(atoms, blocks, { category: "TEACHER", stage: "ESTABLISHED" }, true)).toMatchObject({ shown: true, text: false });
    expect(TEXT_MIN).toBe(10);
  });

  it("hides a group of four, and its next-smallest sibling with it", () => {
    const atoms: Atom[] = [
      { school: "a", phase: "PRIMARY", category: "TEACHER", stage: "ESTABLISHED", count: 20 },
      { school: "a", phase: "PRIMARY", category: "SUPPORT", stage: "ESTABLISHED", count: 6 },
      { school: "a", phase: "PRIMARY", category: "LEADERSHIP", stage: "LEADER", count: 4 },
    ];
    const blocks = protectBlocks(atoms);
    expect(judge(atoms, blocks, {}, false)).toMatchObject({ shown: true, n: 30 });
    expect(judge(atoms, blocks, { category: "LEADERSHIP" }, false)).toEqual({ shown: false, reason: "too-few" });
    expect(judge(atoms, blocks, { category: "SUPPORT" }, false)).toEqual({ shown: false, reason: "too-few" });
    expect(judge(atoms, blocks, { category: "TEACHER" }, false)).toMatchObject({ shown: true, n: 20 });
  });

  it("refuses three filters at once, and says four answers are too few", () => {
    expect(tooManyFilters({ school: "a", category: "TEACHER", stage: "EARLY" })).toBe(true);
    const atoms: Atom[] = [{ school: "a", phase: "PRIMARY", category: "TEACHER", stage: "EARLY", count: 4 }];
    expect(judge(atoms, protectBlocks(atoms), { school: "a", category: "TEACHER", stage: "EARLY" }, true)).toEqual({ shown: false, reason: "too-many-filters" });
    expect(judge(atoms, protectBlocks(atoms), {}, true)).toEqual({ shown: false, reason: "too-few" });
  });

  it("coarsens career stages so a lone head is among leaders", () => {
    expect(["ECT", "EARLY_CAREER", "ESTABLISHED", "MIDDLE_LEADER", "SENIOR_LEADER", "HEADTEACHER"].map((s) => surveyStage(s as never))).toEqual(["EARLY", "EARLY", "ESTABLISHED", "LEADER", "LEADER", "LEADER"]);
  });
});
