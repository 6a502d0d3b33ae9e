import { readableRuleOf } from '../engine/readable-rule';
import { ruleById, policy } from '../engine/loaded-policy';
import type { L10n } from '../engine/text';
import type { ItemOutcome, QuizResult } from '../engine/quiz/result';
import { canonicalJson } from './canonical-json';
import { outcomeOf } from './file-outcome';
import { isoDuration } from './iso-duration';
import type { ResultFile, Trainee } from './result-file';
import { URL_NAMESPACE, uuidV5 } from './uuid-v5';
import {
  activityTypes,
  languageMapOf,
  questionKindLabels,
  verbOf,
  type Activity,
  type Agent,
  type Statement,
  type StatementContext,
  type StatementResult,
} from './xapi-statement';

/**
 * A result file as xAPI 1.0.3 statements: one `passed`/`failed` for a quiz (for the course, one
 * `completed` plus one `passed`/`failed` per module check), then one `answered` per item, inside
 * its quiz (`context.contextActivities.parent`) and carrying the rule IDs it tested.
 *
 * Every statement is built from the result alone, never from the time of export or sending, and
 * its ID is a name-based UUID of its own content: resending a result gives the same statements
 * with the same IDs, which a record store treats as already stored rather than as new attempts.
 */

/** What an activity IRI is for; `idFor` may place them where the site's pages are. */
export type ActivityRef =
  { type: 'quiz'; quizId: string } | { type: 'course'; courseId: string } | { type: 'module'; courseId: string; moduleId: string } | { type: 'item'; itemId: string };

export interface StatementOptions {
  /** The site's origin (and base path), e.g. `https://casebook.example.com`. */
  homePage: string;
  idFor?: (activity: ActivityRef) => string;
}

const STATEMENT_NAMESPACE = uuidV5('casebook:xapi:statement', URL_NAMESPACE);
const REGISTRATION_NAMESPACE = uuidV5('casebook:xapi:registration', URL_NAMESPACE);

const encode = encodeURIComponent;

const defaultIdFor =
  (home: string) =>
  (activity: ActivityRef): string => {
    switch (activity.type) {
      case 'quiz':
        return `${home}/quiz/?id=${encode(activity.quizId)}`;
      case 'course':
        return `${home}/course/?id=${encode(activity.courseId)}`;
      case 'module':
        return `${home}/course/?id=${encode(activity.courseId)}&module=${encode(activity.moduleId)}`;
      case 'item':
        return `${home}/quiz/item/?id=${encode(activity.itemId)}`;
    }
  };

/** The extension key under which an item's rule IDs (and its area) travel. */
export const extensionKey = (homePage: string, name: 'rules' | 'area'): string => `${siteOf(homePage)}/xapi/extensions/${name}`;

function siteOf(homePage: string): string {
  const home = homePage.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/]+/.test(home)) throw new Error(`homePage must be the site's http(s) address, got "${homePage}"`);
  return home;
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The trainee as an xAPI Agent: by e-mail when the ID is one, otherwise as an account on this site. */
export function actorOf(trainee: Trainee, homePage: string): Agent {
  if (trainee.id && emailPattern.test(trainee.id)) return { objectType: 'Agent', name: trainee.name, mbox: `mailto:${trainee.id}` };
  return { objectType: 'Agent', name: trainee.name, account: { homePage: siteOf(homePage), name: trainee.id ?? trainee.name } };
}

const activity = (id: string, type: string, name: L10n, extensions?: Record<string, unknown>): Activity => ({
  objectType: 'Activity',
  id,
  definition: { name: languageMapOf(name), type, ...(extensions ? { extensions } : {}) },
});

/** A parent or grouping activity: its ID is all a context needs. */
const reference = (of: Activity): Activity => ({ objectType: 'Activity', id: of.id });

