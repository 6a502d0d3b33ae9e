import { z } from 'zod';
import { countSchema } from '../engine/bounded-numbers';
import { isoDate } from '../engine/iso-date-schema';
import { persistedAtom } from './persisted';
import { percentSchema } from './schemas';
import { storageNow } from './storage-setup';

/** The quiz in progress, so a reload resumes it where the trainee was. Null when none is. */

/** The choices picked for an item, or the score a case item earned in the simulator. */
export const sessionAnswerSchema = z.union([z.array(z.string()), z.object({ caseScore: percentSchema })]);
export type SessionAnswer = z.infer<typeof sessionAnswerSchema>;

/** One quiz under way: the one in progress, or one set aside (paused-quizzes.ts). */
export const sessionSchema = z.object({
  /** The quiz settings as a URL query string: the same string rebuilds the same quiz. */
  params: z.string(),
  /** Item ID → answer. */
  answers: z.record(z.string(), sessionAnswerSchema),
  current: countSchema,
  startedAt: isoDate,
});

export const quizSessionSchema = sessionSchema.nullable();

export type QuizSession = z.infer<typeof sessionSchema>;

/** Version 1 kept the settings as an object and had choice answers only. */
const quizSessionV1Schema = z
  .object({
    params: z.record(z.string(), z.string()),
    answers: z.record(z.string(), z.array(z.string())),
    current: z.number(),
    startedAt: z.string(),
  })
  .nullable();

function fromV1(old: unknown): unknown {
  const v1 = quizSessionV1Schema.parse(old);
  return v1 && { ...v1, params: new URLSearchParams(v1.params).toString() };
}

export const $quizSession = persistedAtom<QuizSession | null>({
  key: 'quiz-session',
  version: 2,
  schema: quizSessionSchema,
  migrations: { 1: fromV1 },
  initial: null,
});

/** A quiz not yet begun, starting now. */
export const newSession = (params: string): QuizSession => ({ params, answers: {}, current: 0, startedAt: storageNow().toISOString() });

/** Starts a quiz over whatever is in progress: `openQuiz` (paused-quizzes.ts) is the way that keeps it. */
export function startSession(params: string): void {
  $quizSession.set(newSession(params));
}

/**
 * The session to change: the one in progress, and only when it is the quiz `params` names (when
 * given), so a page still showing a quiz another tab replaced cannot write into the new one.
 */
function sessionFor(params: string | undefined): QuizSession | null {
  const session = $quizSession.get();
  return session && (params === undefined || session.params === params) ? session : null;
}

export function answer(itemId: string, given: SessionAnswer, params?: string): void {
  const session = sessionFor(params);
  if (session) $quizSession.set({ ...session, answers: { ...session.answers, [itemId]: given } });
}

export function goTo(index: number, params?: string): void {
  const session = sessionFor(params);
  if (session && Number.isInteger(index) && index >= 0) $quizSession.set({ ...session, current: index });
}

export function finishSession(): void {
  $quizSession.set(null);
}
