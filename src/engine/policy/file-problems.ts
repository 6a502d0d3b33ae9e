import { parse } from 'yaml';
import type { ZodIssue, ZodType, ZodTypeDef } from 'zod';

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

/**
 * A YAML data file checked against its schema: the data as written and as the schema read it,
 * or every problem as `file: field path: what` (rule files, team.yaml).
 */
export function readYamlFile<T>(
  file: string,
  source: string,
  schema: ZodType<T, ZodTypeDef, unknown>,
  options: { maxAliasCount?: number } = {},
): { ok: true; written: unknown; value: T } | { ok: false; problems: string[] } {
  let written: unknown;
  try {
    written = parse(source, { prettyErrors: true, uniqueKeys: true, ...options });
  } catch (error) {
    return { ok: false, problems: [`${file}: not YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const parsed = schema.safeParse(written);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${said(issue)}`) };
  return { ok: true, written, value: parsed.data };
}
