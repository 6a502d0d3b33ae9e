import type { ItemOutcome } from '../engine/quiz/result';
import type { L10n } from '../engine/text';
import { toMs } from '../engine/dates';
import type { ChosenFile } from './chosen-file';
import { showableRowProblem } from './cohort-row-check';
import { outcomeOf } from './file-outcome';
import { readResultFile, type ReadResult, type ResultFile, type ResultFileProblemKind } from './result-file';

/**
 * A trainer's cohort: many result files read at once. Good files become rows, bad ones are
 * listed with their reasons (and do not stop the rest), a file dropped twice counts once, and
 * every rule the items tested gets its miss rate across the cohort, weakest first. Each file is
 * read and summarised on its own: whatever goes wrong with one, even a throw, names that file
 * and leaves the others.
 */

export interface CohortRow {
  trainee: string;
  traineeId?: string;
  kind: ResultFile['kind'];
  title: L10n;
  /** The quiz ID, or the course ID. */
  quizId: string;
  score: number;
  passed: boolean;
  durationMs: number;
  finishedAt: string;
  fileName: string;
}

export interface RejectedFile {
  name: string;
  kinds: ResultFileProblemKind[];
  problems: string[];
}

/** A file with the same checksum as one already loaded: the same export, dropped again. */
export interface DuplicateFile {
  name: string;
  sameAs: string;
}

export interface RuleMiss {
  rule: string;
  missed: number;
  answered: number;
  /** missed / answered, 0..1. */
  rate: number;
}

export interface Cohort {
  rows: CohortRow[];
  rejected: RejectedFile[];
  duplicates: DuplicateFile[];
  ruleMisses: RuleMiss[];
}

const byRuleId = (a: string, b: string): number => a.localeCompare(b, 'en', { numeric: true });

/** Weakest first: the highest miss rate, then the rule answered most (the surer figure), then by ID. */
export const weakestFirst = (a: RuleMiss, b: RuleMiss): number => b.rate - a.rate || b.answered - a.answered || byRuleId(a.rule, b.rule);

export function ruleMissesOf(files: ResultFile[]): RuleMiss[] {
  return ruleMissesOfItems(files.flatMap((file) => outcomeOf(file).items));
}

function ruleMissesOfItems(items: ItemOutcome[]): RuleMiss[] {
  const tally = new Map<string, { missed: number; answered: number }>();
  for (const item of items) {
    // An item that lists a rule twice still tested it once.
    for (const rule of new Set(item.rules)) {
      const entry = tally.get(rule) ?? { missed: 0, answered: 0 };
      entry.answered += 1;
      if (!item.correct) entry.missed += 1;
      tally.set(rule, entry);
    }
  }
  return [...tally].map(([rule, { missed, answered }]) => ({ rule, missed, answered, rate: missed / answered })).sort(weakestFirst);
}

function rowOf(file: ResultFile, fileName: string): CohortRow {
  const outcome = outcomeOf(file);
  return {
    trainee: file.trainee.name,
    ...(file.trainee.id ? { traineeId: file.trainee.id } : {}),
    kind: file.kind,
    title: file.title,
    quizId: outcome.id,
    score: outcome.score,
    passed: outcome.passed,
    durationMs: file.durationMs,
    finishedAt: outcome.finishedAt,
    fileName,
  };
}

/** Rows come out in a fixed order (trainee, title, finish time, file) whatever order the files were dropped in. */
const rowOrder = (a: CohortRow, b: CohortRow): number =>
  a.trainee.localeCompare(b.trainee) || a.title.en.localeCompare(b.title.en) || toMs(a.finishedAt) - toMs(b.finishedAt) || a.fileName.localeCompare(b.fileName);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One file read, never a throw: a file the page could not read keeps the reason it gave. */
async function readChosen(file: ChosenFile): Promise<ReadResult> {
  if ('unread' in file) return { ok: false, kinds: [file.unread], problems: [file.problem] };
  try {
    return await readResultFile(file.text);
  } catch (error) {
    return { ok: false, kinds: ['unreadable'], problems: [`(root): could not be read (${message(error)})`] };
  }
}

/** A file read well, summarised: its row and its items, or why it cannot be shown. */
function summarise(file: ResultFile, name: string): { row: CohortRow; items: ItemOutcome[] } | { problem: string } {
  try {
    const row = rowOf(file, name);
    const problem = showableRowProblem(row);
    return problem ? { problem } : { row, items: outcomeOf(file).items };
  } catch (error) {
    return { problem: `(root): could not be summarised (${message(error)})` };
  }
}

export async function loadCohort(files: ChosenFile[]): Promise<Cohort> {
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, read: await readChosen(file) })));
  const rows: CohortRow[] = [];
  const items: ItemOutcome[] = [];
  const rejected: RejectedFile[] = [];
  const duplicates: DuplicateFile[] = [];
  const byChecksum = new Map<string, string>();
  for (const { name, read: result } of read) {
    if (!result.ok) {
      rejected.push({ name, kinds: result.kinds, problems: result.problems });
      continue;
    }
    const first = byChecksum.get(result.file.checksum);
    if (first !== undefined) {
      duplicates.push({ name, sameAs: first });
      continue;
    }
    const summary = summarise(result.file, name);
    if ('problem' in summary) {
      rejected.push({ name, kinds: ['unreadable'], problems: [summary.problem] });
      continue;
    }
    byChecksum.set(result.file.checksum, name);
    rows.push(summary.row);
    for (const item of summary.items) items.push(item);
  }
  return { rows: rows.sort(rowOrder), rejected, duplicates, ruleMisses: ruleMissesOfItems(items) };
}

/** Every file rejected for one reason: what the page shows if reading the cohort fails as a whole, so no file goes unnamed. */
export function cohortOfUnread(files: { name: string }[], problem: string): Cohort {
  return { rows: [], rejected: files.map(({ name }) => ({ name, kinds: ['unreadable'], problems: [problem] })), duplicates: [], ruleMisses: [] };
}
