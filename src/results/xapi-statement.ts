import type { L10n } from '../engine/text';
import type { QuestionKind } from '../engine/quiz/result';

/**
 * The parts of an xAPI 1.0.3 statement that Casebook writes, and the vocabulary it uses: ADL
 * verbs and activity types, so any learning record store or LMS reads them without a profile.
 */

/** Language tag (RFC 5646) → text. */
export type LanguageMap = Record<string, string>;

export interface Agent {
  objectType: 'Agent';
  name?: string;
  /** Exactly one identifier: `mbox` (mailto:) or `account`. */
  mbox?: string;
  account?: { homePage: string; name: string };
}

export interface ActivityDefinition {
  name?: LanguageMap;
  description?: LanguageMap;
  type?: string;
  extensions?: Record<string, unknown>;
}

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition?: ActivityDefinition;
}

export interface Verb {
  id: string;
  display: LanguageMap;
}

export interface StatementResult {
  score?: { scaled: number; raw: number; min: number; max: number };
  success?: boolean;
  completion?: boolean;
  duration?: string;
}

export interface StatementContext {
  registration?: string;
  contextActivities?: { parent?: Activity[]; grouping?: Activity[] };
  platform?: string;
  extensions?: Record<string, unknown>;
}

export interface Statement {
  id: string;
  actor: Agent;
  verb: Verb;
  object: Activity;
  result?: StatementResult;
  context?: StatementContext;
  timestamp: string;
}

export const XAPI_VERSION = '1.0.3';

export type VerbName = 'passed' | 'failed' | 'completed' | 'answered';

const verbDisplay: Record<VerbName, L10n> = {
  passed: { en: 'passed', 'zh-cn': '通过' },
  failed: { en: 'failed', 'zh-cn': '未通过' },
  completed: { en: 'completed', 'zh-cn': '完成' },
  answered: { en: 'answered', 'zh-cn': '作答' },
};

/** xAPI language maps use RFC 5646 tags; the site's language codes are lower case. */
export const languageMapOf = (text: L10n): LanguageMap => ({ 'en-US': text.en, 'zh-CN': text['zh-cn'] });

export const verbOf = (name: VerbName): Verb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: languageMapOf(verbDisplay[name]) });

export const activityTypes = {
  assessment: 'http://adlnet.gov/expapi/activities/assessment',
  course: 'http://adlnet.gov/expapi/activities/course',
  question: 'http://adlnet.gov/expapi/activities/question',
} as const;

export const questionKindLabels: Record<QuestionKind, L10n> = {
  fact: { en: 'Fact question', 'zh-cn': '知识题' },
  decision: { en: 'Decision question', 'zh-cn': '决策题' },
  case: { en: 'Case', 'zh-cn': '案例题' },
  'fix-reply': { en: 'Fix the reply', 'zh-cn': '修改回复' },
};
