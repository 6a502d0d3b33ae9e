/**
 * The case simulator's public API: scenarios (schema and generator), the state machine,
 * the best path the rules allow, and scoring. Pure, like the rest of the engine.
 */
export { mergeFacts } from './merge-facts';
export { scenarioSchemaOf, parseScenario, MAX_HIDDEN_FACTS, type Scenario, type ScenarioInput, type HiddenFact, type ScenarioParseResult } from './scenario';
export { isDecision, MAX_REPLY_CHARS, type Decision, type DecisionType } from './decision';
export {
  temperaments,
  investigations,
  buyerQuestions,
  revealers,
  reactions,
  qualities,
  urgencies,
  phases,
  outcomeKinds,
  type Temperament,
  type Investigation,
  type BuyerQuestion,
  type Revealer,
  type Reaction,
  type Quality,
  type Urgency,
  type Phase,
  type OutcomeKind,
} from './vocabulary';
export {
  initialState,
  knownFacts,
  trueFacts,
  unknownFacts,
  triageAnswer,
  neededRevealers,
  roundLimit,
  stepBound,
  AMAZON_ROUND_LIMIT,
  MAX_HINTS_PER_ROUND,
  type SimState,
  type ThreadEntry,
  type Outcome,
  type TriageAnswer,
} from './state';
export { step, play, resume, legalDecisionTypes, checksLeft, checkMinutes, buyerMinutes, minutesFor, type Effect, type StepResult } from './step';
export { draftsFor, type ReplyDraft } from './drafts';
export { bestDecision, bestResolution } from './best-decision';
export { knowableFacts } from './knowable-facts';
export { type NeverDo } from './never-do';
export { bestPath } from './best-path';
export { closingOptions, describeChoice, concreteAction, PERCENT_STEP, OPENING_OFFER_PERCENT } from './playbook-reading';
export { costOf, costModel, moneyOut } from './cost-model';
export { caseDeadlines, replyMeets, type CaseDeadline, type CaseDeadlineStatus } from './case-clock';
export {
  scoreTrace,
  dimensions,
  dimensionWeights,
  bands,
  PASS_MARK,
  HINT_COST,
  NEVER_DO_CAP,
  SKIPPED_CHECK_COST,
  type ScoreReport,
  type ReviewItem,
  type Dimension,
  type DimensionName,
  type Band,
  contributionKinds,
  type Contribution,
  type ContributionKind,
} from './score';
export { generateScenario, topicsFor, type GenerateOptions } from './generate';
export { mulberry32, hashSeed } from './random';
export {
  generateShift,
  initialShiftState,
  openCase,
  leaveCase,
  resumeCase,
  stepShift,
  waitForNext,
  endShift,
  shiftCase,
  caseStateIn,
  inboxStatus,
  workRank,
  workLabel,
  SHIFT_MIN_CASES,
  SHIFT_MAX_CASES,
  type Shift,
  type ShiftCase,
  type ShiftState,
  type ShiftResult,
  type OrderSlip,
  type InboxStatus,
} from './shift';
export { shiftReport, type ShiftReport, type ReplyStanding } from './shift-report';
