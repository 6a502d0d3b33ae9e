import { z } from 'zod';
import { isoDate } from '../engine/iso-date-schema';
import { persistedAtom } from './persisted';
import { percentSchema } from './schemas';
import { storageNow } from './storage-setup';

/**
 * The score of every simulator case the trainee has closed, by the player's case key
 * (`authored:<id>`, `practice:<seed>|…`): the course counts its practice cases from it, and a
 * quiz's case question takes the score of a case closed after the quiz began.
 */
const caseResultSchema = z.object({ best: percentSchema, last: percentSchema, at: isoDate }).strict();
export const caseResultsSchema = z.record(z.string().min(1), caseResultSchema);
export type CaseResults = z.infer<typeof caseResultsSchema>;

export const $caseResults = persistedAtom<CaseResults>({
  key: 'case-results',
  version: 1,
  schema: caseResultsSchema,
  migrations: {},
  initial: {},
});

export function recordCase(key: string, score: number): void {
  const results = $caseResults.get();
  const best = Math.max(score, results[key]?.best ?? 0);
  $caseResults.set({ ...results, [key]: { best, last: score, at: storageNow().toISOString() } });
}
