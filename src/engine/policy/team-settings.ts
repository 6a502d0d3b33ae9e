import { moneyCurrencies } from './money';
import type { TeamSettings } from './team-schema';
import type { Figure, RuleRecord } from './types';

/**
 * The team's settings applied to the rules: pure, so the loader (rule-files.ts) and the tests
 * run the same code. A team may set only the figures the playbook leaves to the seller (marked
 * `seller: true` in the rule files), and chooses, for each rule with a platform update
 * (`platformToday`), whether it follows the playbook or the platform; following the platform
 * gives the rule the platform's figures. Every problem is named by its field path in the file.
 * The rules handed on lose the `seller` marker, so settings that change nothing change no rule.
 */

export interface Applied {
  rules: RuleRecord[];
  /** `<field path>: <what is wrong>`, for the caller to prefix with the file. */
  problems: string[];
  /** `RULE-ID.name` of every figure the team may set, whether it set it or not. */
  teamSet: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const positive = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0;

/** The figure as the team sets it, or the problems with `value` at `path`. */
function setFigure(figure: Figure, value: unknown, path: string): { figure?: Figure; problems: string[] } {
  if (figure.unit !== 'money') {
    if (!positive(value)) return { problems: [`${path}: expected a positive number`] };
    if (figure.unit === 'percent' && value > 100) return { problems: [`${path}: expected a percentage of at most 100`] };
    if (figure.unit !== 'percent' && !Number.isInteger(value)) return { problems: [`${path}: expected a whole number of ${figure.unit}`] };
    return { figure: { ...figure, value }, problems: [] };
  }
  if (!figure.amounts || !figure.currency) return { problems: [`${path}: this figure is fixed in one currency and cannot be set`] };
  if (!isRecord(value)) return { problems: [`${path}: expected an amount per currency (${moneyCurrencies.join(', ')})`] };
  const problems = [
    ...moneyCurrencies.flatMap((c) => (positive(value[c]) ? [] : [`${path}.${c}: ${c in value ? 'expected a positive number' : 'required (an amount in this currency)'}`])),
    ...Object.keys(value).flatMap((c) =>
      (moneyCurrencies as readonly string[]).includes(c) ? [] : [`${path}.${c}: unknown currency; expected ${moneyCurrencies.join('|')}`],
    ),
  ];
  if (problems.length) return { problems };
  const amounts = Object.fromEntries(moneyCurrencies.map((c) => [c, value[c] as number])) as Figure['amounts'] & object;
  return { figure: { ...figure, value: amounts[figure.currency], amounts }, problems: [] };
}

/** A figure given the platform's value (money: in the figure's own currency). */
function platformFigure(figure: Figure, value: number): Figure {
  return figure.amounts && figure.currency ? { ...figure, value, amounts: { ...figure.amounts, [figure.currency]: value } } : { ...figure, value };
}

/** The figures without the loader's `seller` marker. */
const unmarked = (figures: Record<string, Figure>): Record<string, Figure> =>
  Object.fromEntries(Object.entries(figures).map(([name, { seller: _seller, ...figure }]) => [name, figure]));

export function applyTeamSettings(rules: readonly RuleRecord[], settings: Pick<TeamSettings, 'figures' | 'follow'>): Applied {
  const problems: string[] = [];
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const figureSettings = new Map<string, Record<string, unknown>>();
  for (const [id, values] of Object.entries(settings.figures)) {
    const rule = byId.get(id);
    if (!rule) {
      problems.push(`figures.${id}: no rule has this ID`);
      continue;
    }
    for (const name of Object.keys(values)) {
      const figure = rule.figures?.[name];
      if (!figure) problems.push(`figures.${id}.${name}: ${id} has no figure "${name}"`);
      else if (!figure.seller) problems.push(`figures.${id}.${name}: not a figure the playbook leaves to the seller; a team may set only those marked seller: true`);
    }
    figureSettings.set(id, values);
  }
  for (const [id, choice] of Object.entries(settings.follow)) {
    const rule = byId.get(id);
    if (!rule) problems.push(`follow.${id}: no rule has this ID`);
    else if (!rule.platformToday) problems.push(`follow.${id}: ${id} has no platform update to follow (no platformToday)`);
    else if (rule.platformToday.forbids)
      problems.push(`follow.${id}: the platform now forbids what the sources advised here, so ${id} holds for every team and offers no choice`);
    else if (choice === 'platform')
      for (const name of Object.keys(rule.platformToday.figures ?? {}))
        if (figureSettings.get(id)?.[name] !== undefined) problems.push(`follow.${id}: the team follows the platform, so figures.${id}.${name} cannot also be set`);
  }
  const teamSet = rules.flatMap((rule) => Object.entries(rule.figures ?? {}).flatMap(([name, figure]) => (figure.seller ? [`${rule.id}.${name}`] : [])));
  if (problems.length) return { rules: [], problems, teamSet };

  const applied = rules.map((rule): RuleRecord => {
    let figures = rule.figures && unmarked(rule.figures);
    for (const [name, value] of Object.entries(figureSettings.get(rule.id) ?? {})) {
      const set = setFigure(figures![name]!, value, `figures.${rule.id}.${name}`);
      problems.push(...set.problems);
      if (set.figure) figures = { ...figures, [name]: set.figure };
    }
    // A rule whose update forbids the old practice offers no choice: its box says it holds for every team.
    if (!rule.platformToday || rule.platformToday.forbids) return figures ? { ...rule, figures } : rule;
    const follows = settings.follow[rule.id] ?? 'playbook';
    if (follows === 'platform')
      for (const [name, { value }] of Object.entries(rule.platformToday.figures ?? {})) {
        const figure = figures?.[name];
        if (figure) figures = { ...figures, [name]: platformFigure(figure, value) };
        else problems.push(`follow.${rule.id}: the platform update names figure "${name}", which ${rule.id} does not have`);
      }
    return { ...rule, ...(figures && { figures }), follows };
  });
  return { rules: problems.length ? [] : applied, problems, teamSet };
}
