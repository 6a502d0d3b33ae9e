/**
 * A small seeded pseudo-random generator (mulberry32) and a string hash (FNV-1a), so the
 * simulator never touches `Math.random()`: the same seed always draws the same case and the
 * same buyer.
 */

export type Random = () => number;

/** Numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of any number of parts; mixes seeds with rounds, ids and the like. */
export function hashSeed(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    const text = `${part}|`;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** A whole number in [min, max]. */
export const intBetween = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export function pickOne<T>(random: Random, values: readonly T[]): T {
  if (values.length === 0) throw new RangeError('pickOne needs at least one value');
  return values[Math.floor(random() * values.length)] as T;
}

/** A new array in a seeded order (Fisher–Yates). */
export function shuffled<T>(random: Random, values: readonly T[]): T[] {
  const out = values.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
