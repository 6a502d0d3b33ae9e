import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulator } from '../../src/engine';
import { canonicalJson } from '../../src/results';

/** The same data with its keys in a seeded order, at every level. */
function reorder(value: unknown, random: () => number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((entry) => reorder(entry, random));
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  return Object.fromEntries(entries.map(([key, entry]) => [key, reorder(entry, random)]));
}

describe('canonical JSON', () => {
  it('is the same text whatever the key order, and reads back as the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(canonicalJson(reorder(value, simulator.mulberry32(seed)))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('writes a value nested 200,000 levels deep without overflowing the stack', () => {
    let value: unknown = { z: 1, a: null };
    for (let i = 0; i < 200_000; i++) value = i % 2 ? [value, undefined] : { b: value, a: i };
    const text = canonicalJson(value);
    expect(text.startsWith('[{"a":199998,"b":[{"a":199996,"b":')).toBe(true);
    expect(text).toContain('[{"a":0,"b":{"a":null,"z":1}},null]');
    expect(text.endsWith(']},null]')).toBe(true);
  }, 30_000);

  it('sorts keys at every level and leaves undefined out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: true, e: null }], c: 'x' }, z: undefined })).toBe('{"a":{"c":"x","d":[2,{"e":null,"f":true}]},"b":1}');
  });
});
