import type { Rule } from './types';

/**
 * The rules in the browser: `/policy/rules.json` (the rule files with team.yaml applied, both
 * languages), fetched once and then served from the browser's cache on every page that runs the
 * engine. The module waits for it (top-level await), so the policy (loaded-policy.ts) is as synchronous here as
 * in Node. Chosen for browser builds by package.json `imports` (`#loaded-rules`).
 */
const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}policy/rules.json`;

async function fetchRules(): Promise<Rule[]> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
    return (await response.json()) as Rule[];
  } catch (error) {
    // Without its rules no island of the page can start: say so where the page keeps the note (SectionFrame.astro), not only in the console.
    if (typeof document !== 'undefined') document.querySelectorAll<HTMLElement>('[data-rules-unavailable]').forEach((note) => (note.hidden = false));
    throw new Error(`the rules could not be loaded: ${(error as Error).message}`, { cause: error });
  }
}

export const loadedRules: readonly Rule[] = await fetchRules();