function itemName(item: ItemOutcome): L10n {
  const label = questionKindLabels[item.kind];
  const subject = (lang: keyof L10n, separator: string) =>
    item.rules.length === 0
      ? item.itemId
      : item.rules
          .map((id) => {
            // A rule this playbook no longer has (a result from an older one) is named by its ID alone.
            const title = ruleById.has(id) ? readableRuleOf(policy, id).title[lang] : undefined;
            if (!title) return id;
            return lang === 'en' ? `${title} (${id})` : `${title}（${id}）`;
          })
          .join(separator);
  return { en: `${label.en}: ${subject('en', '; ')}`, 'zh-cn': `${label['zh-cn']}：${subject('zh-cn', '；')}` };
}

const scoreResult = (score: number, passed: boolean, durationMs: number): StatementResult => ({
  score: { scaled: score / 100, raw: score, min: 0, max: 100 },
  success: passed,
  completion: true,
  duration: isoDuration(durationMs),
});

const spent = (result: QuizResult): number => Math.max(0, Date.parse(result.finishedAt) - Date.parse(result.startedAt));

export function statementsFor(file: ResultFile, options: StatementOptions): Statement[] {
  const home = siteOf(options.homePage);
  const idFor = options.idFor ?? defaultIdFor(home);
  const actor = actorOf(file.trainee, home);
  const outcome = outcomeOf(file);
  const statements: Omit<Statement, 'id'>[] = [];

  const main =
    file.kind === 'quiz'
      ? activity(idFor({ type: 'quiz', quizId: file.result.quizId }), activityTypes.assessment, file.title)
      : activity(idFor({ type: 'course', courseId: file.courseId }), activityTypes.course, file.title);
  // One registration per attempt, so a record store groups the statements of this result.
  const registration = uuidV5(canonicalJson({ actor, activity: main.id, startedAt: outcome.startedAt }), REGISTRATION_NAMESPACE);
  const base: Pick<StatementContext, 'registration' | 'platform'> = { registration, platform: 'Casebook' };

  statements.push({
    actor,
    verb: verbOf(file.kind === 'quiz' ? (outcome.passed ? 'passed' : 'failed') : 'completed'),
    object: main,
    result: scoreResult(outcome.score, outcome.passed, file.durationMs),
    context: base,
    timestamp: outcome.finishedAt,
  });

  const answered = (items: ItemOutcome[], quiz: Activity, finishedAt: string, grouping?: Activity) =>
    items.map((item): Omit<Statement, 'id'> => ({
      actor,
      verb: verbOf('answered'),
      object: activity(idFor({ type: 'item', itemId: item.itemId }), activityTypes.question, itemName(item), {
        [extensionKey(home, 'rules')]: item.rules,
        [extensionKey(home, 'area')]: item.area,
      }),
      result: { success: item.correct, completion: true },
      context: { ...base, contextActivities: { parent: [reference(quiz)], ...(grouping ? { grouping: [reference(grouping)] } : {}) } },
      timestamp: finishedAt,
    }));

  if (file.kind === 'quiz') {
    statements.push(...answered(file.result.items, main, file.result.finishedAt));
  } else {
    for (const module of file.modules) {
      const check = activity(idFor({ type: 'module', courseId: file.courseId, moduleId: module.moduleId }), activityTypes.assessment, module.title);
      statements.push({
        actor,
        verb: verbOf(module.result.passed ? 'passed' : 'failed'),
        object: check,
        result: scoreResult(module.result.score, module.result.passed, spent(module.result)),
        context: { ...base, contextActivities: { parent: [reference(main)] } },
        timestamp: module.result.finishedAt,
      });
      statements.push(...answered(module.result.items, check, module.result.finishedAt, main));
    }
  }

  // The position is part of the name, so even two identical statements never share an ID
  // (a record store rejects a batch that repeats one).
  return statements.map((statement, i) => ({ id: uuidV5(`${i}|${canonicalJson(statement)}`, STATEMENT_NAMESPACE), ...statement }));
}
