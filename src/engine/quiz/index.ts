/**
 * The quiz's public API: settings and the quiz link, question generation from the rules,
 * scoring, and the review queue behind "Practise my weak rules". Pure, like the rest of the engine.
 */
export {
  quizSettingsSchemaOf,
  settingsFromParams,
  type QuizLinkProblem,
  paramsOf,
  quizSettings,
  questionKinds,
  quizPlatforms,
  feedbackModes,
  PASS_MARK,
  MIN_QUESTIONS,
  MAX_QUESTIONS,
  MAX_TIME_LIMIT_MINUTES,
  type QuizSettings,
  type QuizSettingsInput,
} from './settings';
export { optionCount, type Quiz, type QuizItem, type QuizOption, type FactItem, type FactSource, type DecisionItem, type FixReplyItem, type CaseItem } from './item';
export { factQuestions } from './fact-questions';
export { decisionQuestion, kindsFor } from './decision-questions';
export { replyQuestion, faults, findingKindLabels, type Fault } from './reply-questions';
export { authoredCaseQuestions, generatedCaseQuestion, caseItemCorrect, type AuthoredCase } from './case-questions';
export { generateQuiz, quizIdOf, type QuizPool } from './generate';
export { drawingPlatform, unservedMarketplace } from './served-quiz';
export { answerItem, rulesCharged, scoreQuiz, breakdown, type ItemAnswer, type Breakdown, type Tally } from './score';
export {
  emptyQueue,
  recordResult,
  dueRules,
  reviewQueueSchema,
  ruleReviewSchema,
  boxIntervalsDays,
  TOP_BOX,
  type ReviewQueue,
  type RuleReview,
  type Moment,
} from './review-queue';
export type { QuestionKind, ItemOutcome, QuizResult } from './result';
