import { readableRules } from '../../engine/readable-rule';
import type { Rule } from '../../engine/policy/types';
import { policy } from '../../engine/loaded-policy';

/** The rules a table shows, readable (labels filled in): those named in `ids` (space-separated), or those of `area`, or all. */
export function selectRules(options: { rules?: string; area?: string }): Rule[] {
  const rules = readableRules(policy);
  const ids = options.rules?.split(/\s+/).filter(Boolean);
  if (ids?.length) {
    const unknown = ids.filter((id) => !rules.some((r) => r.id === id));
    if (unknown.length) throw new Error(`unknown rule IDs: ${unknown.join(', ')}`);
    return rules.filter((r) => ids.includes(r.id));
  }
  return options.area ? rules.filter((r) => r.area === options.area) : [...rules];
}
