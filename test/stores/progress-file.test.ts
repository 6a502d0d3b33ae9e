import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { recordCase } from '../../src/stores/case-results';
import { $courseProgress, addTime, emptyCourseProgress, markRead, recordCheck, setTraineeName } from '../../src/stores/course-progress';
import { configureStorage, persistedStores } from '../../src/stores/persisted';
import { exportProgress, importProgress, resetProgress } from '../../src/stores/progress-file';
import { $quizHistory, recordQuiz } from '../../src/stores/quiz-history';
import { $quizSession, answer, goTo, startSession } from '../../src/stores/quiz-session';
import { $reviewQueue, recordReviewResult } from '../../src/stores/review-queue';
import { caseIdArbitrary, moduleIdArbitrary, quizResultArbitrary, slugArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

const NOW = new Date('2026-03-05T12:00:00Z');
let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});

const allValues = () => ({
  course: $courseProgress.get(),
  history: $quizHistory.get(),
  session: $quizSession.get(),
  queue: $reviewQueue.get(),
});

/** A random stretch of a trainee's work, through the stores' own actions. */
const workArbitrary = fc.array(
  fc.oneof(
    fc.tuple(moduleIdArbitrary, slugArbitrary).map(
      ([m, s]) =>
        () =>
          markRead(m, s),
    ),
    fc.tuple(caseIdArbitrary, fc.integer({ min: 0, max: 100 })).map(
      ([c, s]) =>
        () =>
          recordCase(c, s),
    ),
    fc.tuple(moduleIdArbitrary, quizResultArbitrary).map(
      ([m, r]) =>
        () =>
          recordCheck(m, r),
    ),
    fc.tuple(moduleIdArbitrary, fc.integer({ min: 1, max: 3_600_000 })).map(
      ([m, ms]) =>
        () =>
          addTime(m, ms),
    ),
    fc.string({ maxLength: 20 }).map((name) => () => setTraineeName(name)),
    quizResultArbitrary.map((r) => () => recordQuiz(r)),
    fc.string({ maxLength: 30 }).map((params) => () => startSession(params)),
    fc.tuple(slugArbitrary, fc.array(fc.constantFrom('a', 'b', 'c'))).map(
      ([id, picked]) =>
        () =>
          answer(id, picked),
    ),
    fc.tuple(slugArbitrary, fc.integer({ min: 0, max: 100 })).map(
      ([id, s]) =>
        () =>
          answer(id, { caseScore: s }),
    ),
    fc.nat({ max: 40 }).map((i) => () => goTo(i)),
    quizResultArbitrary.map((r) => () => recordReviewResult(r)),
  ),
  { maxLength: 25 },
);

function doSomeWork(): void {
  setTraineeName('Chen Jing');
  markRead('m1-messages', 'messages');
  recordCase('authored:case-a', 64);
  addTime('m1-messages', 90_000);
  for (let i = 0; i < 5; i++)
    recordQuiz({
      quizId: `quiz-${i}`,
      seed: 's',
      score: 50 + i,
      passMark: 80,
      passed: false,
      startedAt: '2026-03-01T09:00:00Z',
      finishedAt: '2026-03-01T09:20:00Z',
      items: [],
    });
  startSession('seed=abc&count=10');
  answer('fact-1', ['b']);
}

describe('export, reset, import', () => {
  it('gives back exactly the progress that was exported, in memory and in storage', () => {
    fc.assert(
      fc.property(workArbitrary, (work) => {
        storage = new MemoryStorage();
        configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
        for (const step of work) step();
        const before = allValues();
        const stored = storage.entries();
        const file = exportProgress(NOW);

        resetProgress();
        expect($courseProgress.get()).toEqual(emptyCourseProgress);
        expect($quizHistory.get()).toEqual([]);
        expect($quizSession.get()).toBeNull();
        expect(Object.keys(storage.entries()).filter((k) => k.startsWith('casebook:'))).toEqual([]);

        expect(importProgress(file.text)).toEqual({ ok: true });
        expect(allValues()).toEqual(before);
        // Every store is written on import; those never touched before now hold their start.
        for (const [key, raw] of Object.entries(stored)) expect(JSON.parse(storage.getItem(key)!)).toEqual(JSON.parse(raw));
      }),
      { numRuns: 120 },
    );
  });

  it('the file names every store with its version, and is named by the export date', () => {
    const file = exportProgress(NOW);
    const json = JSON.parse(file.text);
    expect(file.name).toBe('casebook-progress-2026-03-05.json');
    expect(json).toMatchObject({ format: 'casebook-progress', version: 1, exportedAt: NOW.toISOString() });
    expect(Object.keys(json.stores).sort()).toEqual(
      persistedStores()
        .map((s) => s.key)
        .sort(),
    );
    for (const store of persistedStores()) expect(json.stores[store.key].version).toBe(store.version);
  });

  it('an older store version in a file is migrated on import', () => {
    const file = JSON.parse(exportProgress(NOW).text);
    file.stores['quiz-history'] = {
      version: 1,
      value: [{ quizId: 'q', seed: 's', score: 0.9, passMark: 0.8, passed: true, startedAt: '2026-03-01T09:00:00Z', finishedAt: '2026-03-01T09:10:00Z', items: [] }],
    };
    expect(importProgress(JSON.stringify(file))).toEqual({ ok: true });
    expect($quizHistory.get().map((r) => [r.score, r.passMark])).toEqual([[90, 80]]);
  });

  it('a store the file does not mention is left as it is', () => {
    doSomeWork();
    const history = $quizHistory.get();
    const file = JSON.parse(exportProgress(NOW).text);
    delete file.stores['quiz-history'];
    file.stores['course-progress'].value.traineeName = 'Imported';
    expect(importProgress(JSON.stringify(file))).toEqual({ ok: true });
    expect($quizHistory.get()).toEqual(history);
    expect($courseProgress.get().traineeName).toBe('Imported');
  });
});

