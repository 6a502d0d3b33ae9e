import type { z } from 'zod';

/** A value path as a reader writes it: `value[3].score`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** Every zod issue as `path: message`, the path starting at `prefix`. */
export function issueLines(error: z.ZodError, prefix: readonly (string | number)[]): string[] {
  return error.issues.map((issue) => `${formatPath([...prefix, ...issue.path]) || '(root)'}: ${issue.message}`);
}
