import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonValueProblem, MAX_FILE_BYTES, MAX_JSON_DEPTH, nestsDeeperThan, parseBoundedJson } from '../../src/engine/bounded-json';

/** `depth` arrays inside one another around `inner`, as text. */
const nestedText = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** The same as a value, built without recursion. */
function nestedValue(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: [value] }.a;
  return value;
}

describe('bounded JSON', () => {
  it('reads what fits: any JSON value up to the depth limit, a byte-order mark ignored', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const text = JSON.stringify(value);
        expect(parseBoundedJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
        expect(parseBoundedJson(`\uFEFF${text}`)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
      { numRuns: 300 },
    );
    expect(parseBoundedJson(nestedText(MAX_JSON_DEPTH)).ok).toBe(true);
  });

  it('refuses one level past the limit, and 200,000 levels, without overflowing the stack', () => {
    for (const depth of [MAX_JSON_DEPTH + 1, 200_000]) {
      const read = parseBoundedJson(nestedText(depth));
      expect(read).toMatchObject({ ok: false, refusal: 'too-deep' });
    }
    // Deep nesting inside a field of an otherwise ordinary object.
    expect(parseBoundedJson(`{"format":"x","extra":${nestedText(200_000)}}`)).toMatchObject({ ok: false, refusal: 'too-deep' });
  });

  it('counts brackets only outside strings, escaped quotes included', () => {
    expect(nestsDeeperThan(JSON.stringify({ note: '['.repeat(500) }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ note: `a\\"${'{'.repeat(500)}` }), 2)).toBe(false);
    expect(nestsDeeperThan(JSON.stringify({ a: { b: { c: 1 } } }), 2)).toBe(true);
  });

  it('refuses a text over the size limit before parsing it', () => {
    const text = `"${'x'.repeat(MAX_FILE_BYTES)}"`;
    const started = performance.now();
    expect(parseBoundedJson(text)).toMatchObject({ ok: false, refusal: 'too-large' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('refuses a number a double cannot hold (1e999 reads as Infinity), naming where it is', () => {
    expect(parseBoundedJson('{"stores":{"a":{"value":[1, 1e999]}}}')).toEqual({
      ok: false,
      refusal: 'not-finite',
      problem: expect.stringMatching(/^stores\.a\.value\[1\]: /),
    });
    expect(parseBoundedJson('-1e400')).toMatchObject({ ok: false, refusal: 'not-finite' });
    expect(parseBoundedJson('1e308')).toEqual({ ok: true, value: 1e308 });
  });

  it('refuses what is not JSON, and never throws on any text', () => {
    for (const text of ['', 'NaN', '{"a":1,}', '[1', "{'a':1}", 'Infinity']) expect(parseBoundedJson(text)).toMatchObject({ ok: false, refusal: 'not-json' });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: fc.constantFrom(...'[]{}"\\,:1e9-. a\uFEFF'), maxLength: 200 })), (text) => {
        expect(() => parseBoundedJson(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('walks a value of any depth without recursion', () => {
    expect(jsonValueProblem(nestedValue(MAX_JSON_DEPTH))).toBeNull();
    expect(jsonValueProblem(nestedValue(MAX_JSON_DEPTH + 1))).toMatchObject({ refusal: 'too-deep' });
    expect(jsonValueProblem(nestedValue(200_000))).toMatchObject({ refusal: 'too-deep' });
    expect(jsonValueProblem({ a: [0, Number.NaN] })).toEqual({ refusal: 'not-finite', problem: expect.stringMatching(/^a\[1\]: /) });
  });
});
