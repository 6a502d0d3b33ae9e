import { z } from 'zod';
import { persistedAtom } from './persisted';

/** Course settings that come from a trainer's link: `unlocked` opens every module at once. */
export const courseSettingsSchema = z.object({ unlocked: z.boolean() }).strict();
export type CourseSettings = z.infer<typeof courseSettingsSchema>;

export const $courseSettings = persistedAtom<CourseSettings>({
  key: 'course-settings',
  version: 1,
  schema: courseSettingsSchema,
  migrations: {},
  initial: { unlocked: false },
});

export function setUnlocked(unlocked: boolean): void {
  $courseSettings.set({ ...$courseSettings.get(), unlocked });
}
