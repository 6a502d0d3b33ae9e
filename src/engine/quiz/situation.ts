import type { CaseFacts } from '../case';
import { describe } from '../condition-words';
import { factsRead, kindsOf } from '../conditions';
import { factWordsBoth } from '../fact-words-both';
import { viewOf } from '../facts-view';
import { formatDaysSpoken } from '../format-number';
import { formatMoney } from '../money';
import { sentenceStart } from '../sentence-start';
import type { Policy } from '../policy/policy';
import type { Condition } from '../policy/types';
import type { L10n, Lang } from '../text';
import { both } from './item';

/**
 * A situation in words for a question's prompt: a rule branch's condition ("Amazon buyer
 * message, topic: damaged on arrival and damage: minor, still works") or the facts of a case
 * that the applying rules read.
 */

const kindNames = (kinds: readonly string[], lang: Lang): string => kinds.map((k) => factWordsBoth.kind?.values?.[k]?.[lang] ?? k).join(lang === 'en' ? ' or ' : '或');

const isKindTest = (c: Condition): boolean => 'fact' in c && c.fact === 'kind';

/** A `not` over a compound condition reads as a riddle, not a situation. */
function readable(condition: Condition): boolean {
  if ('all' in condition) return condition.all.every(readable);
  if ('any' in condition) return condition.any.every(readable);
  if ('not' in condition) return 'fact' in condition.not;
  return true;
}

/** The parts of nested "all"s as one list: `and(messageAbout(…), …)` nests them. */
const conjuncts = (condition: Condition): Condition[] => ('all' in condition ? condition.all.flatMap(conjuncts) : [condition]);

const capitalized = sentenceStart;

/** A branch condition as a situation; null when it does not read well enough to ask about. */
export function situationOf(policy: Policy, condition: Condition, ruleId: string): L10n | null {
  if (!readable(condition)) return null;
  const kinds = kindsOf(condition);
  // The case kind leads; the rest of the top-level "all" follows it.
  const rest = conjuncts(condition).filter((c) => !isKindTest(c));
  return both((lang) => {
    const parts = [kinds ? kindNames(kinds, lang) : '', ...(rest.length ? [describe(policy, { all: rest }, lang, ruleId)] : [])].filter(Boolean);
    return lang === 'en' ? capitalized(parts.join(', ')) : parts.join('，');
  });
}

/** Facts shown with every case: what it is about. */
const leadingFacts = ['topic', 'reason', 'claimType', 'rating'];
const hiddenFacts = new Set(['kind', 'platform', 'currency']);

/** Up to two decimals: enough to tell "60.04 days" from a threshold of 60. */
const shownNumber = (value: number): string => String(Math.round(value * 100) / 100);

/** Facts that count the days or hours since an event: said as a person says a time ("8 hours"), in days. */
const elapsedDays = (fact: string, value: unknown): number | null =>
  typeof value !== 'number' ? null : /^daysSince[A-Z]/.test(fact) ? value : /^hoursSince[A-Z]/.test(fact) ? value / 24 : null;

/** "days since the order" → "time since the order", as its value is said in days or hours. */
function shownLabel(fact: string, lang: Lang): string {
  const label = factWordsBoth[fact]?.label[lang] ?? fact;
  if (elapsedDays(fact, 0) === null) return label;
  return lang === 'en' ? label.replace(/^(days|hours) since/, 'time since') : label.replace(/的(天数|小时数)$/, '的时间');
}

function shownValue(fact: string, value: string | number | boolean, facts: CaseFacts, lang: Lang): string {
  if (fact === 'price') return formatMoney(facts.order.price, facts.order.currency, lang);
  const days = elapsedDays(fact, value);
  if (days !== null) return formatDaysSpoken(days, lang);
  const words = factWordsBoth[fact]?.values?.[String(value)]?.[lang];
  if (words) return words;
  return typeof value === 'number' ? shownNumber(value) : String(value);
}

/**
 * A case in words: its kind, then every fact that a branch of the applying rules reads
 * ("topic: damaged on arrival; damage: severe, does not work; price (order currency): 42.99 USD").
 */
export function caseSituation(policy: Policy, facts: CaseFacts, ruleIds: readonly string[]): L10n {
  const view = viewOf(policy, facts);
  const read = ruleIds.flatMap((id) => (policy.ruleOf(id).branches ?? []).filter((b) => kindsOf(b.when)?.includes(facts.kind) ?? true).flatMap((b) => factsRead(b.when)));
  const shown = [...new Set([...leadingFacts.filter((f) => view[f] !== undefined), ...read])].filter((f) => !hiddenFacts.has(f) && view[f] !== undefined);
  return both((lang) => {
    const kind = kindNames([facts.kind], lang);
    const lines = shown.map((f) => `${shownLabel(f, lang)}${lang === 'en' ? ': ' : '：'}${shownValue(f, view[f]!, facts, lang)}`);
    if (lines.length === 0) return lang === 'en' ? `${capitalized(kind)}.` : `${kind}。`;
    return lang === 'en' ? `${capitalized(kind)}. ${capitalized(lines.join('; '))}.` : `${kind}。${lines.join('；')}。`;
  });
}
