import type { z } from 'zod';

/** Every problem as `path: message`, so a person can fix them all in one go. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
}
