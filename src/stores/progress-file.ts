import { z } from 'zod';
import { issueLines } from './issue-paths';
import { persistedStores } from './persisted';
// The stores a progress file carries; importing them registers them.
import './course-progress';
import './quiz-history';
import './quiz-session';
import './review-queue';

/**
 * All progress as one JSON file, and back. An import is checked entirely first (every store's
 * value against its schema, older versions migrated); only a file without a single problem is
 * written, so a bad file changes nothing.
 */

export const PROGRESS_FILE_FORMAT = 'casebook-progress';
export const PROGRESS_FILE_VERSION = 1;

const progressFileSchema = z.object({
  format: z.literal(PROGRESS_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string(),
  stores: z.record(z.string(), z.unknown()),
});

export function exportProgress(now: Date): { name: string; text: string } {
  const stores = Object.fromEntries(persistedStores().map((store) => [store.key, store.snapshot()]));
  const file = { format: PROGRESS_FILE_FORMAT, version: PROGRESS_FILE_VERSION, exportedAt: now.toISOString(), stores };
  return { name: `casebook-progress-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}

export type ImportOutcome = { ok: true } | { ok: false; problems: string[] };

/** A store the file does not mention is left as it is: a file from an earlier Casebook may predate it. */
export function importProgress(text: string): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`(root): not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const file = progressFileSchema.safeParse(json);
  if (!file.success) return { ok: false, problems: issueLines(file.error, []) };
  if (file.data.version !== PROGRESS_FILE_VERSION)
    return {
      ok: false,
      problems: [`version: this Casebook reads progress files of version ${PROGRESS_FILE_VERSION}, not ${file.data.version}`],
    };

  const known = new Map(persistedStores().map((store) => [store.key, store]));
  const problems = Object.keys(file.data.stores)
    .filter((key) => !known.has(key))
    .map((key) => `stores.${key}: not a store this Casebook knows`);
  const commits: (() => void)[] = [];
  for (const [key, envelope] of Object.entries(file.data.stores)) {
    const prepared = known.get(key)?.prepare(envelope, ['stores', key]);
    if (!prepared) continue;
    if (prepared.ok) commits.push(prepared.commit);
    else problems.push(...prepared.problems);
  }
  if (problems.length) return { ok: false, problems };
  for (const commit of commits) commit();
  return { ok: true };
}

/** Every store back to its start. Kept-aside values stay: they are the trainee's, not progress. */
export function resetProgress(): void {
  for (const store of persistedStores()) store.reset();
}
