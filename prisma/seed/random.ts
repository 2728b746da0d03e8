// A seeded random generator, so the seed, the tests and the benchmarks build the same trust
// (same ids, names and numbers) on every run and every machine.

export type Rng = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight: weighted([["GOOD", 7], ["OUTSTANDING", 2]]). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  chance(p: number): boolean;
  /** A shuffled copy; the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
  /** A version-4-shaped uuid drawn from the generator (not from crypto). */
  uuid(): string;
  /**
   * An independent generator derived from this one's seed and a label. Each part of the build
   * draws from its own fork, so adding a draw in one part does not reshuffle every other part.
   */
  fork(label: string): Rng;
};

/** mulberry32: tiny, fast and good enough for test data (not for secrets). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** FNV-1a, to turn a fork label into a seed. */
function hashLabel(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const hex = (n: number) => n.toString(16).padStart(8, "0");

export function createRng(seed: number): Rng {
  const nextUint32 = mulberry32(seed);
  const next = () => nextUint32() / 0x1_0000_0000;

  const rng: Rng = {
    next,
    int: (min, max) => {
      if (max < min) throw new Error(`rng.int: max ${max} is below min ${min}`);
      return min + Math.floor(next() * (max - min + 1));
    },
    float: (min, max) => min + next() * (max - min),
    pick: (items) => {
      if (items.length === 0) throw new Error("rng.pick: nothing to pick from");
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, w]) => sum + w, 0);
      if (!(total > 0)) throw new Error("rng.weighted: weights must add up to more than 0");
      let roll = next() * total;
      for (const [value, weight] of entries) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return (entries[entries.length - 1] as (typeof entries)[number])[0];
    },
    chance: (p) => next() < p,
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
    uuid: () => {
      const a = nextUint32();
      const b = (nextUint32() & 0xffff0fff) | 0x00004000; // version 4
      const c = ((nextUint32() & 0x3fffffff) | 0x80000000) >>> 0; // RFC 4122 variant
      const d = nextUint32();
      const s = hex(a) + hex(b >>> 0) + hex(c) + hex(d);
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    fork: (label) => createRng(hashLabel(seed, label)),
  };
  return rng;
}
