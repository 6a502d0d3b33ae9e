import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { planOpening } from '../../src/components/quiz/opening';
import { $pausedQuizzes, discardPaused, openQuiz } from '../../src/stores/paused-quizzes';
import { configureStorage } from '../../src/stores/persisted';
import { $quizSession, answer, finishSession, goTo, type QuizSession } from '../../src/stores/quiz-session';
import { fixedClock, MemoryStorage } from './memory-storage';

let storage: MemoryStorage;
const clock = fixedClock('2026-03-01T09:00:00Z');
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: clock.now });
});
const reload = () => configureStorage({ storage, now: clock.now });

const A = 'seed=a&count=5&difficulty=2&platform=both&feedback=end';
const B = 'seed=b&count=5&difficulty=2&platform=both&feedback=end';

describe('opening another quiz', () => {
  it('sets the quiz in progress aside with its answers and place; opening it again brings them back', () => {
    openQuiz(A);
    answer('fact-1', ['x']);
    goTo(1);
    const first = $quizSession.get();
    clock.advance(60_000);
    openQuiz(B);
    expect($quizSession.get()).toMatchObject({ params: B, answers: {}, current: 0 });
    expect($pausedQuizzes.get()).toEqual([first]);
    reload();
    expect($pausedQuizzes.get()).toEqual([first]);
    answer('fact-9', ['y']);
    const second = $quizSession.get();
    openQuiz(A);
    expect($quizSession.get()).toEqual(first);
    expect($pausedQuizzes.get()).toEqual([second]);
  });

  it('an answer meant for a quiz that is no longer in progress changes nothing', () => {
    openQuiz(A);
    openQuiz(B);
    answer('fact-1', ['x'], A);
    goTo(3, A);
    expect($quizSession.get()).toMatchObject({ params: B, answers: {}, current: 0 });
  });
});

/** What a trainee can do, in any order: nothing but finishing or discarding may lose a quiz's answers. */
type Step = { kind: 'open'; quiz: number } | { kind: 'answer'; item: number } | { kind: 'finish' } | { kind: 'discard'; quiz: number };
const quizzes = [A, B, 'seed=c&count=7&difficulty=1&platform=ebay&feedback=each', 'seed=d&count=5&difficulty=3&platform=amazon&feedback=end'];
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('open' as const), quiz: fc.integer({ min: 0, max: quizzes.length - 1 }) }),
  fc.record({ kind: fc.constant('answer' as const), item: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ kind: fc.constant('finish' as const) }),
  fc.record({ kind: fc.constant('discard' as const), quiz: fc.integer({ min: 0, max: quizzes.length - 1 }) }),
);

describe('quizzes under way', () => {
  it('each quiz keeps its answers until it is finished or discarded, through any steps and reloads', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), fc.array(fc.boolean(), { maxLength: 40 }), (steps, reloads) => {
        storage = new MemoryStorage();
        configureStorage({ storage, now: clock.now });
        // The model: every quiz under way and its answers; which one is in progress.
        const model = new Map<string, Record<string, string[]>>();
        let current: string | null = null;
        steps.forEach((s, i) => {
          if (s.kind === 'open') {
            openQuiz(quizzes[s.quiz]!);
            current = quizzes[s.quiz]!;
            if (!model.has(current)) model.set(current, {});
          } else if (s.kind === 'answer' && current) {
            answer(`item-${s.item}`, [`choice-${i}`]);
            model.get(current)![`item-${s.item}`] = [`choice-${i}`];
          } else if (s.kind === 'finish' && current) {
            finishSession();
            model.delete(current);
            current = null;
          } else if (s.kind === 'discard' && quizzes[s.quiz] !== current) {
            discardPaused(quizzes[s.quiz]!);
            model.delete(quizzes[s.quiz]!);
          }
          if (reloads[i]) configureStorage({ storage, now: clock.now });
          const underway = [$quizSession.get(), ...$pausedQuizzes.get()].filter((q): q is QuizSession => q !== null);
          expect($quizSession.get()?.params ?? null).toBe(current);
          expect(new Map(underway.map((q) => [q.params, q.answers]))).toEqual(model);
          // No quiz is kept twice.
          expect(new Set(underway.map((q) => q.params)).size).toBe(underway.length);
        });
      }),
      { numRuns: 200 },
    );
  });
});

const session = (params: string): QuizSession => ({ params, answers: {}, current: 0, startedAt: '2026-03-01T09:00:00Z' });
/** A quiz link's parameters in some order: the same quiz whatever the order. */
const shuffled = (params: string, order: number[]) => {
  const pairs = [...new URLSearchParams(params)];
  return new URLSearchParams(order.map((i) => pairs[i % pairs.length]!).filter((p, i, all) => all.indexOf(p) === i)).toString();
};

describe('what opening a quiz link does', () => {
  it('never replaces a different quiz in progress: it asks', () => {
    fc.assert(
      fc.property(fc.constantFrom(...quizzes), fc.constantFrom(...quizzes), fc.subarray(quizzes), (active, wanted, paused) => {
        const opening = planOpening(session(active), paused.map(session), wanted);
        expect(opening.kind).toBe(active === wanted ? 'resume' : 'ask');
      }),
    );
  });

  it('knows the quiz in progress, or a set-aside one, in any order of its parameters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...quizzes), fc.array(fc.nat(9), { minLength: 12, maxLength: 20 }), (quiz, order) => {
        const link = shuffled(quiz, order);
        if (new URLSearchParams(link).size !== new URLSearchParams(quiz).size) return;
        expect(planOpening(session(quiz), [], link)).toEqual({ kind: 'resume', params: quiz });
        expect(planOpening(null, [session(B), session(quiz)], link)).toEqual({ kind: 'restore', params: quiz === B ? B : quiz });
      }),
    );
  });

  it('starts afresh only when nothing is in progress and the quiz was never set aside', () => {
    expect(planOpening(null, [session(B)], A)).toEqual({ kind: 'start', params: A });
  });
});
