import { loadRules } from './rule-files';
import type { Rule } from './types';

/**
 * The rules where files can be read (the build, the tests, the CLI): the rule files with
 * team.yaml applied. The browser gets `fetched-rules.ts` in its place (package.json `imports`,
 * `#loaded-rules`, the `browser` condition).
 */
export const loadedRules: readonly Rule[] = loadRules();
