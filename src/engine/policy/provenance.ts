import { loadRules } from './rule-files';
import type { RuleProvenance } from './types';

let byId: ReadonlyMap<string, RuleProvenance> | undefined;

/**
 * How current a rule is (when it was last checked, the platform-today note, which version the
 * team follows), for what the server draws: the rule boxes and the quick cards. Node only; the
 * engine never reads it. A rule with none has `{}`.
 */
export function provenanceOf(id: string): RuleProvenance {
  byId ??= new Map(loadRules().map(({ id: ruleId, checked, platformToday, follows }) => [ruleId, { checked, platformToday, follows }]));
  return byId.get(id) ?? {};
}
