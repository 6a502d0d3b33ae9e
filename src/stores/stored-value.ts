import { z } from 'zod';
import { formatPath, issueLines } from './issue-paths';
import type { StorageNoticeReason } from './notices';

/**
 * A stored value is `{ "version": n, "value": … }`. Reading one: older versions go through the
 * migrations in order (n → n+1), then the result must pass the current schema. Anything else is
 * a failure with a reason (for the notice) and problems (for an import report), never a throw.
 */

/** `migrations[n]` turns a version-n value into a version-(n+1) value; it may throw on a bad value. */
export type Migrations = Record<number, (old: unknown) => unknown>;

export interface VersionedSchema<T> {
  version: number;
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  migrations: Migrations;
}

export type DecodeFailure = { ok: false; reason: Exclude<StorageNoticeReason, 'unavailable'>; problems: string[] };
export type Decoded<T> = { ok: true; value: T } | DecodeFailure;

type Path = readonly (string | number)[];

const fail = (reason: DecodeFailure['reason'], problems: string[]): DecodeFailure => ({ ok: false, reason, problems });

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an already parsed `{ version, value }`; problem paths start at `at`. */
export function decodeEnvelope<T>(envelope: unknown, spec: VersionedSchema<T>, at: Path = []): Decoded<T> {
  const where = (...rest: (string | number)[]) => formatPath([...at, ...rest]) || '(root)';
  if (!isRecord(envelope)) return fail('wrong-shape', [`${where()}: expected an object { "version": number, "value": … }`]);
  const { version } = envelope;
  const shapeProblems = [...(typeof version === 'number' ? [] : [`${where('version')}: expected a number`]), ...('value' in envelope ? [] : [`${where('value')}: missing`])];
  if (shapeProblems.length || typeof version !== 'number') return fail('wrong-shape', shapeProblems);
  if (Number.isInteger(version) && version > spec.version) return fail('too-new', [`${where('version')}: ${version} is newer than this Casebook reads (${spec.version})`]);
  const steps = Number.isInteger(version) && version >= 1 ? range(version, spec.version) : undefined;
  if (!steps || steps.some((from) => !spec.migrations[from])) return fail('unknown-version', [`${where('version')}: ${version} is not a version of this data`]);

  const hostile = hostileStructure(envelope.value);
  if (hostile) return fail('wrong-shape', [`${where('value', ...hostile.path)}: ${hostile.problem}`]);

  let value: unknown = envelope.value;
  for (const from of steps) {
    try {
      value = spec.migrations[from]!(value);
    } catch (error) {
      // Migrations check the old shape with zod, so a bad old value is reported field by field.
      const problems =
        error instanceof z.ZodError
          ? issueLines(error, [...at, 'value']).map((line) => `${line} (version ${from})`)
          : [`${where('value')}: could not be brought from version ${from} to ${from + 1}: ${String(error)}`];
      return fail('migration-failed', problems);
    }
  }
  const parsed = spec.schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : fail('wrong-shape', issueLines(parsed.error, [...at, 'value']));
}

/** Deeper than any value Casebook writes: a value nested past it is not Casebook's, and could overflow the stack of code that walks it. */
export const MAX_VALUE_DEPTH = 32;

/**
 * What no Casebook value holds: a `__proto__` key (zod would drop it silently, and the object
 * would come back without it) or nesting past MAX_VALUE_DEPTH. Walked with a list, not recursion,
 * so a hostile value cannot overflow the stack here either.
 */
function hostileStructure(value: unknown): { path: (string | number)[]; problem: string } | null {
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length) {
    const next = pending.pop()!;
    if (typeof next.value !== 'object' || next.value === null) continue;
    if (next.path.length > MAX_VALUE_DEPTH) return { path: next.path.slice(0, MAX_VALUE_DEPTH), problem: `nested more than ${MAX_VALUE_DEPTH} levels deep` };
    if (Array.isArray(next.value)) next.value.forEach((item, i) => pending.push({ value: item, path: [...next.path, i] }));
    else
      for (const key of Object.keys(next.value)) {
        if (key === '__proto__') return { path: next.path, problem: 'holds a "__proto__" key, which Casebook never writes' };
        pending.push({ value: (next.value as Record<string, unknown>)[key], path: [...next.path, key] });
      }
  }
  return null;
}

/** Reads the raw text of a stored value. */
export function decodeStored<T>(raw: string, spec: VersionedSchema<T>): Decoded<T> {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch (error) {
    return fail('invalid-json', [`(root): not valid JSON (${error instanceof Error ? error.message : String(error)})`]);
  }
  return decodeEnvelope(envelope, spec);
}

export const encodeStored = (version: number, value: unknown): string => JSON.stringify({ version, value });

/** from, from+1, …, to-1: the migration steps from one version to another. */
function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
