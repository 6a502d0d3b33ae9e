import { crossFieldProblems } from './case-cross-checks';
import { caseFields, MAX_CASE_NUMBER, type CaseFacts, type Field, type Fields, type NumberBound } from './case-fields';
import { dateProblem } from './dates';

/**
 * The one check of case facts, wherever they come from: the tools' forms and links, the command
 * line, the scenario files (simulator/scenario.ts) and the generator. It reads the field data
 * of case-fields.ts, needs no zod (so the browser's tools do not load it) and words its
 * problems as zod does, which the other files' problems use: defaults filled in, nested ones
 * too; unknown keys refused; every problem listed as `path: message`. Fields are read first;
 * the checks across fields run only when no field was missing or of the wrong type.
 * test/engine/check-case-facts.test.ts holds it to a zod schema built from the same data.
 */

export type ParseResult = { ok: true; facts: CaseFacts } | { ok: false; problems: string[] };

/** `valid`, `dirty` (read, with problems: a value is still there) or `aborted` (no value), as in zod. */
type Read = { status: 'valid' | 'dirty'; value: unknown } | { status: 'aborted' };

interface Problem {
  path: readonly string[];
  message: string;
}

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

const quoted = (values: readonly string[], separator = ' | ') => values.map((v) => `'${v}'`).join(separator);
const wrongType = (expected: string, value: unknown) => {
  const received = typeName(value);
  return received === 'undefined' ? 'Required' : `Expected ${expected}, received ${received}`;
};

const boundProblem: Record<NumberBound, (n: number) => string | null> = {
  int: (n) => (Number.isInteger(n) ? null : 'Expected integer, received float'),
  positive: (n) => (n > 0 ? null : 'Number must be greater than 0'),
  nonnegative: (n) => (n >= 0 ? null : 'Number must be greater than or equal to 0'),
  amount: (n) => (n <= MAX_CASE_NUMBER ? null : `Number must be less than or equal to ${MAX_CASE_NUMBER}`),
};

function readField(field: Field, given: unknown, path: readonly string[], problems: Problem[]): Read {
  let value = given;
  if (value === undefined && field.type !== 'kind') {
    if (field.default !== undefined) value = field.default;
    else if (field.optional) return { status: 'valid', value: undefined };
  }
  // A problem with the value's type leaves nothing to read; one with its content keeps it.
  const abort = (message: string): Read => (problems.push({ path, message }), { status: 'aborted' });
  const keep = (found: (string | null)[]): Read => {
    const messages = found.filter((m): m is string => m !== null);
    for (const message of messages) problems.push({ path, message });
    return { status: messages.length ? 'dirty' : 'valid', value };
  };
  switch (field.type) {
    case 'kind':
      return value === field.value ? keep([]) : abort(`Invalid literal value, expected ${JSON.stringify(field.value)}`);
    case 'choice':
      if (typeof value !== 'string') return abort(wrongType(quoted(field.options), value));
      return field.options.includes(value) ? keep([]) : abort(`Invalid enum value. Expected ${quoted(field.options)}, received '${value}'`);
    case 'yes-no':
      return typeof value === 'boolean' ? keep([]) : abort(wrongType('boolean', value));
    case 'number':
      if (typeName(value) !== 'number') return abort(wrongType('number', value));
      return keep(field.bounds.map((bound) => boundProblem[bound](value as number)));
    case 'date':
      return typeof value === 'string' ? keep([dateProblem(value)]) : abort(wrongType('string', value));
    case 'text':
      return typeof value === 'string' ? keep([value.length < 1 ? 'String must contain at least 1 character(s)' : null]) : abort(wrongType('string', value));
    case 'group':
      return typeName(value) === 'object' ? readObject(field.fields, value as Record<string, unknown>, path, problems) : abort(wrongType('object', value));
  }
}

/** A strict object: its fields in order, then any key it does not know. */
function readObject(fields: Fields, data: Record<string, unknown>, path: readonly string[], problems: Problem[]): Read {
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
    problems.push({ path, message: `Unrecognized key(s) in object: ${quoted(unknownKeys, ', ')}` });
    dirty = true;
  }
  return aborted ? { status: 'aborted' } : { status: dirty ? 'dirty' : 'valid', value: out };
}

/** The kind's object, read as zod's union on `kind` reads it, then the checks across fields. */
function readCase(kinds: ReadonlyMap<string, Fields>, input: unknown, problems: Problem[]): Read {
  if (typeName(input) !== 'object') {
    problems.push({ path: [], message: wrongType('object', input) });
    return { status: 'aborted' };
  }
  const data = input as Record<string, unknown>;
  const fields = typeof data.kind === 'string' ? kinds.get(data.kind) : undefined;
  if (!fields) {
    problems.push({ path: ['kind'], message: `Invalid discriminator value. Expected ${quoted([...kinds.keys()])}` });
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
    const problems: Problem[] = [];
    const read = readCase(kinds, input, problems);
    if (read.status === 'valid') return { ok: true, facts: read.value as CaseFacts };
    return { ok: false, problems: problems.map((p) => `${p.path.length ? p.path.join('.') : '(root)'}: ${p.message}`) };
  };
}

/** Validates unknown input as case facts: the facts with defaults filled in, or every problem as `path: message`. */
export const parseCaseFacts: (input: unknown) => ParseResult = caseFactsParser(caseFields);
