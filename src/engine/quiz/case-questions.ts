import { platformOf, type CaseKind } from '../case-kinds';
import type { Policy } from '../policy/policy';
import { readableRuleOf } from '../readable-rule';
import type { Area } from '../policy/types';
import { closingOptions, generateScenario, initialState, PASS_MARK as SIMULATOR_PASS_MARK, trueFacts } from '../simulator';
import { advise } from '../simulator/playbook-reading';
import { pickOne, type Random } from '../simulator/random';
import type { L10n } from '../text';
import { both, itemIdOf, ruleFields, type CaseItem } from './item';
import type { QuizSettings } from './settings';

/**
 * Case questions: a simulator case to play inside the quiz, authored (by scenario ID; the
 * engine cannot read content files, so the page passes what it knows of them) or generated
 * from a seed and a kind. The simulator scores the case; the item is right at its pass mark.
 */

/** What the quiz needs to know of an authored scenario. */
export interface AuthoredCase {
  id: string;
  area: Area;
  /** Rule IDs the case tests, the main one first. */
  rules: string[];
  difficulty: 1 | 2 | 3;
  platform?: 'amazon' | 'ebay';
  title?: L10n;
}

/** Whether a played case counts as answered right: the simulator's own pass mark. */
export const caseItemCorrect = (score: number): boolean => score >= SIMULATOR_PASS_MARK;

function caseItem(
  policy: Policy,
  settings: QuizSettings,
  key: string,
  fields: Omit<CaseItem, 'id' | 'kind' | 'options' | 'answer' | 'multiple' | 'prompt' | 'explanation' | 'handbook'> & { title?: L10n },
): CaseItem {
  const { title, ...rest } = fields;
  const main = policy.ruleOf(fields.rules[0]!);
  return {
    id: itemIdOf('case', settings.seed, key),
    kind: 'case',
    ...rest,
    handbook: main.handbook,
    prompt: both((lang) =>
      lang === 'en'
        ? `Play ${title ? `the case “${title.en}”` : 'this case'} in the simulator. A score of ${SIMULATOR_PASS_MARK} or more answers this question.`
        : `在模拟器中处理${title ? `案例“${title['zh-cn']}”` : '这个案例'}，得分达到 ${SIMULATOR_PASS_MARK} 分即算答对。`,
    ),
    options: [],
    answer: [],
    multiple: false,
    explanation: both(
      (lang) =>
        (lang === 'en' ? 'The simulator judges every decision by the rules: ' : '模拟器按以下规则评判每一步决定：') +
        fields.rules.map((id) => `${id} ${readableRuleOf(policy, id).title[lang]}`).join(lang === 'en' ? '; ' : '；'),
    ),
  };
}

/** Items for the authored scenarios that fit the settings' difficulty; unknown rule IDs leave a scenario out. */
export function authoredCaseQuestions(policy: Policy, settings: QuizSettings, scenarios: readonly AuthoredCase[]): CaseItem[] {
  return scenarios
    .filter((s) => s.difficulty <= settings.difficulty && s.rules.length > 0 && s.rules.every((id) => policy.ruleById.has(id)))
    .map((s) =>
      caseItem(policy, settings, `authored:${s.id}`, {
        area: s.area,
        platform: s.platform ?? policy.ruleOf(s.rules[0]!).platform,
        rules: s.rules,
        case: { scenarioId: s.id },
        ...(s.title && { title: s.title }),
      }),
    );
}

/** A generated case of one of `kinds`, or null when the one drawn is harder than the settings allow. */
export function generatedCaseQuestion(policy: Policy, rng: Random, settings: QuizSettings, kinds: readonly CaseKind[]): CaseItem | null {
  if (kinds.length === 0) return null;
  const kind = pickOne(rng, kinds);
  const seed = Math.floor(rng() * 2 ** 32);
  const scenario = generateScenario(policy, { seed, kind });
  if (scenario.difficulty > settings.difficulty) return null;
  const facts = trueFacts(scenario, initialState(scenario));
  const main = closingOptions(policy, facts)[0]?.citations[0]?.ruleId;
  const ruleIds = [...new Set([...(main ? [main] : []), ...advise(policy, facts).ruleIds])];
  if (ruleIds.length === 0) return null;
  const { area } = ruleFields(policy, ruleIds[0]!);
  return caseItem(policy, settings, `generated:${kind}:${seed}`, { area, platform: platformOf(kind), rules: ruleIds, case: { seed, kind }, title: scenario.title });
}
