import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dateProblem } from '../../src/engine/dates';
import { emptyQueue, recordResult } from '../../src/engine/quiz/review-queue';
import { $caseResults, caseResultsSchema } from '../../src/stores/case-results';
import { $courseProgress, courseProgressSchema } from '../../src/stores/course-progress';
import { $courseSettings, courseSettingsSchema } from '../../src/stores/course-settings';
import { $finishedAnswers, finishedAnswersSchema } from '../../src/stores/finished-answers';
import { $lrsQueue, lrsQueueSchema } from '../../src/stores/lrs-queue';
import { $storageNotices } from '../../src/stores/notices';
import { $pausedQuizzes, pausedQuizzesSchema } from '../../src/stores/paused-quizzes';
import { configureStorage, persistedStores } from '../../src/stores/persisted';
import { $quizHistory, quizHistorySchema } from '../../src/stores/quiz-history';
import { $quizSession, quizSessionSchema } from '../../src/stores/quiz-session';
import { $reviewQueue, reviewQueueStateSchema } from '../../src/stores/review-queue';
import { $savedPlay, savedPlaySchema } from '../../src/stores/saved-play';
import { quizResultArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

/**
 * Every store's start-up (reading its stored text: JSON, the envelope, migrations, its schema)
 * against stored text of every sort: it never throws, and either reads a value its schema
 * accepts, every date in it passing `dateProblem`, or keeps the raw text aside untouched, or
 * (a newer version) leaves it in place untouched.
 */

const isoTime = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2099-12-31T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
const percent = fc.integer({ min: 0, max: 100 });
const session = fc.record({
  params: fc.string(),
  answers: fc.dictionary(fc.string({ minLength: 1 }), fc.oneof(fc.array(fc.string()), fc.record({ caseScore: percent }))),
  current: fc.nat(),
  startedAt: isoTime,
});
const statement = fc.record({
  id: fc.uuid(),
  timestamp: isoTime,
  actor: fc.record({ objectType: fc.constant('Agent'), name: fc.string() }),
  verb: fc.record({ id: fc.webUrl(), display: fc.dictionary(fc.constantFrom('en-US', 'zh-CN'), fc.string()) }),
  object: fc.record({ objectType: fc.constant('Activity'), id: fc.webUrl() }),
});

interface StoreUnderTest {
  atom: { get(): unknown; set(value: never): void };
  schema: z.ZodTypeAny;
  /** Values the current version holds. */
  valid: fc.Arbitrary<unknown>;
}

const stores: Record<string, StoreUnderTest> = {
  'course-progress': {
    atom: $courseProgress,
    schema: courseProgressSchema,
    valid: fc.record({
      traineeName: fc.string(),
      modules: fc.dictionary(
        fc.string({ minLength: 1 }),
        fc.record(
          {
            readPages: fc.array(fc.string({ minLength: 1 })),
            checks: fc.array(
              fc.record({ score: percent, passed: fc.boolean(), at: isoTime, quizId: fc.string({ minLength: 1 }) }, { requiredKeys: ['score', 'passed', 'at'] }),
            ),
            timeSpentMs: fc.integer({ min: 0, max: 10 ** 9 }),
            startedAt: isoTime,
          },
          { requiredKeys: ['readPages', 'checks', 'timeSpentMs'] },
        ),
      ),
    }),
  },
  'course-settings': { atom: $courseSettings, schema: courseSettingsSchema, valid: fc.record({ unlocked: fc.boolean() }) },
  'case-results': {
    atom: $caseResults,
    schema: caseResultsSchema,
    valid: fc.dictionary(fc.string({ minLength: 1 }), fc.record({ best: percent, last: percent, at: isoTime })),
  },
  'quiz-history': { atom: $quizHistory, schema: quizHistorySchema, valid: fc.array(quizResultArbitrary, { maxLength: 5 }) },
  'quiz-session': { atom: $quizSession, schema: quizSessionSchema, valid: fc.option(session, { nil: null }) },
  'paused-quizzes': { atom: $pausedQuizzes, schema: pausedQuizzesSchema, valid: fc.array(session, { maxLength: 4 }) },
  'finished-answers': {
    atom: $finishedAnswers,
    schema: finishedAnswersSchema,
    valid: fc.array(fc.record({ quizId: fc.string({ minLength: 1 }), finishedAt: isoTime, answers: session.map((s) => s.answers) }), { maxLength: 3 }),
  },
  'review-queue': {
    atom: $reviewQueue,
    schema: reviewQueueStateSchema,
    valid: fc
      .record({ results: fc.array(quizResultArbitrary, { maxLength: 3 }), at: isoTime, updatedAt: fc.option(isoTime, { nil: null }) })
      .map(({ results, at, updatedAt }) => ({
        queue: results.reduce((queue, r) => recordResult(queue, r, at), emptyQueue()),
        updatedAt,
      })),
  },
  'saved-play': {
    atom: $savedPlay,
    schema: savedPlaySchema,
    valid: fc.dictionary(
      fc.string({ minLength: 1 }),
      fc.oneof(
        fc.record({ trace: fc.array(fc.record({ type: fc.constantFrom('check', 'resolve'), check: fc.string() }), { maxLength: 4 }) }),
        fc.record({
          state: fc.record({
            version: fc.constant(1 as const),
            now: isoTime,
            openedAt: fc.array(fc.option(isoTime, { nil: null }), { maxLength: 4 }),
            traces: fc.array(fc.array(fc.record({ type: fc.constant('check'), check: fc.string() }), { maxLength: 2 }), { maxLength: 4 }),
            current: fc.option(fc.nat(20), { nil: null }),
            slips: fc.array(fc.record({ opened: fc.nat(20), before: fc.nat(20) }), { maxLength: 2 }),
            ended: fc.boolean(),
          }),
        }),
      ),
      { maxKeys: 3 },
    ),
  },
  'lrs-queue': { atom: $lrsQueue, schema: lrsQueueSchema, valid: fc.array(fc.array(statement, { minLength: 1, maxLength: 3 }), { maxLength: 3 }) },
};

/** Dates no clock reads, or no calendar has: offsets past ±23:59 among them. */
const hostileDate = fc.oneof(
  fc
    .record({ h: fc.integer({ min: 0, max: 99 }), m: fc.integer({ min: 0, max: 99 }), sign: fc.constantFrom('+', '-') })
    .map(({ h, m, sign }) => `2026-03-01T09:30:00${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom(
    '2026-02-30',
    '2026-13-01',
    '2026-03-01T24:00:00Z',
    '2026-03-01T09:60:00Z',
    '+275760-09-13T00:00:00.001Z',
    '2026-03-01T09:30',
    'yesterday',
    '',
    '0000-00-00',
  ),
);

/** A change that no Casebook writes, at a node chosen by `at`. */
type Mutation = { kind: 'date' | 'proto' | 'type' | 'huge' | 'deep' | 'key' | 'number' | 'drop'; at: number; date: string; size: number };
const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('date', 'proto', 'type', 'huge', 'deep', 'key', 'number', 'drop'),
  at: fc.nat(),
  date: hostileDate,
  size: fc.integer({ min: 40, max: 400 }),
});

type Slot = { parent: Record<string, unknown> | unknown[]; key: string | number } | null;

/** Every place in a JSON value (null: the root), depth first. */
function slots(value: unknown): Slot[] {
  const found: Slot[] = [null];
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      found.push({ parent: node as Record<string, unknown>, key });
      walk((node as Record<string | number, unknown>)[key]);
    }
  };
  walk(value);
  return found;
}

function mutate(root: unknown, m: Mutation): unknown {
  const all = slots(root);
  const slot = all[m.at % all.length]!;
  const current = slot ? (slot.parent as Record<string | number, unknown>)[slot.key] : root;
  const replace = (next: unknown) => {
    if (!slot) return next;
    (slot.parent as Record<string | number, unknown>)[slot.key] = next;
    return root;
  };
  switch (m.kind) {
    case 'date':
      return typeof current === 'string' || current === null ? replace(m.date) : root;
    case 'proto': {
      const target = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : root;
      if (typeof target !== 'object' || target === null || Array.isArray(target)) return root;
      Object.defineProperty(target, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true });
      return root;
    }
    case 'type':
      return replace(
        typeof current === 'string' ? 42 : typeof current === 'number' ? String(current) : Array.isArray(current) ? { 0: current[0] } : current === null ? [] : 'text',
      );
    case 'huge': {
      // Many copies of a small piece (the node's first item, or the node itself).
      const piece = Array.isArray(current) ? (current[0] ?? null) : current;
      return replace(Array.from({ length: m.size * 50 }, () => (JSON.stringify(piece ?? null).length < 300 ? piece : null)));
    }
    case 'deep': {
      let nested: unknown = current ?? 0;
      for (let i = 0; i < m.size; i++) nested = [nested];
      return replace(nested);
    }
    case 'key':
      if (typeof current === 'object' && current !== null && !Array.isArray(current))
        for (const key of ['constructor', 'toString', 'hasOwnProperty', 'valueOf'])
          (current as Record<string, unknown>)[key] = (current as Record<string, unknown>)[Object.keys(current)[0] ?? ''] ?? 1;
      return root;
    case 'number':
      return typeof current === 'number' ? replace([1e308, -1, 0.5, 2 ** 53 + 2, -0, 1e-320][m.at % 6]) : root;
    case 'drop':
      if (slot && !Array.isArray(slot.parent)) delete slot.parent[slot.key as string];
      return root;
  }
}

/** The version a stored value claims: the store's own, an older one, a newer one, or no version at all. */
const versionFor = (current: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constant<unknown>(current) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: current }) },
    { weight: 2, arbitrary: fc.integer({ min: current + 1, max: 2 ** 40 }) },
    // 1e400 is Infinity on purpose: a stored number JSON cannot hold.
    // eslint-disable-next-line no-loss-of-precision
    { weight: 1, arbitrary: fc.constantFrom<unknown>(0, -1, 1.5, `${current}`, null, 1e400, Number.MAX_SAFE_INTEGER + 2) },
  );

/** Stored text for a store: a mutated value in an envelope, mostly; damaged or foreign text too. */
function storedText(key: string, current: number): fc.Arbitrary<string> {
  const { valid } = stores[key]!;
  const envelope = fc
    .record({ value: valid, version: versionFor(current), mutations: fc.array(mutation, { maxLength: 3 }), withoutValue: fc.boolean() })
    .map(({ value, version, mutations, withoutValue }) => {
      // One huge or deep change at most, and last, so the text stays within what a browser stores.
      const big = mutations.filter((m) => m.kind === 'huge' || m.kind === 'deep').slice(0, 1);
      const mutated = [...mutations.filter((m) => m.kind !== 'huge' && m.kind !== 'deep'), ...big].reduce((v, m) => mutate(v, m), structuredClone(value));
      return JSON.stringify(withoutValue && mutations.length === 3 ? { version } : { version, value: mutated });
    });
  return fc.oneof(
    { weight: 8, arbitrary: envelope },
    { weight: 1, arbitrary: envelope.chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut))) },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.string(),
        fc.json(),
        fc.constantFrom(
          '[]',
          'null',
          '"x"',
          '{}',
          '{"version":1}',
          '{"__proto__":{"version":1,"value":null}}',
          `{"version":${current},"value":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
        ),
      ),
    },
  );
}

