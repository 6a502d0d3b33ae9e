import { z } from 'zod';
import { caseKinds } from '../engine/case';

const caseKindNames = caseKinds;

/** The sidebar groups of the handbook, in reading order. */
export const handbookGroups = ['start', 'amazon', 'ebay', 'writing', 'reference'] as const;
export type HandbookGroup = (typeof handbookGroups)[number];

/**
 * Frontmatter of a handbook page. Astro validates every page against it at build time and
 * names the file and the field when one does not fit.
 */
export const handbookFrontmatter = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1).max(200),
    group: z.enum(handbookGroups),
    /** Position within its group. */
    order: z.number().int().nonnegative(),
    lastReviewed: z.coerce.date(),
  })
  .strict();

export type HandbookFrontmatter = z.infer<typeof handbookFrontmatter>;

const l10n = z.object({ en: z.string().min(1), 'zh-cn': z.string().min(1) }).strict();
const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case ID');

/** A reply template: an English (and optionally German) body with [placeholders]. */
export const replyTemplate = z
  .object({
    id: kebab,
    title: l10n,
    platform: z.enum(['amazon', 'ebay']),
    kinds: z.array(z.enum(caseKindNames)).min(1),
    topics: z.array(z.string()).optional(),
    rules: z.array(z.string()).min(1),
    explanation: l10n,
    body: z.string().min(1),
    bodyDe: z.string().min(1).optional(),
  })
  .strict();
export type ReplyTemplate = z.infer<typeof replyTemplate>;

/** A glossary entry; its aliases feed search. */
export const glossaryEntry = z
  .object({
    id: kebab,
    term: l10n,
    expansion: l10n.optional(),
    aliases: z.array(z.string().min(1)).default([]),
    definition: l10n,
    see: z
      .string()
      .regex(/^\/handbook\/.+\/(#[a-z0-9-]+)?$/, 'expected an English handbook path such as /handbook/amazon/feedback/#anchor')
      .optional(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntry>;
