import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/engine/issues';
import { caseFields, fieldsByPath, type Field, type Fields } from '../../src/engine/case-fields';
import { caseKinds } from '../../src/engine/case-kinds';
import { caseFactsParser, parseCaseFacts, type ParseResult } from '../../src/engine/check-case-facts';
import { caseProblemLine } from '../../src/engine/case-problems';
import { caseFactsArbitrary } from './case-arbitrary';
import { caseFactsOracle } from './case-zod-oracle';

/** What the oracle can be compared on: the facts, or the problems as `path: message` lines (zod has no codes of ours). */
type Answer = { ok: true; facts: unknown } | { ok: false; problems: string[] };
const answerOf = (result: ParseResult): Answer => (result.ok ? result : { ok: false, problems: result.problems });

/** The zod oracle's answer in the validator's shape. */
function parseWithZod(input: unknown): Answer {
  const result = caseFactsOracle.safeParse(input);
  return result.success ? { ok: true, facts: result.data } : { ok: false, problems: formatIssues(result.error) };
}

/**
 * A value written out with its key order and its keys set to undefined, which `toEqual`
 * would overlook: parsed facts go into links and the command line's JSON as they are.
 */
function written(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (Array.isArray(value)) return `[${value.map(written).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${written(v)}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

const agrees = (parse: (input: unknown) => ParseResult) => (input: unknown) => written(answerOf(parse(input))) === written(parseWithZod(input));

// Inputs to break valid facts with: every type zod names, wrong and right choices, bounds, dates off the calendar or out of order.
const oddValues = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, '', 'x', true, false, {}, [], [1], new Date(0)),
  fc.constantFrom<unknown>(0, -0, -1, 0.5, 1, 2.5, Number.NaN, Number.POSITIVE_INFINITY),
  fc.constantFrom<unknown>('USD', 'amazon.com', 'US', 'damaged', 'minor', 'seller', 'main-item', 'none', 'delivered', 'ebay', 'china', 'good', ...caseKinds, 'amazon-other'),
  // Orders in the arbitrary fall in 2023–2028: these come before or after all of them.
  fc.constantFrom<unknown>('2026-02-30', '2026-03-01T24:00:00Z', 'yesterday', '2020-01-01', '2030-12-31T23:59:59Z', '2031-03-01T10:00:00+05:30'),
  fc.anything(),
);

const knownPaths = [...new Set(Object.values<Fields>(caseFields).flatMap((fields) => [...Object.keys(fields), ...fieldsByPath(fields).map(([path]) => path)]))];
const givenPaths = (facts: object) =>
  Object.entries(facts).flatMap(([key, value]) => [key, ...(value && typeof value === 'object' ? Object.keys(value).map((k) => `${key}.${k}`) : [])]);

type Mutation = { path: string; remove: true } | { path: string; value: unknown };
/** Changes to facts: mostly to the fields they have, sometimes to another kind's field, an unknown key or a random one. */
const mutationsOf = (facts: object): fc.Arbitrary<Mutation[]> => {
  const path = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...givenPaths(facts)) },
    { weight: 1, arbitrary: fc.constantFrom(...knownPaths, 'dispute', 'order.dispute', 'tracking.dispute', 'constructor', 'order.constructor') },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const mutation = fc.oneof(
    path.map((p): Mutation => ({ path: p, remove: true })),
    { weight: 2, arbitrary: fc.record({ path, value: oddValues }) },
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
};

function mutated(facts: unknown, changes: Mutation[]): unknown {
  const copy = structuredClone(facts) as Record<string, unknown>;
  for (const change of changes) {
    const keys = change.path.split('.');
    const last = keys.pop()!;
    let node: Record<string, unknown> = copy;
    for (const key of keys) {
      const next = node[key];
      if (!next || typeof next !== 'object' || Array.isArray(next)) node[key] = {};
      node = node[key] as Record<string, unknown>;
    }
    if ('remove' in change) delete node[last];
    else Object.defineProperty(node, last, { value: change.value, enumerable: true, configurable: true, writable: true });
  }
  return copy;
}

const brokenFacts = caseFactsArbitrary.chain((facts) => mutationsOf(facts).map((changes) => mutated(facts, changes)));
const anyInput = fc.oneof(fc.anything(), fc.object(), fc.record({ kind: fc.constantFrom(...caseKinds) }, { requiredKeys: [] }));

describe('the case validator and the zod oracle built from the same field data', () => {
  it('agree on valid facts: the same facts, defaults filled in the same way and order', () => {
    fc.assert(fc.property(caseFactsArbitrary, agrees(parseCaseFacts)), { numRuns: 400 });
  });

  it('agree on broken facts: both refuse, with the same problems at the same paths, or both give the same facts', () => {
    fc.assert(fc.property(brokenFacts, agrees(parseCaseFacts)), { numRuns: 1500 });
  });

  it('agree on anything at all', () => {
    fc.assert(fc.property(anyInput, agrees(parseCaseFacts)), { numRuns: 300 });
  });

  it('the broken facts reach every kind of problem, and some still pass', () => {
    const results = fc.sample(brokenFacts, { numRuns: 1500, seed: 11 }).map(parseCaseFacts);
    const problems = results.flatMap((r) => (r.ok ? [] : r.problems));
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(20);
    for (const pattern of [
      /: Required$/,
      /: Expected (object|number|boolean|string), received /,
      /: Expected '[^']+'( \| '[^']+')*, received /,
      /: Invalid enum value\. /,
      /^kind: Invalid discriminator value\. /,
      /: Unrecognized key\(s\) in object: /,
      /: Number must be greater than 0$/,
      /: String must contain at least 1 character\(s\)$/,
      /: \d{4}-\d{2}-\d{2} is not a date on the calendar$/,
      /: cannot be before /,
      /: required when topic is "/,
    ])
      expect(
        problems.some((p) => pattern.test(p)),
        String(pattern),
      ).toBe(true);
  });

  // The guard bites: a validator that reads altered field data disagrees with zod, and the same properties find it.
  type Group = Extract<Field, { type: 'group' }>;
  const altered = (key: string, change: (field: Field) => Field) => {
    const copy = structuredClone(caseFields) as unknown as Record<string, Record<string, Field>>;
    for (const fields of Object.values(copy)) if (fields[key]) fields[key] = change(fields[key]);
    return caseFactsParser(copy);
  };
  it.each([
    ['a price of 0 allowed', altered('order', (f) => ({ ...f, fields: { ...(f as Group).fields, price: { type: 'number', bounds: ['nonnegative'] } } })), brokenFacts],
    ['tracking without its default', altered('tracking', (f) => ({ type: 'group', fields: (f as Group).fields })), brokenFacts],
    ['a default dropped', altered('buyerReachable', () => ({ type: 'yes-no', optional: true })), brokenFacts],
    ['a choice missing', altered('topic', () => ({ type: 'choice', options: ['damaged'] })), caseFactsArbitrary],
  ] as const)('finds a disagreement: %s', (_, parse, inputs) => {
    // As many runs as the property above; a fixed seed, so the proof does not depend on luck.
    const run = fc.check(fc.property(inputs as fc.Arbitrary<unknown>, agrees(parse)), { numRuns: 1500, seed: 1 });
    expect(run.failed).toBe(true);
  });
});

describe('the case validator', () => {
  const chargeback = { kind: 'amazon-chargeback', disputeOpenedAt: '2026-03-05', order: { price: 10, currency: 'USD', orderedAt: '2026-03-01' } };

  it('fills in defaults, nested ones and those of a missing group', () => {
    const parsed = parseCaseFacts(chargeback);
    expect(parsed.ok && parsed.facts).toStrictEqual({
      kind: 'amazon-chargeback',
      marketplace: 'amazon.com',
      disputeOpenedAt: '2026-03-05',
      order: { price: 10, currency: 'USD', orderedAt: '2026-03-01', inStock: true, bulky: false },
      tracking: { state: 'none', carrierRecognized: true },
      buyerReachable: true,
    });
  });

  it('names every problem in zod’s words, fields in order, unknown keys after them', () => {
    const parsed = parseCaseFacts({ ...chargeback, order: { price: 0, currency: 'XYZ', orderedAt: 7, note: 'x' }, tracking: null, extra: 1 });
    expect(parsed.ok ? [] : parsed.problems).toEqual([
      'order.price: Number must be greater than 0',
      "order.currency: Invalid enum value. Expected 'USD' | 'GBP' | 'EUR' | 'CAD' | 'AUD' | 'JPY', received 'XYZ'",
      'order.orderedAt: Expected string, received number',
      "order: Unrecognized key(s) in object: 'note'",
      'tracking: Expected object, received null',
      "(root): Unrecognized key(s) in object: 'extra'",
    ]);
  });

  it('gives each problem as a code at a path, with what a form needs to say it, and its line is that code in words', () => {
    const parsed = parseCaseFacts({ ...chargeback, order: { price: 0, currency: 'XYZ', orderedAt: 7 }, disputeOpenedAt: '2026-02-30', extra: 1 });
    expect(parsed.ok ? [] : parsed.issues).toEqual([
      { path: ['disputeOpenedAt'], code: 'not-a-date', why: '2026-02-30 is not a date on the calendar' },
      { path: ['order', 'price'], code: 'not-positive' },
      { path: ['order', 'currency'], code: 'not-an-option', options: ['USD', 'GBP', 'EUR', 'CAD', 'AUD', 'JPY'], received: 'XYZ' },
      { path: ['order', 'orderedAt'], code: 'wrong-type', expected: 'string', received: 'number' },
      { path: [], code: 'unknown-keys', keys: ['extra'] },
    ]);
    const late = parseCaseFacts({ ...chargeback, disputeOpenedAt: '2026-02-01' });
    expect(late.ok ? [] : late.issues).toEqual([{ path: ['disputeOpenedAt'], code: 'before', field: 'order.orderedAt', value: '2026-03-01' }]);
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseCaseFacts(input);
        return result.ok || (result.issues.length > 0 && result.issues.map(caseProblemLine).join('\n') === result.problems.join('\n'));
      }),
    );
  });

  it('checks across fields only once every field could be read, as zod does', () => {
    const late = { ...chargeback, disputeOpenedAt: '2026-02-01' };
    expect(answerOf(parseCaseFacts({ ...late, extra: 1 }))).toEqual({
      ok: false,
      problems: ["(root): Unrecognized key(s) in object: 'extra'", 'disputeOpenedAt: cannot be before order.orderedAt (2026-03-01)'],
    });
    expect(answerOf(parseCaseFacts({ ...late, buyerReachable: 'yes' }))).toEqual({ ok: false, problems: ['buyerReachable: Expected boolean, received string'] });
  });
});

/** Modules a file loads when it runs in the browser (type-only imports load nothing), followed through the engine. */
async function loadedModules(entry: string): Promise<Set<string>> {
  const { existsSync, readFileSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  const root = new URL('../../', import.meta.url).pathname;
  const browserImports = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { imports: Record<string, { browser: string }> }).imports;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.tsx?$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const [, what, from] of source.matchAll(/^(?:import|export)\s+(type\s)?[^;]*?from\s+'([^']+)'/gm)) {
      if (what) continue;
      // A `#name` import is the package's own, and the browser gets its `browser` entry (the fetched rules, not the rule files, which need Node and zod).
      if (from!.startsWith('#')) {
        visit(resolve(root, browserImports[from!]!.browser));
        continue;
      }
      const path = resolve(dirname(file), from!);
      visit(!from!.startsWith('.') ? from! : ([`${path}.ts`, `${path}.tsx`].find((f) => existsSync(f)) ?? `${path}/index.ts`));
    }
  };
  visit(entry);
  return seen;
}

