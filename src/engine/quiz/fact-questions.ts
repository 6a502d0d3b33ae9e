import { payers } from '../actions';
import { describeAction } from '../action-labels';
import { actionKey, advisedAction, type AdvisedAction } from '../advise';
import { formatFigure } from '../figures';
import { readableRules } from '../readable-rule';
import type { Branch, Figure, Rule, Verdict, VerdictLevel } from '../policy/types';
import { pickOne, shuffled, type Random } from '../simulator/random';
import type { L10n } from '../text';
import { both, distinctOptions, itemIdOf, optionCount, ruleFields, type FactItem, type FactSource, type QuizOption, type SayBoth } from './item';
import type { QuizSettings } from './settings';
import { situationOf } from './situation';
import { perPolicy, type Policy } from '../policy/policy';

/**
 * Fact questions, read straight from the rule registry: a rule's figures ("What is the time
 * to answer a return request?", the other options being the same unit's other figures), a
 * branch's recommended action against the actions it calls wrong, and who pays a return.
 */

/** `rule` is readable (see readable-rule.ts): its texts are filled already. */
const explained = (rule: Rule, text: L10n): L10n => both((lang) => `${rule.id} · ${rule.title[lang]}: ${text[lang]}`);

function factItem(policy: Policy, settings: QuizSettings, rule: Rule, source: FactSource, fields: Pick<FactItem, 'prompt' | 'options' | 'answer' | 'explanation'>): FactItem {
  const key = [source.ask, source.rule, 'figure' in source ? source.figure : source.branch].join(':');
  return { id: itemIdOf('fact', settings.seed, key), kind: 'fact', ...ruleFields(policy, rule.id), rules: [rule.id], multiple: false, source, ...fields };
}

const everyFigureOf = perPolicy((policy): readonly Figure[] => readableRules(policy).flatMap((rule) => Object.values(rule.figures ?? {})));

/** The value's neighbours first: at the top difficulty the wrong options are the closest figures. */
const byCloseness = (value: number) => (a: number, b: number) => Math.abs(Math.log(a / value)) - Math.abs(Math.log(b / value)) || a - b;

function figureQuestion(policy: Policy, rng: Random, settings: QuizSettings, rule: Rule, name: string, figure: Figure): FactItem | null {
  // The same unit's other figures, one per value; each option is shown as its own figure (a money limit with its every currency).
  const byValue = new Map<number, Figure>();
  for (const f of everyFigureOf(policy)) if (f.unit === figure.unit && f.value !== figure.value && !byValue.has(f.value)) byValue.set(f.value, f);
  const others = [...byValue.keys()];
  if (others.length === 0) return null;
  const wanted = optionCount(settings.difficulty) - 1;
  const wrong = settings.difficulty === 3 ? others.sort(byCloseness(figure.value)).slice(0, wanted) : shuffled(rng, others).slice(0, wanted);
  const option = (value: number): QuizOption => ({ id: `value-${value}`, text: both((lang) => formatFigure(byValue.get(value) ?? figure, lang)) });
  return factItem(
    policy,
    settings,
    rule,
    { ask: 'figure', rule: rule.id, figure: name },
    {
      prompt: {
        en: `${rule.title.en} — which figure does the playbook give for “${figure.label.en}”?`,
        'zh-cn': `【${rule.title['zh-cn']}】手册中“${figure.label['zh-cn']}”是多少？`,
      },
      options: shuffled(rng, [figure.value, ...wrong]).map(option),
      answer: [`value-${figure.value}`],
      explanation: explained(rule, rule.text),
    },
  );
}

interface Judged {
  key: string;
  action: AdvisedAction;
  verdict: Verdict;
}

const askWords: Record<'recommended' | 'wrong', L10n> = {
  recommended: { en: 'Which of these does the playbook recommend?', 'zh-cn': '手册推荐以下哪种做法？' },
  wrong: { en: 'Which of these does the playbook call wrong?', 'zh-cn': '手册认为以下哪种做法是错误的？' },
};

