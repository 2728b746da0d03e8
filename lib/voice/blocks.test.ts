// protectBlocks merges in O(n log n) (indexes of each school's and phase's blocks, a heap of the small
// ones). It must give exactly the blocks of the rule as first written (decision 030): the smallest block
// under 5 merged with the nearest, next-smallest one, found by comparing it with every other block. That
// plain form is kept here as the oracle, and both run on random trusts of every size and order.
import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "@/prisma/seed/random";
import { atomKey, MIN_GROUP, protectBlocks, type Atom, type Dimension } from "./anonymity";

type Block = { atoms: Atom[]; count: number; key: string; shared: Record<Dimension, string | null> };
const DIMS = ["school", "phase", "category", "stage"] as const;
const same = (a: Block, b: Block, d: Dimension) => a.shared[d] !== null && a.shared[d] === b.shared[d];
function distance(a: Block, b: Block): number {
  if (same(a, b, "school") && same(a, b, "category")) return 0;
  if (same(a, b, "school") && same(a, b, "stage")) return 1;
  if (same(a, b, "school")) return 2;
  if (same(a, b, "phase")) return 3;
  return 4;
}
const before = (x: Block, y: Block) => x.count < y.count || (x.count === y.count && x.key < y.key);

/** The rule as first written: quadratic, obviously the rule. */
function oracle(atoms: Atom[]): Map<string, number> {
  const blocks: Block[] = atoms.filter((a) => a.count > 0).map((a) => ({ atoms: [a], count: a.count, key: atomKey(a), shared: { school: a.school, phase: a.phase, category: a.category, stage: a.stage } }));
  for (;;) {
    let small = -1;
    for (let i = 0; i < blocks.length; i++) if (blocks[i]!.count < MIN_GROUP && (small < 0 || before(blocks[i]!, blocks[small]!))) small = i;
    if (small < 0 || blocks.length < 2) break;
    let partner = -1;
    let best = 5;
    for (let i = 0; i < blocks.length; i++) {
      if (i === small) continue;
      const d = distance(blocks[small]!, blocks[i]!);
      if (d < best || (d === best && before(blocks[i]!, blocks[partner]!))) [partner, best] = [i, d];
    }
    const [a, b] = [blocks[small]!, blocks[partner]!];
    const merged: Block = { atoms: [...a.atoms, ...b.atoms], count: a.count + b.count, key: a.key < b.key ? a.key : b.key, shared: Object.fromEntries(DIMS.map((d) => [d, a.shared[d] !== null && a.shared[d] === b.shared[d] ? a.shared[d] : null])) as Block["shared"] };
    blocks.splice(Math.max(small, partner), 1);
    blocks.splice(Math.min(small, partner), 1, merged);
  }
  const out = new Map<string, number>();
  blocks.forEach((b, i) => b.atoms.forEach((a) => out.set(atomKey(a), i)));
  return out;
}

const CATEGORIES = ["TEACHER", "SUPPORT", "LEADERSHIP"];
const STAGES = ["EARLY", "ESTABLISHED", "LEADER"];

/** A trust of `schools` schools, mostly small groups; some schools with under 5 answers in all. */
function randomTrust(rng: Rng, schools: number): Atom[] {
  const atoms: Atom[] = [];
  for (let s = 0; s < schools; s++) {
    const phase = rng.pick(["PRIMARY", "SECONDARY", "SPECIAL"]);
    const tiny = rng.chance(0.1);
    for (const category of CATEGORIES) for (const stage of STAGES) atoms.push({ school: `s${s}`, phase, category, stage, count: tiny ? (rng.chance(0.8) ? 0 : 1) : rng.chance(0.2) ? 0 : rng.chance(0.7) ? rng.int(1, 6) : rng.int(5, 40) });
  }
  return rng.chance(0.5) ? atoms : [...atoms].sort(() => (rng.chance(0.5) ? 1 : -1));
}

describe("protectBlocks: the same blocks as the rule as first written", () => {
  const rng = createRng(38_2026);
  it("on 150 random trusts of 1 to 40 schools, in any order", () => {
    for (let round = 0; round < 150; round++) {
      const atoms = randomTrust(rng.fork(`trust-${round}`), rng.int(1, 40));
      expect([...protectBlocks(atoms)]).toEqual([...oracle(atoms)]);
    }
  }, 60_000);

  it("on a trust of 150 schools (about 1,300 atoms, most of them small)", () => {
    const atoms = randomTrust(rng.fork("large"), 150);
    expect([...protectBlocks(atoms)]).toEqual([...oracle(atoms)]);
  }, 60_000);

  it("when every atom is small, and when there is one atom", () => {
    const atoms: Atom[] = Array.from({ length: 40 }, (_, i) => ({ school: `s${i % 7}`, phase: i % 2 ? "PRIMARY" : "SECONDARY", category: CATEGORIES[i % 3]!, stage: STAGES[Math.floor(i / 3) % 3]!, count: 1 + (i % 3) }));
    expect([...protectBlocks(atoms)]).toEqual([...oracle(atoms)]);
    const one: Atom[] = [{ school: "a", phase: "PRIMARY", category: "TEACHER", stage: "EARLY", count: 2 }];
    expect([...protectBlocks(one)]).toEqual([["a|TEACHER|EARLY", 0]]);
  });
});
