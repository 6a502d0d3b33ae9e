import type { Policy } from '../policy/policy';
import { serves } from '../policy/served';
import type { Marketplace } from '../policy/team-schema';
import type { QuizSettings } from './settings';

/**
 * A quiz for the marketplaces a team serves (team.yaml `marketplaces`, which the page passes
 * in): settings about another marketplace are refused, and "both" draws from the one marketplace
 * a one-marketplace team serves. The settings stay as they are, so a quiz's ID, and the module
 * check it is, are the same whatever the team.
 */

/** The marketplaces each area's rules are for ("both" included). */
const platformsOfArea = (policy: Policy, area: string): Set<string> => new Set(policy.rules.filter((r) => r.area === area).map((r) => r.platform));

/**
 * The marketplace these settings ask about that the team does not serve: the platform, or
 * (when every area asked for has only rules for marketplaces the team does not serve) those
 * areas' marketplace. Null when the quiz is one for this team.
 */
export function unservedMarketplace(policy: Policy, settings: Pick<QuizSettings, 'platform' | 'areas'>, served: readonly Marketplace[]): Marketplace | null {
  if (settings.platform !== 'both' && !served.includes(settings.platform)) return settings.platform;
  const unservedAreas = settings.areas.map((area) => [...platformsOfArea(policy, area)]).filter((platforms) => platforms.every((p) => !serves(served, p)));
  if (settings.areas.length === 0 || unservedAreas.length < settings.areas.length) return null;
  return (unservedAreas.flat().find((p) => p === 'amazon' || p === 'ebay') as Marketplace | undefined) ?? null;
}

/** The platform a quiz draws its items from: "both", for a team that serves one marketplace, is that one. */
export const drawingPlatform = (platform: QuizSettings['platform'], served: readonly Marketplace[]): QuizSettings['platform'] =>
  platform === 'both' && served.length === 1 ? served[0]! : platform;
