import { z } from 'zod';
import { areas } from '../engine/policy/types';
import { marketplaces } from '../engine/policy/team-schema';
import { DEFAULT_GATE, type ModuleGate } from './gate';

const l10n = z.object({ en: z.string().min(1), 'zh-cn': z.string().min(1) }).strict();
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case ID');

/** A module check: a short quiz on the module's areas, or (the final module) an assessed shift day from a seed. */
const check = z.union([z.object({ areas: z.array(z.enum(areas)).min(1) }).strict(), z.object({ shift: z.number().int().nonnegative() }).strict()]);

/**
 * What a module asks before the next one opens: how many of its readings and practice cases
 * (a count, or `all`) and that its check is passed. Every part has a default, so a module
 * without `gate` asks for every reading, two practice cases (or all, when it has fewer) and a
 * passed check.
 */
const required = z.union([z.literal('all'), z.number().int().nonnegative()]);
export const moduleGate: z.ZodType<ModuleGate, z.ZodTypeDef, unknown> = z
  .object({
    readings: required.default(DEFAULT_GATE.readings),
    practice: required.default(DEFAULT_GATE.practice),
    check: z.literal('pass').default(DEFAULT_GATE.check),
  })
  .strict();

export type { ModuleGate };

/**
 * One module of the onboarding course (src/content/course.yaml). Astro validates every
 * entry at build time and names the file and field that do not fit; that the readings and
 * cases exist is checked by test/content/course.test.ts and by the course pages' build.
 */
export const courseModule = z
  .object({
    id: kebab,
    title: l10n,
    summary: l10n,
    reading: z.array(z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'expected a handbook page slug such as amazon/returns')).min(1),
    practice: z.array(kebab).max(4),
    check,
    /** A module about one marketplace: a team that does not serve it skips the module (served-modules.ts). */
    platform: z.enum(marketplaces).optional(),
    gate: moduleGate.optional(),
  })
  .strict()
  .refine((m) => 'shift' in m.check || m.practice.length >= 2, { path: ['practice'], message: 'a module with a quiz check needs 2–4 practice cases' })
  .refine((m) => typeof m.gate?.readings !== 'number' || m.gate.readings <= m.reading.length, {
    path: ['gate', 'readings'],
    message: 'asks for more readings than the module lists',
  })
  .refine((m) => typeof m.gate?.practice !== 'number' || m.gate.practice <= m.practice.length, {
    path: ['gate', 'practice'],
    message: 'asks for more practice cases than the module lists',
  });

export type CourseModule = z.infer<typeof courseModule>;