describe('a bad file changes nothing and lists every problem', () => {
  const goodFile = () => {
    doSomeWork();
    const file = JSON.parse(exportProgress(NOW).text);
    resetProgress();
    setTraineeName('Still here');
    recordQuiz({ quizId: 'kept', seed: 's', score: 90, passMark: 80, passed: true, startedAt: '2026-03-02T09:00:00Z', finishedAt: '2026-03-02T09:10:00Z', items: [] });
    return file;
  };

  function expectRejected(text: string): string[] {
    const values = allValues();
    const stored = storage.entries();
    const writes = storage.writes;
    const outcome = importProgress(text);
    expect(outcome.ok).toBe(false);
    expect(allValues()).toEqual(values);
    expect(storage.entries()).toEqual(stored);
    expect(storage.writes).toBe(writes);
    return outcome.ok ? [] : outcome.problems;
  }

  it('not JSON', () => {
    goodFile();
    expect(expectRejected('{"format": "casebook-progress", ')).toEqual([expect.stringMatching(/^\(root\): not valid JSON/)]);
  });

  it('another format, with every wrong field named', () => {
    goodFile();
    const problems = expectRejected(JSON.stringify({ format: 'something-else', version: 1, stores: [] }));
    expect(problems).toEqual([expect.stringMatching(/^format: /), expect.stringMatching(/^exportedAt: /), expect.stringMatching(/^stores: /)]);
  });

  it('one bad value in each of two stores: both named by their full path', () => {
    const file = goodFile();
    file.stores['quiz-history'].value[3].score = 150;
    file.stores['course-progress'].value.modules['m1-messages'].timeSpentMs = -5;
    const problems = expectRejected(JSON.stringify(file));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.stringMatching(/^stores\.quiz-history\.value\[3\]\.score: /));
    expect(problems).toContainEqual(expect.stringMatching(/^stores\.course-progress\.value\.modules\.m1-messages\.timeSpentMs: /));
  });

  it('a store from a future version, and a store this Casebook does not know', () => {
    const file = goodFile();
    file.stores['quiz-session'].version = 3;
    file.stores['badges'] = { version: 1, value: [] };
    const problems = expectRejected(JSON.stringify(file));
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^stores\.quiz-session\.version: 3 is newer/), 'stores.badges: not a store this Casebook knows']));
    expect(problems).toHaveLength(2);
  });

  it('a file of a future file version', () => {
    const file = goodFile();
    file.version = 2;
    expect(expectRejected(JSON.stringify(file))).toEqual([expect.stringMatching(/^version: .*version 1, not 2/)]);
  });

  it('a v1 store value that cannot be migrated names the old field', () => {
    const file = goodFile();
    file.stores['quiz-history'] = { version: 1, value: [{ score: 0.5, passMark: 'high' }] };
    expect(expectRejected(JSON.stringify(file))).toEqual([expect.stringMatching(/^stores\.quiz-history\.value\[0\]\.passMark: .*\(version 1\)$/)]);
  });
});

describe('reset', () => {
  it('clears every store, in memory and storage, and leaves kept-aside data alone', () => {
    doSomeWork();
    storage.setItem('casebook-kept:quiz-history:2026-01-01T00:00:00.000Z', 'old bad data');
    resetProgress();
    expect($courseProgress.get()).toEqual(emptyCourseProgress);
    expect($quizHistory.get()).toEqual([]);
    expect($quizSession.get()).toBeNull();
    expect(storage.entries()).toEqual({ 'casebook-kept:quiz-history:2026-01-01T00:00:00.000Z': 'old bad data' });
  });
});