const DATE_KEYS = new Set(['at', 'startedAt', 'finishedAt', 'due', 'lastReviewed', 'updatedAt', 'timestamp']);

/** Every date a value holds, by its field name. */
function datesIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, v]) => (DATE_KEYS.has(key) && typeof v === 'string' ? [v] : datesIn(v)));
}

describe('every store starts from any stored text', () => {
  it('the table covers every store there is', () => {
    expect(
      persistedStores()
        .map((s) => s.key)
        .sort(),
    ).toEqual(Object.keys(stores).sort());
  });

  for (const store of persistedStores()) {
    it(`${store.key}: never throws; reads a valid value, keeps the text aside, or (newer) leaves it in place`, () => {
      const { atom, schema } = stores[store.key]!;
      const storeKey = `casebook:${store.key}`;
      fc.assert(
        fc.property(storedText(store.key, store.version), (raw) => {
          const storage = new MemoryStorage();
          storage.setItem(storeKey, raw);
          expect(() => configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now })).not.toThrow();
          const notices = $storageNotices.get().filter((n) => n.key === store.key);
          const kept = Object.keys(storage.entries()).filter((k) => k.startsWith('casebook-kept:'));
          expect(schema.safeParse(atom.get()).success).toBe(true);
          if (notices.some((n) => n.reason === 'too-new')) {
            expect(storage.getItem(storeKey)).toBe(raw);
            expect(kept).toEqual([]);
            // This page writes nothing over it.
            atom.set(atom.get() as never);
            expect(storage.getItem(storeKey)).toBe(raw);
          } else if (notices.length) {
            expect(notices).toEqual([{ key: store.key, reason: notices[0]!.reason, keptAs: kept[0] }]);
            expect(kept.map((k) => storage.getItem(k))).toEqual([raw]);
            expect(storage.getItem(storeKey)).toBeNull();
          } else {
            expect(kept).toEqual([]);
            expect(storage.getItem(storeKey)).toBe(raw);
            for (const date of datesIn(atom.get())) expect(dateProblem(date), date).toBeNull();
            // What was read is written back and read again as the same value.
            const value = atom.get();
            atom.set(value as never);
            configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
            expect(atom.get()).toEqual(value);
          }
        }),
        { numRuns: 100 },
      );
    });
  }
});
