import fc from 'fast-check';
import { MAX_JSON_DEPTH } from '../../src/engine/bounded-json';
import { MAX_DURATION_MS } from '../../src/engine/bounded-numbers';
import { dateProblem } from '../../src/engine/dates';

/**
 * Hostile JSON for the file readers' property tests: a valid file with a few of its places
 * replaced or added to by values a careless or malicious file could hold (nesting far past any
 * limit, numbers a double cannot hold or a page cannot show, strings that read as NaN, prototype
 * keys, wrong types, dates with impossible offsets), and an oracle that checks an accepted value
 * without the schemas that accepted it.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Text that goes into the file as it is, not as a JSON string: `1e999`, or 200,000 brackets. */
const RAW = '\u0000raw:';
export const raw = (text: string): string => `${RAW}${text}`;

/** The file's text, with every `raw(…)` written in place. */
export const hostileText = (value: unknown): string =>
  JSON.stringify(value, null, 1).replace(/"\\u0000raw:((?:[^"\\]|\\.)*)"/g, (_, text: string) => JSON.parse(`"${text}"`) as string);

/** `depth` arrays inside one another, as text (building the value would take longer than reading it). */
export const nestedText = (depth: number, inner = '1'): string => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

/** An own property even for `__proto__`, which plain assignment would turn into a prototype. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));

/** Date-times with every part allowed past its range, the offset most of all (`+99:99`, `-24:00`). */
export const strainedDate: fc.Arbitrary<string> = fc
  .record({
    year: fc.integer({ min: 1969, max: 2101 }),
    month: two(13),
    day: two(32),
    hour: two(25),
    minute: two(61),
    second: two(61),
    zone: fc.oneof(
      fc.constant('Z'),
      fc.constant(''),
      fc.tuple(fc.constantFrom('+', '-'), two(99), two(99)).map(([sign, h, m]) => `${sign}${h}:${m}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, zone }) => `${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);

/** Dates no clock reads, and a few that are fine: a reader must tell them apart. */
export const hostileDate: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '2026-03-02T09:00:00+99:99',
    '2026-03-02T09:00:00-24:00',
    '2026-03-02T09:00:00+23:60',
    '2026-03-02T09:00:00+23:59',
    '2026-02-30T09:00:00Z',
    '2026-03-02T24:00:00Z',
    '+275760-09-13T00:00:00Z',
    '2026-03-02',
    'NaN',
    'Invalid Date',
  ),
  strainedDate,
);

/** Numbers that are JSON but no sane file holds, and some that are fine. */
export const hostileNumber: fc.Arbitrary<number | string> = fc.oneof(
  fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER + 2, 1e16, MAX_DURATION_MS + 1, -1, -0.5, 0.5, 5e-324, 0, 100, 101),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  // Written into the text: JSON.parse reads them as ±Infinity.
  fc.constantFrom('1e999', '-1e999', '1E400').map(raw),
);

/** Strings a careless `Number()` or `Date.parse` would turn into NaN or Infinity. */
export const nanString = fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e309', 'undefined', '', ' ', '0x1F', '١٢', '12abc');

/** Keys that mean something to an object's prototype, and a few that mean nothing to Casebook. */
export const prototypeKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__', 'valueOf');

/** Nesting past the limit: just past it, far past it, 200,000 deep; each written as text. */
export const deepNesting: fc.Arbitrary<string> = fc
  .oneof(fc.integer({ min: MAX_JSON_DEPTH - 2, max: MAX_JSON_DEPTH + 3 }), fc.integer({ min: 100, max: 5000 }), fc.constant(200_000))
  .map((depth) => raw(nestedText(depth)));

const protoObject = fc.tuple(prototypeKey, fc.jsonValue({ maxDepth: 1 })).map(([key, value]) => {
  const object: Record<string, unknown> = {};
  setOwn(object, key, value);
  return object;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  nanString,
  hostileDate,
  deepNesting,
  protoObject,
  fc.constantFrom(null, true, false, [], {}),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Every place in a value, by path; iterative, the root included as `[]`. */
export function placesOf(value: unknown): Path[] {
  const places: Path[] = [];
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: at, path } = stack.pop()!;
    places.push(path);
    if (at !== null && typeof at === 'object')
      for (const [key, entry] of Object.entries(at)) stack.push({ value: entry, path: [...path, Array.isArray(at) ? Number(key) : key] });
  }
  return places;
}

const DATE_KEYS = new Set(['exportedAt', 'startedAt', 'finishedAt', 'at', 'due', 'lastReviewed', 'updatedAt']);
const DURATION_KEYS = new Set(['durationMs', 'timeSpentMs']);

function containerAt(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at !== null && typeof at === 'object' ? (at as Record<string | number, unknown>) : undefined;
}

export type Mutation = { kind: 'replace'; path: Path; value: unknown } | { kind: 'add'; path: Path; key: string; value: unknown } | { kind: 'remove'; path: Path };

/** One to three changes at places in `doc`, dates and durations picked more often: they are what broke pages. */
export function mutationsOf(doc: unknown): fc.Arbitrary<Mutation[]> {
  const places = placesOf(doc).filter((path) => path.length > 0);
  const named = (keys: Set<string>) => places.filter((path) => keys.has(String(path.at(-1))));
  const containers = placesOf(doc).filter((path) => containerAt(doc, path) !== undefined);
  const replace = (paths: Path[], value: fc.Arbitrary<unknown>) =>
    fc.tuple(fc.constantFrom(...paths), value).map(([path, v]): Mutation => ({ kind: 'replace', path, value: v }));
  const options: fc.Arbitrary<Mutation>[] = [
    replace(places, hostileValue),
    fc
      .tuple(fc.constantFrom(...containers), fc.oneof(prototypeKey, fc.constantFrom('extra', 'bonus')), hostileValue)
      .map(([path, key, value]): Mutation => ({ kind: 'add', path, key, value })),
    fc.constantFrom(...places).map((path): Mutation => ({ kind: 'remove', path })),
  ];
  if (named(DATE_KEYS).length) options.push(replace(named(DATE_KEYS), hostileDate));
  if (named(DURATION_KEYS).length) options.push(replace(named(DURATION_KEYS), hostileNumber));
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 });
}

