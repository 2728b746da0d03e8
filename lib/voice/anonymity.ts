// The anonymity rules of staff surveys, in one place (decision 030). Every figure the portal shows about
// a survey's answers (page, CSV or anything later) is of a "view": the answers of the people matching at
// most two filters (school, phase, category, career stage). A view is shown only when the rules below
// allow it; nothing else may publish answer figures.
//
// The rule: the answers are split into "atoms" (school × category × career stage, phase following the
// school). Atoms with 1–4 answers are merged with their next-smallest sibling (the same school and
// category first, then the same school, then the same phase, then any) until every block holds none or at
// least MIN_GROUP answers. A view is shown only when it is a union of whole blocks and holds at least
// MIN_GROUP answers. Then any figure derivable from shown views by adding and subtracting (a group less
// one member, sibling groups and their parent total, any mix of filters) is a union of whole blocks too,
// so it describes no answers or at least MIN_GROUP people: a hidden group can never be unpicked.
// Not `server-only`: pure, and its property tests run as unit tests.
import type { CareerStage, SchoolPhase, StaffCategory, SurveyStage } from "@/lib/db/generated/enums";

/** No figure for fewer answers than this, for any group or combination of filters. */
export const MIN_GROUP = 5;
/** Free text: only after the close, and only for groups of at least this many. */
export const TEXT_MIN = 10;
/** A figure from fewer answers than this carries a caution. */
export const CAUTION_UNDER = 20;
/** At most this many demographic filters at once. */
export const MAX_FILTERS = 2;

export const DIMENSIONS = ["school", "phase", "category", "stage"] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Filters = Partial<Record<Dimension, string>>;

/** Answers of one combination of school, category and stage (the phase is the school's). */
export type Atom = { school: string; phase: string; category: string; stage: string; count: number };

/** Career stage as stored with an answer: coarse, so a group is rarely as small as one head. */
export function surveyStage(stage: CareerStage): SurveyStage {
  if (stage === "ECT" || stage === "EARLY_CAREER") return "EARLY";
  if (stage === "ESTABLISHED") return "ESTABLISHED";
  return "LEADER";
}
export type Demographics = { schoolId: string; phase: SchoolPhase; category: StaffCategory; stage: SurveyStage };

export const filterCount = (f: Filters) => DIMENSIONS.filter((d) => f[d] !== undefined).length;
export const tooManyFilters = (f: Filters) => filterCount(f) > MAX_FILTERS;

export const atomKey = (a: Atom) => `${a.school}|${a.category}|${a.stage}`;
const matches = (a: Atom, f: Filters) => DIMENSIONS.every((d) => f[d] === undefined || a[d] === f[d]);

/**
 * A block of atoms, with the one value of each dimension its atoms share (null: they differ), kept as
 * blocks merge; `first` is the input position of its first atom, which orders blocks and breaks ties.
 */
type Block = { atoms: Atom[]; count: number; key: string; first: number; shared: Record<Dimension, string | null>; live: boolean };

const merge = (small: Block, partner: Block): Block => ({
  atoms: [...small.atoms, ...partner.atoms],
  count: small.count + partner.count,
  key: small.key < partner.key ? small.key : partner.key,
  first: Math.min(small.first, partner.first),
  shared: Object.fromEntries(DIMENSIONS.map((d) => [d, small.shared[d] !== null && small.shared[d] === partner.shared[d] ? small.shared[d] : null])) as Block["shared"],
  live: true,
});
const same = (a: Block, b: Block, d: Dimension) => a.shared[d] !== null && a.shared[d] === b.shared[d];

/** How near two blocks of the same school are: merging near ones keeps the most views shown (lower is nearer). */
const withinSchool = (a: Block, b: Block) => (same(a, b, "category") ? 0 : same(a, b, "stage") ? 1 : 2);

/** Orders candidates: smaller first, then by key (then input position), so the result does not depend on the input's order. */
const before = (x: Block, y: Block) => x.count < y.count || (x.count === y.count && (x.key < y.key || (x.key === y.key && x.first < y.first)));

