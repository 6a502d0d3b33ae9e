import { z } from 'zod';
import { isoDateTime } from '../engine/quiz/result-schema';
import type { Statement } from '../results/xapi-statement';
import { persistedAtom } from './persisted';

/**
 * xAPI statements waiting for the learning record store, in batches, so a closed tab or a lost
 * connection sends them later. A statement is checked only as far as the queue relies on it:
 * its ID, and its time, which goes through the same date rule as every stored date.
 */
const statementSchema = z
  .object({ id: z.string().min(1), timestamp: isoDateTime })
  .passthrough()
  .transform((s) => s as unknown as Statement);
export const lrsQueueSchema = z.array(z.array(statementSchema).min(1));

export const $lrsQueue = persistedAtom<Statement[][]>({
  key: 'lrs-queue',
  version: 1,
  schema: lrsQueueSchema,
  migrations: {},
  initial: [],
});
