export type UnlockRequest = 'all' | 'none' | 'unknown';

/** What the trainee is told after each outcome (UI string keys). */
export const unlockMessages = {
  all: 'course.unlock.all',
  none: 'course.unlock.none',
  unknown: 'course.unlock.unknown',
  declined: 'course.unlock.declined',
} as const satisfies Record<UnlockRequest | 'declined', string>;

/** The question each request asks, and its answer button (UI string keys). */
export const unlockQuestions = {
  all: { ask: 'course.unlock.askAll', confirm: 'course.unlock.confirmAll' },
  none: { ask: 'course.unlock.askNone', confirm: 'course.unlock.confirmNone' },
} as const;

/**
 * The trainer's setting in a course link: `?unlock=all` offers to open every module,
 * `?unlock=none` to put the order back. Reading it changes nothing: a link never changes saved
 * settings, the trainee does, by answering the question it raises. Null when the link has none.
 */
export function unlockRequestOf(search: string): UnlockRequest | null {
  const value = new URLSearchParams(search).get('unlock');
  if (value === null) return null;
  return value === 'all' || value === 'none' ? value : 'unknown';
}

/** The same address without its unlock request, so a reload or a bookmark does not ask again. */
export function withoutUnlock(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('unlock');
  return `${url.pathname}${url.search}${url.hash}`;
}
