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

/** A block of atoms, with the one value of each dimension its atoms share (null: they differ), kept as blocks merge. */
type Block = { atoms: Atom[]; count: number; key: string; shared: Record<Dimension, string | null> };

const DIMS = ["school", "phase", "category", "stage"] as const;
const merge = (a: Block, b: Block): Block => ({
  atoms: [...a.atoms, ...b.atoms],
  count: a.count + b.count,
  key: a.key < b.key ? a.key : b.key,
  shared: Object.fromEntries(DIMS.map((d) => [d, a.shared[d] !== null && a.shared[d] === b.shared[d] ? a.shared[d] : null])) as Block["shared"],
});
const same = (a: Block, b: Block, d: Dimension) => a.shared[d] !== null && a.shared[d] === b.shared[d];

/** How near two blocks are: merging near ones keeps the most views shown (lower is nearer). */
function distance(a: Block, b: Block): number {
  if (same(a, b, "school") && same(a, b, "category")) return 0;
  if (same(a, b, "school") && same(a, b, "stage")) return 1;
  if (same(a, b, "school")) return 2;
  if (same(a, b, "phase")) return 3;
  return 4;
}

/** Orders candidates: smaller first, then by key, so the result does not depend on the input's order. */
const before = (x: Block, y: Block) => x.count < y.count || (x.count === y.count && x.key < y.key);

/** The blocks: each atom's block number. Deterministic for the same counts, whatever the input order. */
export function protectBlocks(atoms: Atom[]): Map<string, number> {
  const blocks: Block[] = atoms
    .filter((a) => a.count > 0)
    .map((a) => ({ atoms: [a], count: a.count, key: atomKey(a), shared: { school: a.school, phase: a.phase, category: a.category, stage: a.stage } }));
  for (;;) {
    let small = -1;
    for (let i = 0; i < blocks.length; i++) if (blocks[i]!.count < MIN_GROUP && (small < 0 || before(blocks[i]!, blocks[small]!))) small = i;
    if (small < 0 || blocks.length < 2) break;
    // The next-smallest of the nearest siblings: it is suppressed with the small one.
    let partner = -1;
    let best = 5;
    for (let i = 0; i < blocks.length; i++) {
      if (i === small) continue;
      const d = distance(blocks[small]!, blocks[i]!);
      if (d < best || (d === best && before(blocks[i]!, blocks[partner]!))) [partner, best] = [i, d];
    }
    const merged = merge(blocks[small]!, blocks[partner]!);
    blocks.splice(Math.max(small, partner), 1);
    blocks.splice(Math.min(small, partner), 1, merged);
  }
  const out = new Map<string, number>();
  blocks.forEach((b, i) => b.atoms.forEach((a) => out.set(atomKey(a), i)));
  return out;
}

export type Verdict = { shown: true; n: number; caution: boolean; text: boolean } | { shown: false; reason: "too-many-filters" | "too-few" };

/**
 * Whether a view's figures may be shown, given every atom of the survey (not only the viewer's school:
 * the blocks must be the same for everyone, or two viewers' pages could be subtracted).
 */
export function judge(atoms: Atom[], blocks: Map<string, number>, filters: Filters, closed: boolean): Verdict {
  if (tooManyFilters(filters)) return { shown: false, reason: "too-many-filters" };
  const inside = new Set<number>();
  const outside = new Set<number>();
  let n = 0;
  for (const a of atoms) {
    if (a.count === 0) continue;
    const block = blocks.get(atomKey(a))!;
    if (matches(a, filters)) {
      inside.add(block);
      n += a.count;
    } else outside.add(block);
  }
  const whole = [...inside].every((b) => !outside.has(b));
  if (!whole || n < MIN_GROUP) return { shown: false, reason: "too-few" };
  // Free text is people's own words: only for the unfiltered school or trust, after the close.
  const textFilters = filterCount(filters) === 0 || (filterCount(filters) === 1 && filters.school !== undefined);
  return { shown: true, n, caution: n < CAUTION_UNDER, text: closed && n >= TEXT_MIN && textFilters };
}

/** The answers matching a view, for the queries: the same filter the rules judged. */
export const atomMatches = matches;
