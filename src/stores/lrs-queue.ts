import { z } from 'zod';
import type { Statement } from '../results/xapi-statement';
import { persistedAtom } from './persisted';

/** xAPI statements waiting for the learning record store, in batches, so a closed tab or a lost connection sends them later. */
const batchSchema = z.array(z.record(z.string(), z.unknown()).transform((s) => s as unknown as Statement)).min(1);

export const $lrsQueue = persistedAtom<Statement[][]>({
  key: 'lrs-queue',
  version: 1,
  schema: z.array(batchSchema),
  migrations: {},
  initial: [],
});
