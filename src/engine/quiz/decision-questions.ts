import { describeAction } from '../action-labels';
import { actionKey, advisedAction, judge, type AdviceItem, type AdvisedAction } from '../advise';
import { caseKinds, platformOf, type CaseKind } from '../case-kinds';
import { factsRead, kindsOf } from '../conditions';
import { perPolicy, type Policy } from '../policy/policy';
import type { Area } from '../policy/types';
import { closingOptions, concreteAction, generateScenario, initialState, trueFacts } from '../simulator';
import { advise, isClosingType } from '../simulator/playbook-reading';
import { pickOne, shuffled, type Random } from '../simulator/random';
import type { L10n } from '../text';
import { both, distinctOptions, itemIdOf, optionCount, ruleFields, type DecisionItem, type QuizOption, type SayBoth } from './item';
import type { QuizSettings } from './settings';
import { caseSituation } from './situation';

/**
 * Single-decision questions: a case drawn by the simulator's generator, every hidden fact
 * revealed, and "which resolution fits the playbook best?". `advise` decides the answer (the one
 * resolution it recommends, or where it recommends none, the one it accepts);
 * the wrong options are what it calls wrong, then other resolutions its rules name for this
 * kind of case. A case whose advice names no single resolution is skipped.
 */

interface Choice {
  key: string;
  action: AdvisedAction;
  why?: { ruleId: string; text: L10n };
  /** The area of the first rule that names it. */
  area?: Area;
}

/** How many facts the branches behind an advice item test: the more, the more specific to the case. */
const specificity = (policy: Policy, item: AdviceItem): number =>
  Math.max(0, ...item.citations.map((c) => factsRead(policy.ruleById.get(c.ruleId)?.branches?.find((b) => b.key === c.branch)?.when ?? { all: [] }).length));

/** Every resolution a rule names for a kind of case, in playbook order. */
const resolutionsByKindOf = perPolicy(
  (policy) =>
    new Map<CaseKind, Choice[]>(
      caseKinds.map((kind) => {
        const seen = new Map<string, Choice>();
        for (const rule of policy.rules)
          for (const branch of rule.branches ?? []) {
            if (!(kindsOf(branch.when)?.includes(kind) ?? true)) continue;
            for (const verdict of branch.verdicts) {
              const action = advisedAction(policy, verdict.action, rule.id);
              if (isClosingType(action.type) && !seen.has(actionKey(action))) seen.set(actionKey(action), { key: actionKey(action), action, area: rule.area });
            }
          }
        return [kind, [...seen.values()]];
      }),
    ),
);

/** The areas of the rules that can speak about a kind of case. */
const areasByKindOf = perPolicy(
  (policy) =>
    new Map<CaseKind, Set<Area>>(
      caseKinds.map((kind) => [
        kind,
        new Set(policy.rules.filter((rule) => (rule.branches ?? []).some((b) => kindsOf(b.when)?.includes(kind) ?? false)).map((rule) => rule.area)),
      ]),
    ),
);

/** The case kinds that fit the settings' platform and can lead to a question in one of its areas. */
export function kindsFor(policy: Policy, settings: Pick<QuizSettings, 'platform' | 'areas'>): CaseKind[] {
  return caseKinds.filter(
    (kind) =>
      (settings.platform === 'both' || platformOf(kind) === settings.platform) &&
      (settings.areas.length === 0 || settings.areas.some((area) => areasByKindOf(policy).get(kind)?.has(area))),
  );
}

const question: L10n = {
  en: 'Every fact is known. Which resolution fits the playbook best?',
  'zh-cn': '以上情况均已查明。哪种解决方式最符合手册？',
};

const cited = (item: AdviceItem): Choice['why'] => {
  const citation = item.citations[0];
  return citation && { ruleId: citation.ruleId, text: citation.why };
};

