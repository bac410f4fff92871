/** A seeded source of pseudo-random numbers with the few helpers the mock needs. */
export interface Random {
  /** Uniform float in `[0, 1)`. */
  next(): number;
  /** Uniform integer in `[min, max]` (both inclusive). */
  int(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One element of a non-empty list, chosen by `weight`. */
  weighted<T extends { weight: number }>(list: readonly T[]): T;
}

/** mulberry32: tiny, fast, and good enough for fixtures. Returns floats in `[0, 1)`. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string; used to derive seeds, icon hashes and references. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a {@link Random} from a seed. The same seed always gives the same sequence. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(list: readonly T[]): T {
      const value = list[Math.floor(next() * list.length)];
      if (value === undefined) throw new RangeError('pick from an empty list');
      return value;
    },
    weighted<T extends { weight: number }>(list: readonly T[]): T {
      let total = 0;
      for (const entry of list) total += entry.weight;
      let roll = next() * total;
      for (const entry of list) {
        roll -= entry.weight;
        if (roll < 0) return entry;
      }
      const last = list[list.length - 1];
      if (last === undefined) throw new RangeError('pick from an empty list');
      return last;
    },
  };
}

/** A UUID-shaped (version 4 layout) string drawn from `random`. */
export function uuidFrom(random: Random): string {
  const hex = (digits: number) => {
    let out = '';
    for (let i = 0; i < digits; i++) out += Math.floor(random.next() * 16).toString(16);
    return out;
  };
  const variant = (8 + Math.floor(random.next() * 4)).toString(16);
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}
