// The anonymity rules' verdicts on many views of one set of atoms (lib/voice/anonymity.ts `judge`), quicker
// for a school's view: judged over the atoms of the blocks that school's atoms are in, which decide it (a
// view is shown when its blocks hold no atom outside it and it has at least 5), so a page of 120 schools'
// views reads a few atoms each instead of every atom of the trust. Same verdicts (views.test.ts).
import { atomKey, judge, protectBlocks, type Atom, type Filters, type Verdict } from "@/lib/voice/anonymity";

export function judgeViews(atoms: Atom[], closed: boolean): (f: Filters) => Verdict {
  const blocks = protectBlocks(atoms);
  const byBlock = new Map<number, Atom[]>();
  const ofSchool = new Map<string, Set<number>>();
  for (const a of atoms) {
    if (a.count === 0) continue;
    const b = blocks.get(atomKey(a))!;
    (byBlock.get(b) ?? byBlock.set(b, []).get(b)!).push(a);
    (ofSchool.get(a.school) ?? ofSchool.set(a.school, new Set()).get(a.school)!).add(b);
  }
  return (f) => {
    if (f.school === undefined) return judge(atoms, blocks, f, closed);
    const near = [...(ofSchool.get(f.school) ?? [])].flatMap((b) => byBlock.get(b)!);
    return judge(near, blocks, f, closed);
  };
}
