import { kindsOfPlatform, type Platform } from '../../engine/case-kinds';
import { areas, type Area, type Condition, type DeadlineSpec, type Figure, type Rule, type RuleProvenance } from '../../engine/policy/types';

/** One line of a platform's quick card: a clock a rule starts, or a figure of a rule that no clock of it shows. */
export type QuickCardLine = { rule: Rule; clock: DeadlineSpec } | { rule: Rule; figure: Figure; name: string };

/**
 * What a card line says of a rule the platform has moved on from (`platformToday`): that the
 * platform now forbids it for every team, that the team follows the platform (the figures shown
 * are the platform's), or that it follows the playbook and the rule's page says what changed.
 * Null for a rule with no platform-today note.
 */
export type PlatformTodayMark = 'forbids' | 'followed' | 'see-rule';

export const platformTodayMark = ({ platformToday, follows }: RuleProvenance): PlatformTodayMark | null =>
  !platformToday ? null : platformToday.forbids ? 'forbids' : follows === 'platform' ? 'followed' : 'see-rule';

export interface QuickCardArea {
  area: Area;
  lines: QuickCardLine[];
}

/** The case kinds a condition limits itself to, or null when it names no kind (or only excludes some). */
function kindsNamed(condition: Condition): string[] | null {
  if ('fact' in condition) return condition.fact === 'kind' && 'is' in condition ? ([] as unknown[]).concat(condition.is).map(String) : null;
  if ('all' in condition) {
    const limits = condition.all.map(kindsNamed).filter((k): k is string[] => k !== null);
    return limits.length ? limits.reduce((a, b) => a.filter((k) => b.includes(k))) : null;
  }
  if ('any' in condition) {
    const each = condition.any.map(kindsNamed);
    const limited = each.filter((k): k is string[] => k !== null);
    return limited.length < each.length ? null : [...new Set(limited.flat())];
  }
  return null;
}

/** Whether a clock can run in a case of the platform. */
const clockRunsOn = (clock: DeadlineSpec, platform: Platform): boolean => {
  const kinds = clock.when ? kindsNamed(clock.when) : null;
  const own: readonly string[] = kindsOfPlatform(platform);
  return kinds === null || kinds.some((k) => own.includes(k));
};

/**
 * Every limit and clock of a platform's rules, by area in the playbook's order: each clock
 * of a rule of that platform (or of both, when the clock runs in that platform's cases), then
 * each figure of the rule that none of its clocks shows. A figure only a clock of the other
 * platform uses stays off (Amazon's reply time is not on the eBay card).
 */
export function quickCard(rules: readonly Rule[], platform: Platform): QuickCardArea[] {
  const linesOf = (rule: Rule): QuickCardLine[] => {
    const all = rule.deadlines ?? [];
    const clocks = all.filter((d) => clockRunsOn(d, platform));
    const ownRefs = (list: DeadlineSpec[]) =>
      new Set(list.flatMap((d) => [d.closes, ...(d.opens ? [d.opens] : [])]).flatMap((ref) => (!ref.rule || ref.rule === rule.id ? [ref.figure] : [])));
    const onClock = ownRefs(all);
    const figures = Object.entries(rule.figures ?? {}).filter(([name]) => !onClock.has(name));
    return [...clocks.map((clock) => ({ rule, clock })), ...figures.map(([name, figure]) => ({ rule, figure, name }))];
  };
  const mine = rules.filter((r) => r.platform === platform || r.platform === 'both');
  return areas.map((area) => ({ area, lines: mine.filter((r) => r.area === area).flatMap(linesOf) })).filter((a) => a.lines.length > 0);
}
