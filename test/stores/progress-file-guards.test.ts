import { beforeEach, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/engine/bounded-json';
import { MAX_DURATION_MS } from '../../src/engine/bounded-numbers';
import { $courseProgress, addTime, recordCheck, setTraineeName } from '../../src/stores/course-progress';
import { configureStorage } from '../../src/stores/persisted';
import { exportProgress, importProgress, resetProgress, type ImportOutcome } from '../../src/stores/progress-file';
import { $quizHistory, recordQuiz } from '../../src/stores/quiz-history';
import { $quizSession, startSession } from '../../src/stores/quiz-session';
import { $reviewQueue, recordReviewResult } from '../../src/stores/review-queue';
import { nestedText, setOwn } from '../results/hostile-json';
import { fixedClock, MemoryStorage } from './memory-storage';

/**
 * Progress files that must fail a guard: each is refused, with a reason the page words in its
 * own language, and changes nothing at all, in memory or in storage.
 */

const NOW = new Date('2026-03-05T12:00:00Z');
let storage: MemoryStorage;

const result = {
  quizId: 'quiz-1',
  seed: 's',
  score: 60,
  passMark: 80,
  passed: false,
  startedAt: '2026-03-01T09:00:00Z',
  finishedAt: '2026-03-01T09:20:00Z',
  items: [{ itemId: 'i1', kind: 'fact' as const, area: 'returns' as const, rules: ['RET-1'], correct: false }],
};

beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});

/** A good export of some work; the stores are then changed, so an import that wrongly went through would show. */
function goodFile(): { format: string; version: number; exportedAt: string; stores: Record<string, { version: number; value: any }> } {
  setTraineeName('Chen Jing');
  recordCheck('m1-messages', result);
  addTime('m1-messages', 90_000);
  recordQuiz(result);
  startSession('seed=abc&count=10');
  recordReviewResult(result);
  const file = JSON.parse(exportProgress(NOW).text);
  resetProgress();
  setTraineeName('Still here');
  return file;
}

const allValues = () => ({ course: $courseProgress.get(), history: $quizHistory.get(), session: $quizSession.get(), queue: $reviewQueue.get() });

function expectRefused(text: string, reason: Extract<ImportOutcome, { ok: false }>['reason']): string[] {
  const values = allValues();
  const stored = storage.entries();
  const writes = storage.writes;
  const outcome = importProgress(text);
  expect(outcome).toMatchObject({ ok: false, reason });
  expect(allValues()).toEqual(values);
  expect(storage.entries()).toEqual(stored);
  expect(storage.writes).toBe(writes);
  const problems = outcome.ok ? [] : outcome.problems;
  expect(problems.length).toBeGreaterThan(0);
  return problems;
}

describe('dates in a progress file go through dateProblem', () => {
  it('a module check dated with a +99:99 offset is refused at its path', () => {
    const file = goodFile();
    file.stores['course-progress']!.value.modules['m1-messages'].checks[0].at = '2026-03-01T09:20:00+99:99';
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual([
      expect.stringMatching(/^stores\.course-progress\.value\.modules\.m1-messages\.checks\[0\]\.at: .*offset/),
    ]);
  });

  it.each([
    ['quiz-history', (value: any) => (value[0].finishedAt = '2026-03-01T09:20:00-24:00')],
    ['quiz-session', (value: any) => (value.startedAt = '2026-03-01T09:00:00+23:60')],
    ['review-queue', (value: any) => ((Object.values(value.queue.rules)[0] as { due: string }).due = '2026-03-01T09:00:00+99:99')],
    ['course-progress', (value: any) => (value.modules['m1-messages'].startedAt = 'NaN')],
  ])('a bad date in %s is refused', (key, spoil) => {
    const file = goodFile();
    spoil(file.stores[key]!.value);
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual([expect.stringMatching(new RegExp(`^stores\\.${key}\\.value`))]);
  });

  it('the file’s own export date is checked too', () => {
    const file = goodFile();
    file.exportedAt = '2026-03-05T12:00:00+99:99';
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual([expect.stringMatching(/^exportedAt: /)]);
  });

  it('a check dated +99:99 in an older store version is refused after its migration', () => {
    const file = goodFile();
    file.stores['course-progress'] = { version: 1, value: { modules: { m1: { read: [], checks: [{ score: 0.5, passed: false, at: '2026-03-01T09:20:00+99:99' }] } } } };
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual([expect.stringMatching(/checks\[0\]\.at: /)]);
  });
});