/** A copy of `doc` with the changes made (a place an earlier change removed is skipped). */
export function mutated(doc: unknown, mutations: Mutation[]): unknown {
  const copy = structuredClone(doc);
  for (const change of mutations) {
    if (change.kind === 'add') {
      const at = containerAt(copy, change.path);
      if (at && !Array.isArray(at)) setOwn(at, change.key, change.value);
      else if (Array.isArray(at)) at.push(change.value);
      continue;
    }
    if (change.path.length === 0) continue;
    const parent = containerAt(copy, change.path.slice(0, -1));
    const key = change.path.at(-1)!;
    if (!parent || !Object.hasOwn(parent, key)) continue;
    if (change.kind === 'replace') setOwn(parent as Record<string, unknown>, String(key), change.value);
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return copy;
}

/**
 * What an accepted value must not hold, checked without the schemas that accepted it: nesting
 * past the limit, a number that is not finite or not exact, a duration past a year, a date
 * dateProblem refuses, a `__proto__` key.
 */
export function acceptedValueProblems(value: unknown): string[] {
  const problems: string[] = [];
  const stack: { value: unknown; depth: number; key: string }[] = [{ value, depth: 0, key: '(root)' }];
  while (stack.length > 0) {
    const { value: at, depth, key } = stack.pop()!;
    if (typeof at === 'number') {
      if (!Number.isFinite(at) || Math.abs(at) > Number.MAX_SAFE_INTEGER) problems.push(`${key}: ${at} is not a sane number`);
      if (DURATION_KEYS.has(key) && !(at >= 0 && at <= MAX_DURATION_MS)) problems.push(`${key}: ${at} ms is not a sane duration`);
    }
    if (typeof at === 'string' && DATE_KEYS.has(key) && dateProblem(at)) problems.push(`${key}: ${at} is not a date`);
    if (at === null || typeof at !== 'object') continue;
    if (depth + 1 > MAX_JSON_DEPTH) problems.push(`${key}: nested past the limit`);
    else
      for (const [k, entry] of Object.entries(at)) {
        if (k === '__proto__') problems.push('a __proto__ key');
        stack.push({ value: entry, depth: depth + 1, key: Array.isArray(at) ? key : k });
      }
  }
  return problems;
}
