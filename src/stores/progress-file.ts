import { z } from 'zod';
import { parseBoundedJson } from '../engine/bounded-json';
import { isoDate } from '../engine/iso-date-schema';
import { issueLines } from './issue-paths';
import { persistedStores } from './persisted';
// The stores a progress file carries; importing them registers them.
import './course-progress';
import './finished-answers';
import './paused-quizzes';
import './quiz-history';
import './quiz-session';
import './review-queue';
import './saved-play';

/**
 * All progress as one JSON file, and back. An import is read within bounds (size, nesting, finite
 * numbers), then checked entirely (every store's value against its schema, older versions
 * migrated); only a file without a single problem is written, so a bad file changes nothing.
 */

export const PROGRESS_FILE_FORMAT = 'casebook-progress';
export const PROGRESS_FILE_VERSION = 1;

const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.number(),
  exportedAt: isoDate,
  stores: z.record(z.string(), z.unknown()),
});

export function exportProgress(now: Date): { name: string; text: string } {
  const stores = Object.fromEntries(persistedStores().map((store) => [store.key, store.snapshot()]));
  const file = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, exportedAt: now.toISOString(), stores };
  return { name: `casebook-progress-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}

/**
 * Why an import was refused, for the page to say in its own language; `problems` give the detail
 * (`path: message`). `no-known-store`: the file names no store this Casebook keeps, so importing
 * it would change nothing while seeming to work.
 */
export type ImportRefusal = 'too-large' | 'too-deep' | 'not-json' | 'no-known-store' | 'invalid';

export type ImportOutcome = { ok: true } | { ok: false; reason: ImportRefusal; problems: string[] };

type Refused = Extract<ImportOutcome, { ok: false }>;

const refuse = (reason: ImportRefusal, problems: string[]): Refused => ({ ok: false, reason, problems });

/** A store the file does not mention is left as it is: a file from an earlier Casebook may predate it. Never throws. */
export function importProgress(text: string): ImportOutcome {
  let checked: ReturnType<typeof checkImport>;
  try {
    checked = checkImport(text);
  } catch (error) {
    // Nothing in the check should throw; if something does, the file is refused and nothing has been written.
    return refuse('invalid', [`(root): could not be read (${error instanceof Error ? error.message : String(error)})`]);
  }
  if (!checked.ok) return checked;
  for (const commit of checked.commits) commit();
  return { ok: true };
}

/** Everything is checked before anything is written: the commits come back only when the whole file is good. */
function checkImport(text: string): Refused | { ok: true; commits: (() => void)[] } {
  const json = parseBoundedJson(text);
  if (!json.ok) return refuse(json.refusal === 'not-finite' ? 'invalid' : json.refusal, [json.problem]);
  const file = progressFileSchema.safeParse(json.value);
  if (!file.success) return refuse('invalid', issueLines(file.error, []));
  if (file.data.version !== PROGRESS_FILE_VERSION)
    return refuse('invalid', [`version: this Casebook reads progress files of version ${PROGRESS_FILE_VERSION}, not ${file.data.version}`]);

  // The stores as the file has them: zod's record leaves out a `__proto__` key, and a file naming only that must not pass as empty.
  const stores = Object.entries((json.value as { stores: Record<string, unknown> }).stores);
  const known = new Map(persistedStores().map((store) => [store.key, store]));
  const problems = stores.filter(([key]) => !known.has(key)).map(([key]) => `stores.${key}: not a store this Casebook knows`);
  if (!stores.some(([key]) => known.has(key)))
    return refuse('no-known-store', [...problems, `stores: names none of the stores this Casebook keeps (${[...known.keys()].join(', ')})`]);

  const commits: (() => void)[] = [];
  for (const [key, envelope] of stores) {
    const prepared = known.get(key)?.prepare(envelope, ['stores', key]);
    if (!prepared) continue;
    if (prepared.ok) commits.push(prepared.commit);
    else problems.push(...prepared.problems);
  }
  return problems.length ? refuse('invalid', problems) : { ok: true, commits };
}

/** Every store back to its start. Kept-aside values stay: they are the trainee's, not progress. */
export function resetProgress(): void {
  for (const store of persistedStores()) store.reset();
}
