import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { rules } from '../../src/engine/loaded-policy';
import type { QuizResult } from '../../src/engine/quiz/result';
import { $courseProgress, addTime, markRead, markUnread, recordCheck, setTraineeName } from '../../src/stores/course-progress';
import { configureStorage } from '../../src/stores/persisted';
import { $quizHistory, QUIZ_HISTORY_LIMIT, recordQuiz } from '../../src/stores/quiz-history';
import { $quizSession, answer, finishSession, goTo, startSession } from '../../src/stores/quiz-session';
import { emptyQueue, recordResult } from '../../src/engine/quiz/review-queue';
import { $reviewQueue, recordReviewResult } from '../../src/stores/review-queue';
import { quizResultArbitrary } from './arbitraries';
import { fixedClock, MemoryStorage } from './memory-storage';

let storage: MemoryStorage;
let clock: ReturnType<typeof fixedClock>;
beforeEach(() => {
  storage = new MemoryStorage();
  clock = fixedClock('2026-03-01T09:00:00Z');
  configureStorage({ storage, now: clock.now });
});

/** As after a page reload: the same storage, read again. */
const reload = () => configureStorage({ storage, now: clock.now });

const result = (quizId: string, score: number): QuizResult => ({
  quizId,
  seed: 's',
  score,
  passMark: 80,
  passed: score >= 80,
  startedAt: '2026-03-01T09:00:00Z',
  finishedAt: '2026-03-01T09:30:00Z',
  items: [],
});

describe('course progress', () => {
  it('a module starts on its first activity, at the clock time, and keeps that start', () => {
    markRead('m1', 'messages');
    clock.advance(60_000);
    markRead('m1', 'shipping');
    markRead('m1', 'messages');
    expect($courseProgress.get().modules.m1).toMatchObject({ readPages: ['messages', 'shipping'], startedAt: '2026-03-01T09:00:00.000Z' });
  });

  it('checks keep every attempt; time adds up; a name is trimmed; all of it survives a reload', () => {
    recordCheck('m2', result('q1', 70));
    recordCheck('m2', result('q2', 85));
    addTime('m2', 1_500);
    addTime('m2', 2_500);
    addTime('m2', -100);
    setTraineeName('  王芳 ');
    const before = $courseProgress.get();
    reload();
    expect($courseProgress.get()).toEqual(before);
    expect(before.traineeName).toBe('王芳');
    expect(before.modules.m2).toMatchObject({
      checks: [
        { score: 70, passed: false, at: '2026-03-01T09:30:00Z', quizId: 'q1' },
        { score: 85, passed: true, at: '2026-03-01T09:30:00Z', quizId: 'q2' },
      ],
      timeSpentMs: 4_000,
    });
  });
});

describe('course progress: reading marks and check results', () => {
  it('a read mark can be taken back, and taking back an unread page writes nothing', () => {
    markRead('m1', 'start/a');
    markRead('m1', 'start/b');
    markUnread('m1', 'start/a');
    expect($courseProgress.get().modules.m1?.readPages).toEqual(['start/b']);
    const writes = storage.writes;
    markUnread('m1', 'start/a');
    markUnread('m9', 'start/a');
    expect(storage.writes).toBe(writes);
    expect($courseProgress.get().modules.m9).toBeUndefined();
    reload();
    expect($courseProgress.get().modules.m1?.readPages).toEqual(['start/b']);
  });

  it('an attempt keeps the quiz ID of any result, so the full result can be found again', () => {
    fc.assert(
      fc.property(quizResultArbitrary, (r) => {
        const fresh = new MemoryStorage();
        configureStorage({ storage: fresh, now: clock.now });
        recordCheck('m1', r);
        configureStorage({ storage: fresh, now: clock.now });
        expect($courseProgress.get().modules.m1?.checks.at(-1)).toEqual({ score: r.score, passed: r.passed, at: r.finishedAt, quizId: r.quizId });
      }),
      { numRuns: 30 },
    );
  });

  it('version-2 attempts stored before the quiz ID was kept still load, without one', () => {
    const stored = { traineeName: 'Li', modules: { m1: { readPages: [], checks: [{ score: 90, passed: true, at: '2026-02-01T10:00:00Z' }], timeSpentMs: 0 } } };
    storage.setItem('casebook:course-progress', JSON.stringify({ version: 2, value: stored }));
    reload();
    expect($courseProgress.get()).toEqual(stored);
    // An empty quiz ID is not a quiz ID: such a value is kept aside, not loaded.
    const bad = { ...stored, modules: { m1: { ...stored.modules.m1, checks: [{ ...stored.modules.m1.checks[0], quizId: '' }] } } };
    storage.setItem('casebook:course-progress', JSON.stringify({ version: 2, value: bad }));
    reload();
    expect($courseProgress.get().modules).toEqual({});
  });
});