describe('what the browser loads for case facts and for playing a case', () => {
  const engine = new URL('../../src/engine/', import.meta.url).pathname;
  it.each([
    'check-case-facts',
    'questions',
    'facts-link',
    'advise',
    'clock',
    'simulator/step',
    'simulator/state',
    'simulator/score',
    'simulator/scenario-facts',
    'simulator/generate',
    'simulator/shift',
  ])('%s.ts loads no zod', async (name) => {
    expect([...(await loadedModules(`${engine}${name}.ts`))].filter((m) => m === 'zod')).toEqual([]);
  });

  // The islands that play cases and run the tools: one import through the simulator's index would bring the scenario schema.
  const components = new URL('../../src/components/', import.meta.url).pathname;
  it.each(['simulator/CasePlayer.tsx', 'simulator/PracticePlayer.tsx', 'simulator/ShiftPlayer.tsx', 'case-clock/CaseClock.tsx', 'decision-helper/DecisionHelper.tsx'])(
    'the island %s loads no zod',
    async (name) => {
      const loaded = await loadedModules(`${components}${name}`);
      expect(loaded.size).toBeGreaterThan(10);
      expect([...loaded].filter((m) => m === 'zod')).toEqual([]);
    },
  );

  it('the check finds zod where it is: the scenario schema, which the build reads', async () => {
    expect(await loadedModules(`${engine}simulator/scenario.ts`)).toContain('zod');
    expect([...(await loadedModules(`${engine}case.ts`))].filter((m) => m === 'zod')).toEqual([]);
  });
});

describe('numbers past any real order', () => {
  it.each([1e308, 10_000_001, Number.MAX_VALUE])('refuse a price of %s in both validators, with the same problem', (price) => {
    const input = { kind: 'amazon-message', topic: 'where-is-my-order', receivedAt: '2026-03-05T10:00:00Z', order: { price, currency: 'USD', orderedAt: '2026-03-01' } };
    const light = parseCaseFacts(input);
    expect(light.ok).toBe(false);
    const schema = caseFactsOracle.safeParse(input);
    expect(schema.success).toBe(false);
    expect(light.ok ? [] : light.problems).toEqual(['order.price: Number must be less than or equal to 10000000']);
  });

  it('accept a large but real price', () => {
    const input = {
      kind: 'amazon-message',
      topic: 'where-is-my-order',
      receivedAt: '2026-03-05T10:00:00Z',
      order: { price: 250_000, currency: 'JPY', orderedAt: '2026-03-01' },
    };
    expect(parseCaseFacts(input).ok).toBe(true);
  });
});