describe('numbers in a progress file are finite and sane', () => {
  it.each([
    ['a module time of 1e308 ms', (file: any) => (file.stores['course-progress'].value.modules['m1-messages'].timeSpentMs = 1e308), /timeSpentMs: /],
    ['a module time past a year', (file: any) => (file.stores['course-progress'].value.modules['m1-messages'].timeSpentMs = MAX_DURATION_MS + 1), /timeSpentMs: /],
    ['a quiz place of 1e308', (file: any) => (file.stores['quiz-session'].value.current = 1e308), /current: /],
    ['a count of lapses of 1e308', (file: any) => ((Object.values(file.stores['review-queue'].value.queue.rules)[0] as { lapses: number }).lapses = 1e308), /lapses: /],
    ['a negative count', (file: any) => ((Object.values(file.stores['review-queue'].value.queue.rules)[0] as { reviews: number }).reviews = -1), /reviews: /],
    ['a score of 1e308', (file: any) => (file.stores['quiz-history'].value[0].score = 1e308), /score: /],
  ])('%s is refused', (_, spoil, path) => {
    const file = goodFile();
    spoil(file);
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual([expect.stringMatching(path)]);
  });

  it('a number JSON reads as Infinity (1e999) is refused wherever it is', () => {
    const file = goodFile();
    const text = JSON.stringify(file, null, 1).replace(/"timeSpentMs": \d+/, '"timeSpentMs": 1e999');
    expect(expectRefused(text, 'invalid')).toEqual([expect.stringMatching(/^stores\.course-progress\.value\.modules\.m1-messages\.timeSpentMs: /)]);
  });

  it('time spent is held at a year, so what the store writes always reads back', () => {
    addTime('m1-messages', MAX_DURATION_MS - 1000);
    addTime('m1-messages', 60_000);
    expect($courseProgress.get().modules['m1-messages']?.timeSpentMs).toBe(MAX_DURATION_MS);
    expect(importProgress(exportProgress(NOW).text)).toEqual({ ok: true });
  });
});

describe('a file that names no store this Casebook keeps changes nothing and says so', () => {
  const envelope = { version: 1, value: { polluted: true } };
  it.each([
    ['only __proto__', [['__proto__', envelope]]],
    ['only constructor', [['constructor', envelope]]],
    [
      'only unknown stores',
      [
        ['badges', envelope],
        ['prototype', envelope],
        ['toString', envelope],
      ],
    ],
    ['no stores at all', []],
  ] as [string, [string, unknown][]][])('%s', (_, entries) => {
    goodFile();
    // Own keys, as JSON.parse makes them: assigning `__proto__` would set a prototype instead.
    const stores: Record<string, unknown> = {};
    for (const [key, value] of entries) setOwn(stores, key, value);
    const text = JSON.stringify({ format: 'casebook-progress', version: 1, exportedAt: NOW.toISOString(), stores });
    const problems = expectRefused(text, 'no-known-store');
    expect(problems.at(-1)).toMatch(/^stores: names none of the stores/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('__proto__ beside a good store: the good store alone would do, so the stray key is a problem', () => {
    const file = goodFile();
    setOwn(file.stores, '__proto__', { version: 1, value: {} });
    expect(expectRefused(JSON.stringify(file), 'invalid')).toEqual(['stores.__proto__: not a store this Casebook knows']);
  });
});

describe('size and depth are bounded before anything else', () => {
  it('a file over the size limit is refused without being parsed', () => {
    goodFile();
    const text = JSON.stringify({ format: 'casebook-progress', version: 1, exportedAt: NOW.toISOString(), stores: {}, padding: 'x'.repeat(MAX_FILE_BYTES) });
    const started = performance.now();
    expectRefused(text, 'too-large');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a store nested 200,000 levels deep is refused, and nothing overflows', () => {
    const file = goodFile();
    const text = JSON.stringify(file).replace(/\}$/, `,"extra":${nestedText(200_000)}}`);
    expectRefused(text, 'too-deep');
  });

  it('not JSON is refused as such', () => {
    goodFile();
    expect(expectRefused('{ "format": "casebook-progress", ', 'not-json')).toEqual([expect.stringMatching(/^\(root\): not valid JSON/)]);
  });
});
