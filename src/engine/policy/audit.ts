import { factLabels } from '../fact-labels';
import { factsRead } from '../conditions';
import { placeholderPattern } from '../figures';
import { langs } from '../text';
import type { L10n } from '../text';
import type { RuleRecord } from './types';

/** Any digit, ASCII or full-width: a figure typed into prose instead of named. */
const digit = /[0-9０-９]/;

/** Every piece of prose a rule holds, with where it sits, for the checks below. */
function texts(rule: RuleRecord): [string, L10n][] {
  const out: [string, L10n][] = [
    ['title', rule.title],
    ['text', rule.text],
  ];
  for (const [name, figure] of Object.entries(rule.figures ?? {})) out.push([`figures.${name}.label`, figure.label]);
  for (const branch of rule.branches ?? [])
    branch.verdicts.forEach((v, i) => {
      out.push([`branches.${branch.key}.verdicts.${i}.why`, v.why]);
      if (v.fits) out.push([`branches.${branch.key}.verdicts.${i}.fits`, v.fits]);
    });
  for (const d of rule.deadlines ?? []) out.push([`deadlines.${d.key}.label`, d.label]);
  return out;
}

/**
 * What is wrong with a set of rules, as `RULE-ID field: problem` lines; empty when sound.
 * It guards the promise that a policy figure is typed once: prose names figures, never digits.
 */
export function auditRules(rules: readonly RuleRecord[]): string[] {
  const problems: string[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  const used = new Set<string>();
  const seen = new Set<string>();
  const anchors = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) problems.push(`${rule.id}: the ID is used twice`);
    seen.add(rule.id);
    const anchor = `${rule.handbook.page}#${rule.handbook.anchor}`;
    if (anchors.has(anchor)) problems.push(`${rule.id} handbook: ${anchor} already belongs to another rule`);
    anchors.add(anchor);
    for (const [field, text] of texts(rule)) {
      for (const lang of langs) {
        const value = text[lang];
        if (!value?.trim()) problems.push(`${rule.id} ${field}.${lang}: empty`);
        else if (digit.test(value.replace(placeholderPattern, ''))) problems.push(`${rule.id} ${field}.${lang}: holds a digit; name the figure as {figure} instead`);
        for (const [, owner = rule.id, name] of value?.matchAll(placeholderPattern) ?? []) {
          if (!byId.get(owner)?.figures?.[name]) problems.push(`${rule.id} ${field}.${lang}: {${owner === rule.id ? '' : `${owner}.`}${name}} is not a figure`);
          used.add(`${owner}.${name}`);
        }
      }
    }
    for (const branch of rule.branches ?? [])
      for (const fact of factsRead(branch.when)) if (!factLabels[fact]) problems.push(`${rule.id} branches.${branch.key}: reads an unknown fact "${fact}"`);
  }
  for (const rule of rules)
    for (const name of Object.keys(rule.figures ?? {})) if (!used.has(`${rule.id}.${name}`)) problems.push(`${rule.id} figures.${name}: never shown in any rule's text`);
  return problems;
}
