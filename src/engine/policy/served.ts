import type { Marketplace } from './team-schema';

/**
 * Whether content for `platform` is for a marketplace the team serves (team.yaml `marketplaces`).
 * Content for both marketplaces, or for none (a handbook group such as "start"), always is. Pure,
 * so pages at build time and islands in the browser decide the same way.
 */
export function serves(served: readonly Marketplace[], platform: string): boolean {
  return (platform !== 'amazon' && platform !== 'ebay') || served.includes(platform);
}
