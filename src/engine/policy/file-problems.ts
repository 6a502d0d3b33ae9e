import type { ZodIssue } from 'zod';

/** How a problem in a data file is named: its field path and what is wrong, in words (rule files, team.yaml). */

/** `rules[3].branches[0].verdict`, from zod's path. */
export const fieldPath = (path: readonly (string | number)[]): string =>
  path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('') || '(the file)';

export function said(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_enum_value':
      return `expected ${issue.options.join('|')}, got ${JSON.stringify(issue.received)}`;
    case 'invalid_type':
      return issue.received === 'undefined' ? `required (${issue.expected})` : `expected ${issue.expected}, got ${issue.received}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}
