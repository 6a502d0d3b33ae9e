import { z } from 'zod';

/** Zod schemas for the engine's quiz types, as they are stored and imported. */

/** Percent, 0–100. */
export const percentSchema = z.number().min(0).max(100);

export { itemOutcomeSchema, quizResultSchema } from '../engine/quiz/result-schema';