/** One action the branch gives the asked verdict, against actions it judges otherwise. */
function verdictQuestion(
  policy: Policy,
  rng: Random,
  settings: QuizSettings,
  rule: Rule,
  branch: Branch,
  situation: L10n,
  ask: 'recommended' | 'wrong',
  say: SayBoth,
): FactItem | null {
  const judged: Judged[] = branch.verdicts.map((verdict) => {
    const action = advisedAction(policy, verdict.action, rule.id);
    return { key: actionKey(action), action, verdict };
  });
  const isAsked = (level: VerdictLevel) => (ask === 'wrong' ? level === 'wrong' : level === 'recommended');
  const askedKeys = new Set(judged.filter((j) => isAsked(j.verdict.verdict)).map((j) => j.key));
  const candidates = judged.filter((j) => isAsked(j.verdict.verdict));
  // For "recommended" the other options are what the branch calls wrong; for "wrong", what it accepts.
  const others = judged.filter((j) => (ask === 'recommended' ? j.verdict.verdict === 'wrong' : j.verdict.verdict !== 'wrong') && !askedKeys.has(j.key));
  if (candidates.length === 0 || others.length === 0) return null;
  const answer = pickOne(rng, candidates);
  const distinct = [...new Map(others.map((j) => [j.key, j])).values()];
  const chosen = shuffled(rng, distinct).slice(0, optionCount(settings.difficulty) - 1);
  const option = (j: Judged): QuizOption => ({ id: j.key, text: say(describeAction(j.action)) });
  const options = shuffled(rng, distinctOptions([answer, ...chosen].map(option)));
  if (options.length < 2) return null;
  return factItem(
    policy,
    settings,
    rule,
    { ask, rule: rule.id, branch: branch.key },
    {
      prompt: both((lang) => `${situation[lang]}${lang === 'en' ? '. ' : '。'}${askWords[ask][lang]}`),
      options,
      answer: [answer.key],
      explanation: explained(rule, answer.verdict.why),
    },
  );
}

const payerWords: Record<(typeof payers)[number], L10n> = {
  seller: { en: 'The seller', 'zh-cn': '卖家' },
  buyer: { en: 'The buyer', 'zh-cn': '买家' },
};

/** "Who pays the return shipping?": a verdict on who pays, read the right way round. */
function payerQuestion(policy: Policy, rule: Rule, branch: Branch, situation: L10n, settings: QuizSettings): FactItem | null {
  const verdict = branch.verdicts.find((v) => v.action.payer);
  const payer = verdict?.action.payer;
  if (!verdict || !payer) return null;
  const paying = verdict.verdict === 'wrong' ? payers.find((p) => p !== payer)! : payer;
  return factItem(
    policy,
    settings,
    rule,
    { ask: 'payer', rule: rule.id, branch: branch.key },
    {
      prompt: both((lang) => `${situation[lang]}${lang === 'en' ? '. Who pays the return shipping?' : '。退货运费由谁承担？'}`),
      options: payers.map((p) => ({ id: p, text: payerWords[p] })),
      answer: [paying],
      explanation: explained(rule, verdict.why),
    },
  );
}

/** Every fact question the registry offers, options drawn with `rng`; the caller filters and picks. */
export function factQuestions(policy: Policy, rng: Random, settings: QuizSettings, say: SayBoth): FactItem[] {
  const out: FactItem[] = [];
  for (const rule of readableRules(policy)) {
    for (const [name, figure] of Object.entries(rule.figures ?? {})) {
      const item = figureQuestion(policy, rng, settings, rule, name, figure);
      if (item) out.push(item);
    }
    for (const branch of rule.branches ?? []) {
      const situation = situationOf(policy, branch.when, rule.id);
      if (!situation) continue;
      for (const ask of ['recommended', 'wrong'] as const) {
        const item = verdictQuestion(policy, rng, settings, rule, branch, situation, ask, say);
        if (item) out.push(item);
      }
      const payerItem = payerQuestion(policy, rule, branch, situation, settings);
      if (payerItem) out.push(payerItem);
    }
  }
  return out;
}
