import { setUnlocked } from '../../stores/course-settings';

export type UnlockOutcome = 'all' | 'none' | 'unknown';

/** What the trainee is told about each outcome (UI string keys). */
export const unlockMessages = {
  all: 'course.unlock.all',
  none: 'course.unlock.none',
  unknown: 'course.unlock.unknown',
} as const satisfies Record<UnlockOutcome, string>;

/**
 * The trainer's setting in a course link: `?unlock=all` opens every module for the cohort,
 * `?unlock=none` puts the order back. Returns what happened, or null when the link has none.
 */
export function applyUnlockParam(search: string): UnlockOutcome | null {
  const value = new URLSearchParams(search).get('unlock');
  if (value === null) return null;
  if (value !== 'all' && value !== 'none') return 'unknown';
  setUnlocked(value === 'all');
  return value;
}
