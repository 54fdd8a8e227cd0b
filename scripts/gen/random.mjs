/**
 * Deterministic randomness for the generator: every stream is seeded from the run's seed and a
 * key (a ticket's number, a customer's), so a run with the same seed writes the same files and
 * the order in which things are generated does not matter.
 */

/** FNV-1a, 32 bit: turns a key into a seed. */
export function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded stream with the helpers the generator needs (mulberry32 underneath). */
export function stream(seed, key) {
  let a = hash(`${seed}/${key}`) >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  /** `table` is [[value, weight], …]. */
  const weighted = (table) => {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [value, w] of table) if ((r -= w) < 0) return value;
    return table[table.length - 1][0];
  };
  /** Skewed towards small values: most tickets take minutes, a few take days. */
  const lognormal = (median, spread) => {
    const u = Math.max(1e-9, next());
    const v = next();
    const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    return median * Math.exp(spread * z);
  };
  return { next, int, pick, chance, weighted, lognormal };
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const crockford = (rnd, n) => {
  let s = '';
  for (let i = 0; i < n; i++) s += CROCKFORD[Math.floor(rnd.next() * 32)];
  return s;
};
