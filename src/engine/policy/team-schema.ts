import { z } from 'zod';
import type { L10n } from '../text';
import type { Follows } from './types';

/**
 * The shape of team.yaml, the team's own settings (see team-settings.ts for what they do).
 * Figures are checked against the rules when they are applied, since only the rule knows
 * whether a figure is money (an amount per currency) or a plain number.
 */

export const marketplaces = ['amazon', 'ebay'] as const;
export type Marketplace = (typeof marketplaces)[number];

const text = z.object({ en: z.string().trim().min(1), 'zh-cn': z.string().trim().min(1) }).strict();

export const teamSchema = z
  .object({
    name: z.string().trim().min(1).max(80),
    marketplaces: z
      .array(z.enum(marketplaces))
      .min(1)
      .refine((list) => new Set(list).size === list.length, 'each marketplace once'),
    figures: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
    escalateTo: text,
    follow: z.record(z.string(), z.enum(['playbook', 'platform'])).default({}),
  })
  .strict();

export interface TeamSettings {
  /** The team's name, on the certificate and every page. */
  name: string;
  /** The marketplaces the team serves; content for the others is hidden from lists and marked. */
  marketplaces: Marketplace[];
  /** Per rule ID, per figure name: a number, or for money an amount per currency. */
  figures: Record<string, Record<string, unknown>>;
  /** Who approves above the limits. */
  escalateTo: L10n;
  /** Per rule ID with a platform update: which version the team follows. */
  follow: Record<string, Follows>;
}

// The schema and the type describe the same data.
const _schemaFitsType = (parsed: z.infer<typeof teamSchema>): TeamSettings => parsed;
void _schemaFitsType;
