import { advise, advisedAction, judge } from './advise';
import { deadlinesFor } from './clock';
import { describe } from './condition-words';
import { holds, settles } from './conditions';
import { viewOf } from './facts-view';
import { fillFigures } from './figures';
import { highValueLine, isHighValue } from './high-value';
import { highValueWords } from './high-value-words';
import type { Policy } from './policy/policy';
import { factsFromAnswers, questionsFor } from './questions';
import { readableRule, readableRuleOf, readableRules } from './readable-rule';
import { checkReply } from './reply-check';
import { ruleTitles } from './rule-titles';
import * as quizApi from './quiz';
import * as simulatorApi from './simulator';

/**
 * An engine: the engine's functions bound to one set of rules. Every function of the engine
 * that reads rules takes the `Policy` first (`advise(policy, facts)`); an engine hands it in, so
 * a caller writes `engine.advise(facts)`. The app's engine, made from the rule files (or in the
 * browser from /policy/rules.json) by loaded-policy.ts, is in loaded-engine.ts; a test makes one
 * from any rules.
 *
 * A page's script imports the functions it runs with the policy (`advise(policy, facts)`) rather
 * than an engine, so that it loads only them: an engine holds every function.
 */

/** `f` with its first parameter, the policy, given. */
type WithPolicy<F> = F extends (policy: Policy, ...args: infer A) => infer R ? (...args: A) => R : never;

function bindAll<T extends Record<string, (policy: Policy, ...args: never[]) => unknown>>(policy: Policy, fns: T): { [K in keyof T]: WithPolicy<T[K]> } {
  return Object.fromEntries(Object.entries(fns).map(([name, f]) => [name, (...args: never[]) => f(policy, ...args)])) as { [K in keyof T]: WithPolicy<T[K]> };
}

const core = {
  advise,
  judge,
  advisedAction,
  deadlinesFor,
  describeCondition: describe,
  holds,
  settles,
  viewOf,
  fillFigures,
  highValueLine,
  isHighValue,
  highValueWords,
  questionsFor,
  factsFromAnswers,
  readableRule,
  readableRuleOf,
  readableRules,
  ruleTitles,
};

const simulator = {
  parseScenario: simulatorApi.parseScenario,
  scenarioSchema: simulatorApi.scenarioSchemaOf,
  generateScenario: simulatorApi.generateScenario,
  triageAnswer: simulatorApi.triageAnswer,
  neededRevealers: simulatorApi.neededRevealers,
  roundLimit: simulatorApi.roundLimit,
  stepBound: simulatorApi.stepBound,
  step: simulatorApi.step,
  play: simulatorApi.play,
  resume: simulatorApi.resume,
  draftsFor: simulatorApi.draftsFor,
  bestDecision: simulatorApi.bestDecision,
  bestResolution: simulatorApi.bestResolution,
  bestPath: simulatorApi.bestPath,
  knowableFacts: simulatorApi.knowableFacts,
  closingOptions: simulatorApi.closingOptions,
  caseDeadlines: simulatorApi.caseDeadlines,
  scoreTrace: simulatorApi.scoreTrace,
  generateShift: simulatorApi.generateShift,
  openCase: simulatorApi.openCase,
  resumeCase: simulatorApi.resumeCase,
  stepShift: simulatorApi.stepShift,
  caseStateIn: simulatorApi.caseStateIn,
  inboxStatus: simulatorApi.inboxStatus,
  workRank: simulatorApi.workRank,
  workLabel: simulatorApi.workLabel,
  shiftReport: simulatorApi.shiftReport,
};

const quiz = {
  settingsSchema: quizApi.quizSettingsSchemaOf,
  settingsFromParams: quizApi.settingsFromParams,
  quizSettings: quizApi.quizSettings,
  factQuestions: quizApi.factQuestions,
  decisionQuestion: quizApi.decisionQuestion,
  kindsFor: quizApi.kindsFor,
  replyQuestion: quizApi.replyQuestion,
  authoredCaseQuestions: quizApi.authoredCaseQuestions,
  generatedCaseQuestion: quizApi.generatedCaseQuestion,
  generateQuiz: quizApi.generateQuiz,
  unservedMarketplace: quizApi.unservedMarketplace,
  breakdown: quizApi.breakdown,
};

/** The engine's public API on the rules of `policy`. */
export function createEngine(policy: Policy) {
  return {
    policy,
    ...bindAll(policy, core),
    checkReply,
    simulator: bindAll(policy, simulator),
    quiz: bindAll(policy, quiz),
  };
}

export type Engine = ReturnType<typeof createEngine>;
