import { describe, expect, it } from "vitest";
import { judge, judgeViews, protectBlocks, type Atom } from "./anonymity";

/** A seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

describe("judging many views", () => {
  it("gives the rules' own verdict for every school, school × stage, phase, category and stage view of random trusts", () => {
    const r = rng(31);
    for (let trial = 0; trial < 40; trial++) {
      const atoms: Atom[] = [];
      for (let s = 0; s < 2 + Math.floor(r() * 8); s++)
        for (const category of ["TEACHER", "SUPPORT", "LEADERSHIP"])
          for (const stage of ["EARLY", "ESTABLISHED", "LEADER"]) atoms.push({ school: `s${s}`, phase: s % 2 ? "PRIMARY" : "SECONDARY", category, stage, count: Math.floor(r() * r() * 12) });
      const blocks = protectBlocks(atoms);
      const fast = judgeViews(atoms, true);
      const views = [{}, ...atoms.map((a) => ({ school: a.school })), ...atoms.map((a) => ({ school: a.school, stage: a.stage })), { category: "TEACHER" }, { phase: "PRIMARY" }, { phase: "SECONDARY", category: "SUPPORT" }, { category: "TEACHER", stage: "EARLY" }, { school: "s0", category: "LEADERSHIP", stage: "LEADER" }];
      for (const f of views) expect(fast(f)).toEqual(judge(atoms, blocks, f, true));
    }
  });
});