/** One decision question from a freshly drawn case, or null when the case has no clear answer. */
export function decisionQuestion(policy: Policy, rng: Random, settings: QuizSettings, kinds: readonly CaseKind[], say: SayBoth): DecisionItem | null {
  if (kinds.length === 0) return null;
  const kind = pickOne(rng, kinds);
  const seed = Math.floor(rng() * 2 ** 32);
  const scenario = generateScenario(policy, { seed, kind });
  const facts = trueFacts(scenario, initialState(scenario));
  const closing = closingOptions(policy, facts);
  const best = closing[0];
  if (closing.length !== 1 || !best) return null;
  // An advised pattern another rule calls wrong is no clear answer.
  if (judge(policy, facts, concreteAction(best.action)).verdict !== best.verdict) return null;

  const advice = advise(policy, facts);
  const positive = [...advice.recommended, ...advice.acceptable];
  const positiveKeys = new Set(positive.map((i) => i.key));
  const positiveTypes = new Set(positive.map((i) => i.action.type));
  const mentioned = new Set([...positiveKeys, ...advice.wrong.map((i) => i.key)]);
  const asChoice = (item: AdviceItem): Choice => ({ key: item.key, action: item.action, why: cited(item) });

  // The most specific wrong verdicts first: "never reship above the price limit" teaches more than a rule for every case.
  const wrong = shuffled(
    rng,
    advice.wrong.filter((i) => !positiveKeys.has(i.key)),
  )
    .sort((a, b) => specificity(policy, b) - specificity(policy, a))
    .map(asChoice);
  // Where the answer is recommended, an acceptable resolution is the hard wrong option; not one
  // of the answer's own type, as "partial refund" would admit the recommended "up to 35%" too.
  const acceptable =
    best.verdict === 'recommended'
      ? advice.acceptable.filter((i) => isClosingType(i.action.type) && i.action.type !== best.action.type && !advice.recommended.some((r) => r.key === i.key)).map(asChoice)
      : [];
  // A resolution named elsewhere for this kind, of a type the advice does not speak well of;
  // those of the answer's own area first, as they are the plausible ones.
  const area = best.citations[0] && policy.ruleById.get(best.citations[0].ruleId)?.area;
  const unnamed = shuffled(
    rng,
    (resolutionsByKindOf(policy).get(kind) ?? []).filter((c) => !mentioned.has(c.key) && !positiveTypes.has(c.action.type)),
  ).sort((a, b) => Number(b.area === area) - Number(a.area === area));
  const groups = settings.difficulty === 3 ? [shuffled(rng, acceptable), wrong, unnamed] : [wrong, unnamed];
  const distractors = groups.flat().slice(0, optionCount(settings.difficulty) - 1);

  const answer = asChoice(best);
  const option = (c: Choice): QuizOption => ({ id: c.key, text: say(describeAction(c.action)) });
  const options = distinctOptions([answer, ...distractors].map(option));
  if (options.length < 3) return null;
  const shown = distractors.filter((d) => options.some((o) => o.id === d.key));

  const mainRule = answer.why?.ruleId ?? advice.ruleIds[0];
  if (!mainRule) return null;
  const answerRules = [...new Set([mainRule, ...best.citations.map((c) => c.ruleId)])];
  const ruleIds = [...new Set([...answerRules, ...shown.flatMap((d) => (d.why ? [d.why.ruleId] : []))])];
  const optionRules = Object.fromEntries([[best.key, answerRules], ...shown.map((d) => [d.key, d.why ? [d.why.ruleId] : []])]);
  const situation = caseSituation(policy, facts, advice.ruleIds);
  const prompt = both((lang) => `${situation[lang]}\n${question[lang]}`);
  // Why the answer is right, and why each wrong option shown is wrong.
  const explanation = both((lang) =>
    [answer, ...shown.filter((d) => wrong.includes(d))]
      .flatMap((c) => (c.why ? [`${say(describeAction(c.action))[lang]} — ${c.why.ruleId}: ${c.why.text[lang]}`] : []))
      .join('\n'),
  );
  return {
    id: itemIdOf('decision', settings.seed, `${prompt.en}|${best.key}`),
    kind: 'decision',
    ...ruleFields(policy, mainRule),
    platform: platformOf(kind),
    rules: ruleIds,
    optionRules,
    prompt,
    options: shuffled(rng, options),
    answer: [best.key],
    multiple: false,
    explanation,
    facts,
  };
}
