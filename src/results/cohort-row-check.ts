import { MAX_DURATION_MS } from '../engine/bounded-numbers';
import { dateProblem, toMs } from '../engine/dates';

/** The fields of a cohort row (cohort.ts) this check reads; declared here so the two files do not import each other. */
interface ShowableRow {
  finishedAt: string;
  durationMs: number;
  score: number;
}

/**
 * What the trainer page needs of a row to show it: a finish time a clock can format, a time
 * taken it can write, a score that is a percentage. The result-file schema already holds every
 * file to this; checking the row too means a gap there names one file instead of blanking the table.
 */
export function showableRowProblem(row: ShowableRow): string | null {
  const date = dateProblem(row.finishedAt);
  if (date) return `finishedAt: ${date}`;
  if (!Number.isFinite(new Date(toMs(row.finishedAt)).getTime())) return 'finishedAt: not a time a clock can show';
  if (!Number.isInteger(row.durationMs) || row.durationMs < 0 || row.durationMs > MAX_DURATION_MS) return 'durationMs: expected 0 up to a year in milliseconds';
  if (!Number.isInteger(row.score) || row.score < 0 || row.score > 100) return 'score: expected a percentage from 0 to 100';
  return null;
}
