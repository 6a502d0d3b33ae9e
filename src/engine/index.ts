/**
 * The public API of the policy engine. Pure TypeScript: no DOM, no storage, no clock of its
 * own — `now` and seeds are passed in. It runs unchanged in Node and in the browser. No rules
 * of its own either: what reads rules takes a `Policy` first, or is called on an engine made
 * by `createEngine(policy)`; the app's policy is in loaded-policy.ts, its engine in loaded-engine.ts.
 */
export { langs, isLang, type Lang, type L10n } from './text';
export { message, isMessage, type Message, type MessageParam, type Words } from './message';
export {
  messageCodes,
  simulatorCodes,
  adviceCodes,
  areaCodes,
  listCodes,
  countCodes,
  isCountCode,
  isListCode,
  type MessageCode,
  type CountCode,
  type ListCode,
} from './message-codes';
export { isAction, actionTypes, appealGrounds, closeReasons, payers, type Action, type ActionType } from './actions';
export { caseKinds, type CaseFacts, type CaseFactsInput, type CaseKind } from './case';
export { formatIssues } from './issues';
export { messageTopics } from './case-choices';
export { parseCaseFacts, type ParseResult } from './check-case-facts';
export { dateProblem } from './dates';
export { viewOf, type FactsView } from './facts-view';
export { factLabels } from './fact-labels';
export { holds } from './conditions';
export { describe as describeCondition } from './condition-words';
export { fillFigures, fillFiguresFrom, formatFigure } from './figures';
export { formatMoney, amountIn } from './money';
export { highValueLine, highValueRef, isHighValue } from './high-value';
export { highValueWords } from './high-value-words';
export { moneyCurrencies, moneySetOn, type MoneyCurrency, type MoneyTable } from './policy/money';
export { PlaceholderError } from './placeholders';
export { readableRule, readableRuleOf, readableRules } from './readable-rule';
export { createPolicy, perPolicy, type Policy } from './policy/policy';
export { createEngine, type Engine } from './engine';
export { rulesInLang, type RuleInLang, type InLang } from './policy/rules-in-lang';
export { areas, type Area, type Rule, type Figure, type Condition, type Verdict, type VerdictLevel, type DeadlineSpec } from './policy/types';
export { advise, judge, admits, advisedAction, actionKey, type Advice, type AdviceItem, type AdvisedAction, type Citation, type Judgement } from './advise';
export { actionLabels, describeAction } from './action-labels';
export { noRecommendation, noRecommendationMessage } from './no-recommendation';
export { areaLabels } from './policy/area-labels';
export { deadlinesFor, type Deadline, type DeadlineStatus } from './clock';
export { checkReply, neverDoWhy, type Finding, type FindingKind, type ReplyContext, type Severity } from './reply-check';
export * as simulator from './simulator';
export * as quiz from './quiz';
export { questionsFor, fieldsOf, factsFromAnswers, nest, type Question, type Answers, type Answer, type AnswerInput, type Purpose } from './questions';
export { encodeFacts, decodeFacts, answersOf, FACTS_LINK_VERSION, type DecodedFacts, type FactsLinkProblem } from './facts-link';
export { settles, kindsOf } from './conditions';
export { platformOf, kindsOfPlatform, platforms, type Platform } from './case-kinds';
