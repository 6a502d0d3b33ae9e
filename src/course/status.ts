import type { QuizResult } from '../engine/quiz/result';
import { PASS_MARK, type QuizSettingsInput } from '../engine/quiz/settings';
import { defaultGate, type CourseModule, type ModuleGate } from './schema';

/**
 * Where a trainee stands in the course, from their stored progress: pure, so the course
 * pages, the progress page and the tests read the same answer.
 */

export type ModuleState = 'locked' | 'open' | 'started' | 'passed';

/** What a module's gate asks, and how far the trainee is: `met` opens the next module. */
export interface GateStatus {
  readingsNeeded: number;
  practiceNeeded: number;
  checkPassed: boolean;
  met: boolean;
}

export interface ModuleStatus {
  id: string;
  state: ModuleState;
  gate: GateStatus;
  read: number;
  reading: number;
  practised: number;
  practice: number;
  attempts: number;
  bestScore: number | null;
  timeSpentMs: number;
}

export interface ProgressFacts {
  modules: Record<string, { readPages: string[]; checks: { score: number; passed: boolean }[]; timeSpentMs: number } | undefined>;
}

/** How many of `total` a gate's `all` or count asks for; a count is never more than there are. */
const needed = (asked: ModuleGate['readings'], total: number): number => (asked === 'all' ? total : Math.min(asked, total));

/** A module's gate against what the trainee has done in it. */
export function gateStatus(module: Pick<CourseModule, 'reading' | 'practice' | 'gate'>, read: number, practised: number, checkPassed: boolean): GateStatus {
  const gate = { ...defaultGate, ...module.gate };
  const readingsNeeded = needed(gate.readings, module.reading.length);
  const practiceNeeded = needed(gate.practice, module.practice.length);
  return { readingsNeeded, practiceNeeded, checkPassed, met: read >= readingsNeeded && practised >= practiceNeeded && checkPassed };
}

/**
 * A module is passed when its gate is met (its readings, practice cases and check, as many as
 * the course asks); the next one opens then, unless a trainer's link switched the lock off.
 * Only pages marked read count as read: a page opened but not read through counts nothing.
 */
export function courseStatus(course: readonly CourseModule[], progress: ProgressFacts, practisedCases: ReadonlySet<string>, unlocked: boolean): ModuleStatus[] {
  let previousPassed = true;
  return course.map((m) => {
    const p = progress.modules[m.id];
    const read = m.reading.filter((slug) => p?.readPages.includes(slug)).length;
    const practised = m.practice.filter((id) => practisedCases.has(id)).length;
    const attempts = p?.checks.length ?? 0;
    const gate = gateStatus(m, read, practised, p?.checks.some((c) => c.passed) ?? false);
    const state: ModuleState = gate.met ? 'passed' : !previousPassed && !unlocked ? 'locked' : read + practised + attempts > 0 ? 'started' : 'open';
    previousPassed = gate.met;
    return {
      id: m.id,
      state,
      gate,
      read,
      reading: m.reading.length,
      practised,
      practice: m.practice.length,
      attempts,
      bestScore: attempts ? Math.max(...p!.checks.map((c) => c.score)) : null,
      timeSpentMs: p?.timeSpentMs ?? 0,
    };
  });
}

/** The page a returning trainee goes on with: the first module not yet passed, or the last when every one is. */
export function resumeModule(course: readonly CourseModule[], statuses: readonly ModuleStatus[]): { id: string; number: number; started: boolean } {
  const index = statuses.findIndex((s) => s.state !== 'passed' && s.state !== 'locked');
  const at = index === -1 ? (statuses.every((s) => s.state === 'passed') ? course.length - 1 : 0) : index;
  return { id: course[at]!.id, number: at + 1, started: statuses.some((s) => s.state === 'started' || s.state === 'passed') };
}

/** How many questions a module check asks. A product setting: a short quiz. */
export const CHECK_QUESTIONS = 8;

/**
 * The quiz a module check is: the module's areas, a fresh seed per attempt (so a retake is a
 * new quiz, and every trainee's n-th attempt is the same one), answers shown at the end.
 */
export function checkSettings(module: Pick<CourseModule, 'id' | 'check'>, attempt: number): QuizSettingsInput | null {
  if (!('areas' in module.check)) return null;
  return { areas: module.check.areas, count: CHECK_QUESTIONS, seed: `${module.id}-${attempt}`, feedback: 'end', difficulty: 2, kinds: ['fact', 'decision', 'fix-reply'] };
}

/** The final shift passes at the course's pass mark, on the day's average case score. */
export const shiftPassed = (averageScore: number | null): boolean => averageScore !== null && averageScore >= PASS_MARK;

/** Rules missed most often across a trainee's quizzes, most missed first (ties: rule ID). */
export function mostMissed(history: readonly Pick<QuizResult, 'items'>[], limit: number): { rule: string; missed: number; asked: number }[] {
  const tally = new Map<string, { missed: number; asked: number }>();
  for (const result of history)
    for (const item of result.items)
      for (const rule of item.rules) {
        const t = tally.get(rule) ?? { missed: 0, asked: 0 };
        tally.set(rule, { missed: t.missed + (item.correct ? 0 : 1), asked: t.asked + 1 });
      }
  return [...tally]
    .map(([rule, t]) => ({ rule, ...t }))
    .filter((r) => r.missed > 0)
    .sort((a, b) => b.missed - a.missed || (a.rule < b.rule ? -1 : 1))
    .slice(0, limit);
}