/** A binary heap of the blocks under MIN_GROUP, smallest (by `before`) on top. */
function smallHeap() {
  const h: Block[] = [];
  const swap = (i: number, j: number) => ([h[i], h[j]] = [h[j]!, h[i]!]);
  return {
    push(b: Block) {
      h.push(b);
      for (let i = h.length - 1; i > 0 && before(h[i]!, h[(i - 1) >> 1]!); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    },
    pop(): Block | undefined {
      const top = h[0];
      const last = h.pop();
      if (h.length && last) {
        h[0] = last;
        for (let i = 0; ; ) {
          const l = 2 * i + 1;
          const m = l + 1 < h.length && before(h[l + 1]!, h[l]!) ? l + 1 : l;
          if (l >= h.length || !before(h[m]!, h[i]!)) break;
          swap(i, m);
          i = m;
        }
      }
      return top;
    },
  };
}

const add = (index: Map<string, Set<Block>>, value: string | null, b: Block) => value !== null && (index.get(value) ?? index.set(value, new Set()).get(value)!).add(b);
/** The first of `candidates` by `before`, `self` left out. */
function smallest(candidates: Iterable<Block>, self: Block): Block | undefined {
  let best: Block | undefined;
  for (const c of candidates) if (c !== self && (!best || before(c, best))) best = c;
  return best;
}

/**
 * The blocks: each atom's block number. Deterministic for the same counts, whatever the input order.
 * Repeatedly the smallest block under MIN_GROUP is merged with its partner: the nearest (the same school
 * and category, then school and stage, then school, then phase, then any), next-smallest among those.
 * Blocks are indexed by the school and phase they share, so a partner is usually found among the
 * school's few blocks: O(n log n) for n atoms when every school holds MIN_GROUP answers.
 */
export function protectBlocks(atoms: Atom[]): Map<string, number> {
  const blocks: Block[] = atoms
    .filter((a) => a.count > 0)
    .map((a, first) => ({ atoms: [a], count: a.count, key: atomKey(a), first, shared: { school: a.school, phase: a.phase, category: a.category, stage: a.stage }, live: true }));
  const live = new Set(blocks);
  const bySchool = new Map<string, Set<Block>>();
  const byPhase = new Map<string, Set<Block>>();
  const small = smallHeap();
  const enter = (b: Block) => {
    live.add(b);
    add(bySchool, b.shared.school, b);
    add(byPhase, b.shared.phase, b);
    if (b.count < MIN_GROUP) small.push(b);
  };
  const leave = (b: Block) => {
    b.live = false;
    live.delete(b);
    if (b.shared.school !== null) bySchool.get(b.shared.school)!.delete(b);
    if (b.shared.phase !== null) byPhase.get(b.shared.phase)!.delete(b);
  };
  for (const b of blocks) enter(b);
  for (;;) {
    let s = small.pop();
    while (s && !s.live) s = small.pop();
    if (!s || live.size < 2) break;
    // The next-smallest of the nearest siblings: it is suppressed with the small one.
    let partner: Block | undefined;
    let best = 3;
    if (s.shared.school !== null) {
      for (const c of bySchool.get(s.shared.school)!) {
        if (c === s) continue;
        const d = withinSchool(s, c);
        if (d < best || (d === best && before(c, partner!))) [partner, best] = [c, d];
      }
    }
    partner ??= (s.shared.phase !== null ? smallest(byPhase.get(s.shared.phase)!, s) : undefined) ?? smallest(live, s)!;
    leave(s);
    leave(partner);
    enter(merge(s, partner));
  }
  const out = new Map<string, number>();
  [...live].sort((x, y) => x.first - y.first).forEach((b, i) => b.atoms.forEach((a) => out.set(atomKey(a), i)));
  return out;
}

export type Verdict = { shown: true; n: number; caution: boolean; text: boolean } | { shown: false; reason: "too-many-filters" | "too-few" };

/** An atom with answers and its block number. */
type Placed = { atom: Atom; block: number };

function verdict(placed: Placed[], filters: Filters, closed: boolean): Verdict {
  if (tooManyFilters(filters)) return { shown: false, reason: "too-many-filters" };
  const inside = new Set<number>();
  const outside = new Set<number>();
  let n = 0;
  for (const { atom, block } of placed) {
    if (matches(atom, filters)) {
      inside.add(block);
      n += atom.count;
    } else outside.add(block);
  }
  const whole = [...inside].every((b) => !outside.has(b));
  if (!whole || n < MIN_GROUP) return { shown: false, reason: "too-few" };
  // Free text is people's own words: only for the unfiltered school or trust, after the close.
  const textFilters = filterCount(filters) === 0 || (filterCount(filters) === 1 && filters.school !== undefined);
  return { shown: true, n, caution: n < CAUTION_UNDER, text: closed && n >= TEXT_MIN && textFilters };
}

const place = (atoms: Atom[], blocks: Map<string, number>): Placed[] => atoms.filter((a) => a.count > 0).map((atom) => ({ atom, block: blocks.get(atomKey(atom))! }));

/**
 * Whether a view's figures may be shown, given every atom of the survey (not only the viewer's school:
 * the blocks must be the same for everyone, or two viewers' pages could be subtracted).
 */
export function judge(atoms: Atom[], blocks: Map<string, number>, filters: Filters, closed: boolean): Verdict {
  return verdict(place(atoms, blocks), filters, closed);
}

/**
 * `judge` for many views of one set of atoms, the blocks computed once (or given, as computed before).
 * A school's view is judged over the atoms of the blocks that school's atoms are in, which decide it (a
 * view is shown when its blocks hold no atom outside it and it has at least MIN_GROUP): so a page of 120
 * schools' views reads a few atoms each instead of every atom of the trust. The same verdicts (tested).
 */
export function judgeViews(atoms: Atom[], closed: boolean, blocks = protectBlocks(atoms)): (f: Filters) => Verdict {
  const placed = place(atoms, blocks);
  const byBlock = new Map<number, Placed[]>();
  const ofSchool = new Map<string, Set<number>>();
  for (const p of placed) {
    (byBlock.get(p.block) ?? byBlock.set(p.block, []).get(p.block)!).push(p);
    (ofSchool.get(p.atom.school) ?? ofSchool.set(p.atom.school, new Set()).get(p.atom.school)!).add(p.block);
  }
  return (f) => (f.school === undefined ? verdict(placed, f, closed) : verdict([...(ofSchool.get(f.school) ?? [])].flatMap((b) => byBlock.get(b)!), f, closed));
}
