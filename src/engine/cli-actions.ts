import { actionLabels } from './action-labels';
import { actionTypes, appealGrounds, closeReasons, payers, type Action, type ActionType } from './actions';
import type { Policy } from './policy/policy';
import type { ActionPattern } from './policy/types';
import type { Io } from './cli-spec';
import type { Lang } from './text';

type ActionParameter = Exclude<keyof Action, 'type'>;

/** What each parameter may hold; keyed by the fields of `Action`, so a new one cannot be left out. */
const parameterValues: Record<ActionParameter, string> = {
  percent: 'a number above 0 and below 100, the share of the price',
  payer: payers.join(' | '),
  reason: closeReasons.join(' | '),
  ground: appealGrounds.join(' | '),
};

/** The parameter a rule's action pattern speaks about. */
const parameterOfPattern: Record<Exclude<keyof ActionPattern, 'type'>, ActionParameter> = {
  percentAtMost: 'percent',
  percentAbove: 'percent',
  payer: 'payer',
  reason: 'reason',
  ground: 'ground',
};

/** For each action type, the parameters some rule judges it by, in the order of `Action`'s fields. */
export function judgedParameters(policy: Policy): Map<ActionType, ActionParameter[]> {
  const found = new Map<ActionType, Set<ActionParameter>>();
  for (const rule of policy.rules)
    for (const branch of rule.branches ?? [])
      for (const { action } of branch.verdicts) {
        const { type, ...rest } = action;
        const set = found.get(type) ?? new Set<ActionParameter>();
        for (const key of Object.keys(rest) as (keyof typeof parameterOfPattern)[]) set.add(parameterOfPattern[key]);
        found.set(type, set);
      }
  const order = Object.keys(parameterValues) as ActionParameter[];
  return new Map([...found].map(([type, set]) => [type, order.filter((p) => set.has(p))]));
}

/**
 * The action vocabulary as `casebook actions` prints it: every type, its words (said through
 * the io's `say`, from the catalogs), its parameters and their values.
 */
export function actionsText(policy: Policy, lang: Lang, say: Io['say']): string {
  const parameters = judgedParameters(policy);
  const width = Math.max(...actionTypes.map((t) => t.length)) + 2;
  const lines = actionTypes.flatMap((type) => [
    `${type.padEnd(width)}${say(actionLabels[type])[lang]}`,
    ...(parameters.get(type) ?? []).map((p) => `${''.padEnd(width)}${p}: ${parameterValues[p]}`),
  ]);
  return [
    `The action vocabulary: ${actionTypes.length} actions, each with what it means.`,
    'A parameter under an action is one the rules judge it by, with the values it may take.',
    '',
    ...lines,
  ].join('\n');
}