describe('quiz history', () => {
  it(`keeps the newest ${QUIZ_HISTORY_LIMIT} results, oldest first`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: QUIZ_HISTORY_LIMIT + 30 }), (count) => {
        configureStorage({ storage: new MemoryStorage(), now: clock.now });
        for (let i = 0; i < count; i++) recordQuiz(result(`q${i}`, i % 101));
        const ids = $quizHistory.get().map((r) => r.quizId);
        const kept = Math.min(count, QUIZ_HISTORY_LIMIT);
        expect(ids).toHaveLength(kept);
        expect(ids).toEqual(Array.from({ length: kept }, (_, i) => `q${count - kept + i}`));
      }),
      { numRuns: 25 },
    );
  });

  it('any recorded result reads back the same after a reload', () => {
    fc.assert(
      fc.property(quizResultArbitrary, (r) => {
        configureStorage({ storage, now: clock.now });
        recordQuiz(r);
        reload();
        expect($quizHistory.get().at(-1)).toEqual(r);
      }),
      { numRuns: 50 },
    );
  });
});

describe('quiz session', () => {
  it('a reload resumes the quiz where it was; finishing clears it', () => {
    startSession('seed=abc&count=10');
    answer('fact-1', ['b']);
    answer('case-2', { caseScore: 72 });
    goTo(2);
    goTo(-1);
    const session = $quizSession.get();
    reload();
    expect($quizSession.get()).toEqual(session);
    expect(session).toEqual({
      params: 'seed=abc&count=10',
      answers: { 'fact-1': ['b'], 'case-2': { caseScore: 72 } },
      current: 2,
      startedAt: '2026-03-01T09:00:00.000Z',
    });
    finishSession();
    reload();
    expect($quizSession.get()).toBeNull();
  });

  it('answers and moves without a session do nothing', () => {
    answer('fact-1', ['a']);
    goTo(3);
    expect($quizSession.get()).toBeNull();
    expect(storage.getItem('casebook:quiz-session')).toBeNull();
  });
});

describe('review queue', () => {
  it('a quiz result goes through the engine step, stamped with the time, and survives a reload', () => {
    const [missed, known] = rules;
    const quiz: QuizResult = {
      ...result('q1', 50),
      items: [
        { itemId: 'fact-1', kind: 'fact', area: missed!.area, rules: [missed!.id], correct: false },
        { itemId: 'fact-2', kind: 'fact', area: known!.area, rules: [known!.id], correct: true },
      ],
    };
    recordReviewResult(quiz);
    const at = '2026-03-01T09:00:00.000Z';
    expect($reviewQueue.get()).toEqual({ queue: recordResult(emptyQueue(), quiz, at), updatedAt: at });
    expect(Object.keys($reviewQueue.get().queue.rules)).toEqual([missed!.id]);

    clock.advance(86_400_000);
    reload();
    recordReviewResult({ ...quiz, items: [{ ...quiz.items[0]!, correct: true }] });
    expect($reviewQueue.get().queue.rules[missed!.id]!.box).toBeGreaterThan(1);
    expect($reviewQueue.get().updatedAt).toBe(clock.now().toISOString());
  });
});
