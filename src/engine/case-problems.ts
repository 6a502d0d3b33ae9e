/**
 * What can be wrong with case facts, as a code and its parameters at a path: the validator
 * (check-case-facts.ts) reports these; a form says each in the page's language from its code
 * (components/facts-form/problem-text.ts), and the command line, the build and the scenario
 * files print `caseProblemMessage`, the words zod uses for the same fault.
 */
export type CaseProblem =
  | { path: string[]; code: 'required' }
  | { path: string[]; code: 'required-when'; topic: string }
  | { path: string[]; code: 'wrong-type'; expected: string; received: string }
  | { path: string[]; code: 'not-the-kind'; expected: string }
  | { path: string[]; code: 'unknown-kind'; kinds: string[] }
  | { path: string[]; code: 'not-an-option'; options: string[]; received: string }
  | { path: string[]; code: 'not-integer' }
  | { path: string[]; code: 'not-positive' }
  | { path: string[]; code: 'negative' }
  | { path: string[]; code: 'too-large'; max: number }
  | { path: string[]; code: 'empty-text' }
  | { path: string[]; code: 'not-a-date'; why: string }
  | { path: string[]; code: 'unknown-keys'; keys: string[] }
  | { path: string[]; code: 'before'; field: string; value: string };

export type CaseProblemCode = CaseProblem['code'];

/** Values as zod lists them: `'USD' | 'GBP'`. */
export const quoted = (values: readonly string[], separator = ' | ') => values.map((v) => `'${v}'`).join(separator);

/** The problem in zod's words (what the command line, the build and the scenario files print). */
export function caseProblemMessage(problem: CaseProblem): string {
  switch (problem.code) {
    case 'required':
      return 'Required';
    case 'required-when':
      return `required when topic is "${problem.topic}"`;
    case 'wrong-type':
      return `Expected ${problem.expected}, received ${problem.received}`;
    case 'not-the-kind':
      return `Invalid literal value, expected ${problem.expected}`;
    case 'unknown-kind':
      return `Invalid discriminator value. Expected ${quoted(problem.kinds)}`;
    case 'not-an-option':
      return `Invalid enum value. Expected ${quoted(problem.options)}, received '${problem.received}'`;
    case 'not-integer':
      return 'Expected integer, received float';
    case 'not-positive':
      return 'Number must be greater than 0';
    case 'negative':
      return 'Number must be greater than or equal to 0';
    case 'too-large':
      return `Number must be less than or equal to ${problem.max}`;
    case 'empty-text':
      return 'String must contain at least 1 character(s)';
    case 'not-a-date':
      return problem.why;
    case 'unknown-keys':
      return `Unrecognized key(s) in object: ${quoted(problem.keys, ', ')}`;
    case 'before':
      return `cannot be before ${problem.field} (${problem.value})`;
  }
}

/** `path: message`, `(root)` for the whole case: one line a person can act on. */
export const caseProblemLine = (problem: CaseProblem): string => `${problem.path.length ? problem.path.join('.') : '(root)'}: ${caseProblemMessage(problem)}`;
