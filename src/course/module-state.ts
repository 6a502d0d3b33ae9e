import { gateStatus, type GateStatus } from './gate';
import type { CourseModule } from './schema';

/**
 * Where a trainee stands in each module, from their stored progress: pure and import-light
 * (no policy), so a handbook page showing a module's reading list can load it.
 */

/** What of a module its state depends on: its reading, its practice cases and its gate. */
export type CourseGateInput = Pick<CourseModule, 'id' | 'reading' | 'practice' | 'gate'>;

export type ModuleState = 'locked' | 'open' | 'started' | 'passed';

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

/**
 * A module is passed when its gate is met (its readings, practice cases and check, as many as
 * the course asks); the next one opens then, unless a trainer's link switched the lock off.
 * Only pages marked read count as read: a page opened but not read through counts nothing.
 */
export function courseStatus(course: readonly CourseGateInput[], progress: ProgressFacts, practisedCases: ReadonlySet<string>, unlocked: boolean): ModuleStatus[] {
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
export function resumeModule(course: readonly Pick<CourseModule, 'id'>[], statuses: readonly ModuleStatus[]): { id: string; number: number; started: boolean } {
  const index = statuses.findIndex((s) => s.state !== 'passed' && s.state !== 'locked');
  const at = index === -1 ? (statuses.every((s) => s.state === 'passed') ? course.length - 1 : 0) : index;
  return { id: course[at]!.id, number: at + 1, started: statuses.some((s) => s.state === 'started' || s.state === 'passed') };
}
