import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../src/engine/loaded-policy';
import { emptyQueue, recordResult } from '../../src/engine/quiz/review-queue';
import { $courseProgress, courseProgressSchema } from '../../src/stores/course-progress';
import { $storageNotices } from '../../src/stores/notices';
import { configureStorage, persistedStores } from '../../src/stores/persisted';
import { $quizHistory } from '../../src/stores/quiz-history';
import { $quizSession } from '../../src/stores/quiz-session';
import { $reviewQueue } from '../../src/stores/review-queue';
import { quizResultArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});

/** Loads `value` stored at `version` under the store's key, as a page load would. */
function loadStored(key: string, version: number, value: unknown): void {
  storage.setItem(`casebook:${key}`, JSON.stringify({ version, value }));
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
}

const courseV1 = {
  traineeName: 'Zhang Min',
  modules: {
    'm1-messages': {
      read: ['messages', 'shipping'],
      checks: [
        { score: 0.29, passed: false, at: '2026-01-10T08:00:00Z' },
        { score: 0.85, passed: true, at: '2026-01-11T08:00:00Z' },
      ],
      startedAt: '2026-01-09',
    },
    'm2-returns': { read: [], checks: [] },
  },
};

const missedRule = rules[0]!;
const queueV1 = recordResult(
  emptyQueue(),
  { items: [{ itemId: 'fact-1a', kind: 'fact', area: missedRule.area, rules: [missedRule.id], correct: false }] },
  '2026-02-20T10:00:00Z',
);

const sessionV1 = {
  params: { seed: 'cohort-7', count: '10', areas: 'returns,atoz' },
  answers: { 'fact-1a': ['b'], 'decision-2c': ['a', 'c'] },
  current: 2,
  startedAt: '2026-02-20T10:00:00Z',
};

/** One readable value for every earlier version of every store: the test below fails when a store gains a version without one. */
const earlierVersions: Record<string, Record<number, unknown>> = {
  'course-progress': { 1: courseV1 },
  'quiz-history': { 1: [] },
  'quiz-session': { 1: sessionV1 },
  'review-queue': { 1: queueV1 },
};

describe('every store loads from every earlier version', () => {
  it('has a fixture for each version below the current one, and each loads without a notice', () => {
    expect(
      persistedStores()
        .map((s) => s.key)
        .sort(),
    ).toEqual(Object.keys(earlierVersions).sort());
    for (const store of persistedStores()) {
      expect(store.version, store.key).toBeGreaterThanOrEqual(2);
      for (let version = 1; version < store.version; version++) {
        const fixture = earlierVersions[store.key]?.[version];
        expect(fixture, `${store.key} v${version} fixture`).toBeDefined();
        loadStored(store.key, version, fixture);
        expect($storageNotices.get(), `${store.key} v${version}`).toEqual([]);
      }
    }
  });
});

describe('course progress v1 → v2', () => {
  it('renames read pages, starts time at zero, turns check fractions into whole percents', () => {
    loadStored('course-progress', 1, courseV1);
    const progress = $courseProgress.get();
    expect(courseProgressSchema.safeParse(progress).success).toBe(true);
    expect(progress.traineeName).toBe('Zhang Min');
    expect(progress.modules['m1-messages']).toEqual({
      readPages: courseV1.modules['m1-messages'].read,
      checks: [
        { score: 29, passed: false, at: '2026-01-10T08:00:00Z' },
        { score: 85, passed: true, at: '2026-01-11T08:00:00Z' },
      ],
      timeSpentMs: 0,
      startedAt: '2026-01-09',
    });
    expect(progress.modules['m2-returns']).toEqual({ readPages: [], checks: [], timeSpentMs: 0 });
  });

  it('a v1 without a name gets an empty one; a v1 of the wrong shape is kept aside as a failed migration', () => {
    loadStored('course-progress', 1, { modules: {} });
    expect($courseProgress.get()).toEqual({ traineeName: '', modules: {} });
    loadStored('course-progress', 1, { modules: { m1: { read: 'messages', checks: [] } } });
    expect($storageNotices.get()).toEqual([
      expect.objectContaining({ key: 'course-progress', reason: 'migration-failed', keptAs: expect.stringMatching(/^casebook-kept:course-progress:/) }),
    ]);
  });
});

describe('quiz history v1 → v2', () => {
  it('any history stored with fractions comes back as the same results in percent', () => {
    fc.assert(
      fc.property(fc.array(quizResultArbitrary, { maxLength: 8 }), (results) => {
        const v1 = results.map((r) => ({ ...r, score: r.score / 100, passMark: r.passMark / 100 }));
        loadStored('quiz-history', 1, v1);
        expect($storageNotices.get()).toEqual([]);
        expect($quizHistory.get()).toEqual(results);
      }),
      { numRuns: 150 },
    );
  });

  it('a v1 score above 1 is no fraction: the value is kept aside', () => {
    loadStored('quiz-history', 1, [{ score: 85, passMark: 0.8 }]);
    expect($quizHistory.get()).toEqual([]);
    expect($storageNotices.get().map((n) => n.reason)).toEqual(['migration-failed']);
  });
});

describe('quiz session v1 → v2', () => {
  it('settings become the query string that rebuilds the quiz; answers and place are kept', () => {
    loadStored('quiz-session', 1, sessionV1);
    const session = $quizSession.get();
    expect(session).not.toBeNull();
    expect(Object.fromEntries(new URLSearchParams(session!.params))).toEqual(sessionV1.params);
    expect(session!.answers).toEqual(sessionV1.answers);
    expect(session!.current).toBe(sessionV1.current);
    expect(session!.startedAt).toBe(sessionV1.startedAt);
  });

  it('no session in v1 is no session in v2', () => {
    loadStored('quiz-session', 1, null);
    expect($quizSession.get()).toBeNull();
    expect($storageNotices.get()).toEqual([]);
  });
});

describe('review queue v1 → v2', () => {
  it('the bare queue is wrapped, with no known time of change', () => {
    loadStored('review-queue', 1, queueV1);
    expect($reviewQueue.get()).toEqual({ queue: queueV1, updatedAt: null });
  });

  it('a v1 that is no queue is kept aside, the queue starts empty', () => {
    loadStored('review-queue', 1, { due: ['fact-1a'] });
    expect($reviewQueue.get()).toEqual({ queue: emptyQueue(), updatedAt: null });
    expect($storageNotices.get().map((n) => n.reason)).toEqual(['migration-failed']);
  });
});
