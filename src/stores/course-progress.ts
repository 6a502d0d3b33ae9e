import { z } from 'zod';
import { durationMsSchema, MAX_DURATION_MS } from '../engine/bounded-numbers';
import { isoDate } from '../engine/iso-date-schema';
import type { QuizResult } from '../engine/quiz/result';
import { percentOfFraction } from './percent-of-fraction';
import { persistedAtom } from './persisted';
import { percentSchema } from './schemas';
import { storageNow } from './storage-setup';
import { COURSE_PROGRESS_KEY } from './storage-keys';

/**
 * The trainee's way through the course: per module, the handbook pages read, every
 * module-check attempt and the time spent; plus the name the certificate carries. Practice
 * cases are scored by the simulator and kept in case-results.ts.
 */

/**
 * One attempt at a module check. `quizId` names the quiz, so its full result can be found in
 * the quiz history for a course result file; attempts stored before it was kept have none.
 */
const checkAttemptSchema = z.object({ score: percentSchema, passed: z.boolean(), at: isoDate, quizId: z.string().min(1).optional() });

const moduleProgressSchema = z.object({
  readPages: z.array(z.string().min(1)),
  checks: z.array(checkAttemptSchema),
  timeSpentMs: durationMsSchema,
  startedAt: isoDate.optional(),
});

export const courseProgressSchema = z.object({
  traineeName: z.string(),
  modules: z.record(z.string(), moduleProgressSchema),
});

export type ModuleProgress = z.infer<typeof moduleProgressSchema>;
export type CourseProgress = z.infer<typeof courseProgressSchema>;

/** Version 1 had no time tracking, called read pages `read`, and kept check scores as fractions 0–1. */
const courseProgressV1Schema = z.object({
  traineeName: z.string().optional(),
  modules: z.record(
    z.string(),
    z.object({
      read: z.array(z.string()),
      checks: z.array(z.object({ score: z.number().min(0).max(1), passed: z.boolean(), at: z.string() })),
      startedAt: z.string().optional(),
    }),
  ),
});

function fromV1(old: unknown): CourseProgress {
  const v1 = courseProgressV1Schema.parse(old);
  const modules = Object.fromEntries(
    Object.entries(v1.modules).map(([id, m]): [string, ModuleProgress] => [
      id,
      {
        readPages: m.read,
        checks: m.checks.map((c) => ({ ...c, score: percentOfFraction(c.score) })),
        timeSpentMs: 0,
        ...(m.startedAt === undefined ? {} : { startedAt: m.startedAt }),
      },
    ]),
  );
  return { traineeName: v1.traineeName ?? '', modules };
}

export const emptyCourseProgress: CourseProgress = { traineeName: '', modules: {} };

export const $courseProgress = persistedAtom<CourseProgress>({
  key: COURSE_PROGRESS_KEY,
  version: 2,
  schema: courseProgressSchema,
  migrations: { 1: fromV1 },
  initial: emptyCourseProgress,
});

const emptyModule = (): ModuleProgress => ({ readPages: [], checks: [], timeSpentMs: 0 });

/** Applies a change to one module, which starts (with `startedAt`) on its first activity. */
function updateModule(moduleId: string, change: (m: ModuleProgress) => ModuleProgress): void {
  const progress = $courseProgress.get();
  const current = progress.modules[moduleId] ?? emptyModule();
  const started = current.startedAt ? current : { ...current, startedAt: storageNow().toISOString() };
  $courseProgress.set({ ...progress, modules: { ...progress.modules, [moduleId]: change(started) } });
}

export function markRead(moduleId: string, slug: string): void {
  if (!slug || $courseProgress.get().modules[moduleId]?.readPages.includes(slug)) return;
  updateModule(moduleId, (m) => ({ ...m, readPages: [...m.readPages, slug] }));
}

/** Undoes `markRead`: the "Mark as read" control is a toggle. */
export function markUnread(moduleId: string, slug: string): void {
  if (!$courseProgress.get().modules[moduleId]?.readPages.includes(slug)) return;
  updateModule(moduleId, (m) => ({ ...m, readPages: m.readPages.filter((page) => page !== slug) }));
}

export function recordCheck(moduleId: string, result: QuizResult): void {
  updateModule(moduleId, (m) => ({
    ...m,
    checks: [...m.checks, { score: result.score, passed: result.passed, at: result.finishedAt, quizId: result.quizId }],
  }));
}

export function addTime(moduleId: string, ms: number): void {
  if (!Number.isFinite(ms) || ms <= 0) return;
  // Held at the schema's bound, so the stored value always reads back.
  updateModule(moduleId, (m) => ({ ...m, timeSpentMs: Math.min(MAX_DURATION_MS, m.timeSpentMs + Math.round(ms)) }));
}

export function setTraineeName(name: string): void {
  $courseProgress.set({ ...$courseProgress.get(), traineeName: name.trim() });
}
