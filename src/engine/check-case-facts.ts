import { crossFieldProblems } from './case-cross-checks';
import { caseFields, MAX_CASE_NUMBER, type CaseFacts, type Field, type Fields, type NumberBound } from './case-fields';
import { caseProblemLine, quoted, type CaseProblem } from './case-problems';
import { dateProblem } from './dates';

/**
 * The one check of case facts, wherever they come from: the tools' forms and links, the command
 * line, the scenario files (simulator/scenario.ts) and the generator. It reads the field data
 * of case-fields.ts and needs no zod (so the browser's tools do not load it): defaults filled
 * in, nested ones too; unknown keys refused; every problem a code at a path (case-problems.ts),
 * and also a line in zod's words, which the other files' problems use. Fields are read first;
 * the checks across fields run only when no field was missing or of the wrong type.
 * test/engine/check-case-facts.test.ts holds it to a zod schema built from the same data.
 */

export type ParseResult = { ok: true; facts: CaseFacts } | { ok: false; issues: CaseProblem[]; problems: string[] };

/** `valid`, `dirty` (read, with problems: a value is still there) or `aborted` (no value), as in zod. */
type Read = { status: 'valid' | 'dirty'; value: unknown } | { status: 'aborted' };

/** zod's name for the type of a value, as its messages print it. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : 'number';
  if (typeof value !== 'object') return typeof value;
  const { then, catch: onError } = value as { then?: unknown; catch?: unknown };
  if (typeof then === 'function' && typeof onError === 'function') return 'promise';
  if (value instanceof Map) return 'map';
  if (value instanceof Set) return 'set';
  if (value instanceof Date) return 'date';
  return 'object';
}

/** A problem without its path: the field reading it adds that. */
type Fault = CaseProblem extends infer P ? (P extends CaseProblem ? Omit<P, 'path'> : never) : never;

const wrongType = (expected: string, value: unknown): Fault => {
  const received = typeName(value);
  return received === 'undefined' ? { code: 'required' } : { code: 'wrong-type', expected, received };
};

const boundProblem: Record<NumberBound, (n: number) => Fault | null> = {
  int: (n) => (Number.isInteger(n) ? null : { code: 'not-integer' }),
  positive: (n) => (n > 0 ? null : { code: 'not-positive' }),
  nonnegative: (n) => (n >= 0 ? null : { code: 'negative' }),
  amount: (n) => (n <= MAX_CASE_NUMBER ? null : { code: 'too-large', max: MAX_CASE_NUMBER }),
};

const dateFault = (value: string): Fault | null => {
  const why = dateProblem(value);
  return why === null ? null : { code: 'not-a-date', why };
};

function readField(field: Field, given: unknown, path: string[], problems: CaseProblem[]): Read {
  let value = given;
  if (value === undefined && field.type !== 'kind') {
    if (field.default !== undefined) value = field.default;
    else if (field.optional) return { status: 'valid', value: undefined };
  }
  // A problem with the value's type leaves nothing to read; one with its content keeps it.
  const abort = (fault: Fault): Read => (problems.push({ ...fault, path } as CaseProblem), { status: 'aborted' });
  const keep = (found: (Fault | null)[]): Read => {
    const faults = found.filter((f): f is Fault => f !== null);
    for (const fault of faults) problems.push({ ...fault, path } as CaseProblem);
    return { status: faults.length ? 'dirty' : 'valid', value };
  };
  switch (field.type) {
    case 'kind':
      return value === field.value ? keep([]) : abort({ code: 'not-the-kind', expected: JSON.stringify(field.value) });
    case 'choice':
      if (typeof value !== 'string') return abort(wrongType(quoted(field.options), value));
      return field.options.includes(value) ? keep([]) : abort({ code: 'not-an-option', options: [...field.options], received: value });
    case 'yes-no':
      return typeof value === 'boolean' ? keep([]) : abort(wrongType('boolean', value));
    case 'number':
      if (typeName(value) !== 'number') return abort(wrongType('number', value));
      return keep(field.bounds.map((bound) => boundProblem[bound](value as number)));
    case 'date':
      return typeof value === 'string' ? keep([dateFault(value)]) : abort(wrongType('string', value));
    case 'text':
      return typeof value === 'string' ? keep([value.length < 1 ? { code: 'empty-text' } : null]) : abort(wrongType('string', value));
    case 'group':
      return typeName(value) === 'object' ? readObject(field.fields, value as Record<string, unknown>, path, problems) : abort(wrongType('object', value));
  }
}

/** A strict object: its fields in order, then any key it does not know. */
function readObject(fields: Fields, data: Record<string, unknown>, path: string[], problems: CaseProblem[]): Read {
  const unknownKeys: string[] = [];
  // `for…in` and `in`, as zod reads the object (inherited enumerable keys count too).
  for (const key in data) if (!Object.hasOwn(fields, key)) unknownKeys.push(key);
  const out: Record<string, unknown> = {};
  let dirty = false;
  let aborted = false;
  for (const [key, field] of Object.entries(fields)) {
    const read = readField(field, data[key], [...path, key], problems);
    if (read.status === 'aborted') aborted = true;
    else {
      dirty ||= read.status === 'dirty';
      // A key given as undefined stays in the output, as zod keeps it.
      if (read.value !== undefined || key in data) out[key] = read.value;
    }
  }
  if (unknownKeys.length) {
    problems.push({ path, code: 'unknown-keys', keys: unknownKeys });
    dirty = true;
  }
  return aborted ? { status: 'aborted' } : { status: dirty ? 'dirty' : 'valid', value: out };
}

/** The kind's object, read as zod's union on `kind` reads it, then the checks across fields. */
function readCase(kinds: ReadonlyMap<string, Fields>, input: unknown, problems: CaseProblem[]): Read {
  if (typeName(input) !== 'object') {
    problems.push({ ...wrongType('object', input), path: [] } as CaseProblem);
    return { status: 'aborted' };
  }
  const data = input as Record<string, unknown>;
  const fields = typeof data.kind === 'string' ? kinds.get(data.kind) : undefined;
  if (!fields) {
    problems.push({ path: ['kind'], code: 'unknown-kind', kinds: [...kinds.keys()] });
    return { status: 'aborted' };
  }
  const read = readObject(fields, data, [], problems);
  if (read.status === 'aborted') return read;
  const across = crossFieldProblems(read.value as Record<string, unknown>);
  problems.push(...across);
  return across.length ? { status: 'dirty', value: read.value } : read;
}

/** A parser for case facts described by `fieldsByKind`: the real data, or an altered copy in a test. */
export function caseFactsParser(fieldsByKind: Readonly<Record<string, Fields>>): (input: unknown) => ParseResult {
  const kinds = new Map(Object.entries(fieldsByKind));
  return (input) => {
    const issues: CaseProblem[] = [];
    const read = readCase(kinds, input, issues);
    if (read.status === 'valid') return { ok: true, facts: read.value as CaseFacts };
    return { ok: false, issues, problems: issues.map(caseProblemLine) };
  };
}

/** Validates unknown input as case facts: the facts with defaults filled in, or every problem (as a code at a path, and as `path: message`). */
export const parseCaseFacts: (input: unknown) => ParseResult = caseFactsParser(caseFields);
