import { caseKinds, type CaseKind } from '../case-kinds';
import { kindsOf } from '../conditions';
import type { Policy } from '../policy/policy';
import { replyChecks } from '../policy/reply-checks';
import { areas, type Area } from '../policy/types';
import { hashSeed, mulberry32, shuffled, type Random } from '../simulator/random';
import { authoredCaseQuestions, generatedCaseQuestion, type AuthoredCase } from './case-questions';
import { decisionQuestion, kindsFor } from './decision-questions';
import { factQuestions } from './fact-questions';
import type { Quiz, QuizItem, SayBoth } from './item';
import { quizIdOf } from './quiz-id';
import { replyQuestion } from './reply-questions';
import { drawingPlatform, unservedMarketplace } from './served-quiz';
import type { Marketplace } from '../policy/team-schema';
import type { QuestionKind } from './result';
import { questionKinds, type QuizSettings } from './settings';

/**
 * A quiz from its settings: candidates from every question kind allowed, filtered by area,
 * platform and focus rules, then picked round the areas so that no area crowds out the
 * others. Everything random comes from the settings, seed included, so a quiz link gives
 * every trainee the same quiz.
 */

export interface QuizPool {
  /** Authored simulator scenarios the page knows of. */
  scenarios?: readonly AuthoredCase[];
  /** The marketplaces the team serves (team.yaml); absent, every one. */
  served?: readonly Marketplace[];
  /** The engine's messages in both languages, for the items' texts (`SayBoth`). */
  say: SayBoth;
}

/** Most draws of a generator that builds one item at a time: it bounds the work when filters reject most. */
const MAX_DRAWS = 80;

export { quizIdOf } from './quiz-id';

function fits(item: QuizItem, settings: QuizSettings): boolean {
  if (settings.areas.length && !settings.areas.includes(item.area)) return false;
  if (settings.platform !== 'both' && item.platform !== 'both' && item.platform !== settings.platform) return false;
  if (settings.focusRules && !item.rules.some((r) => settings.focusRules!.includes(r))) return false;
  return true;
}

/** Case kinds worth drawing for decision and case items: the platform's, in an area asked for, speaking to a focus rule. */
function caseKindsFor(policy: Policy, settings: QuizSettings): CaseKind[] {
  const kinds = kindsFor(policy, settings);
  if (!settings.focusRules) return kinds;
  const focused = new Set(settings.focusRules.flatMap((id) => (policy.ruleById.get(id)?.branches ?? []).flatMap((b) => kindsOf(b.when) ?? [...caseKinds])));
  return kinds.filter((k) => focused.has(k));
}

/** Whether the reply checker's rules can give a fix-the-reply item these settings accept. */
function replyCanFit(policy: Policy, settings: QuizSettings): boolean {
  const checked = replyChecks.map((c) => c.ruleId);
  if (settings.focusRules && !settings.focusRules.some((r) => checked.includes(r))) return false;
  return !settings.areas.length || policy.rules.some((r) => checked.includes(r.id) && settings.areas.includes(r.area));
}

/** Up to `wanted` distinct items that fit, from `draws` calls of a generator. */
function drawn<T extends QuizItem>(draw: () => T | null, draws: number, wanted: number, settings: QuizSettings): T[] {
  const out = new Map<string, T>();
  for (let i = 0; i < draws && out.size < wanted; i++) {
    const item = draw();
    if (item && fits(item, settings) && !out.has(item.id)) out.set(item.id, item);
  }
  return [...out.values()];
}

/** How many case items a quiz may hold: they take long to play, so a few, unless cases are all that is asked for. */
const caseLimit = (settings: QuizSettings, kinds: readonly QuestionKind[]): number => (kinds.length === 1 ? settings.count : Math.max(1, Math.floor(settings.count / 10)));

function candidates(policy: Policy, settings: QuizSettings, kinds: readonly QuestionKind[], pool: QuizPool, rng: (stream: string) => Random): Map<QuestionKind, QuizItem[]> {
  // Items are picked so that kinds share the quiz; twice a kind's share leaves room for the area spread.
  const wanted = Math.min(settings.count, 2 * Math.ceil(settings.count / kinds.length));
  const drawKinds = caseKindsFor(policy, settings);
  const out = new Map<QuestionKind, QuizItem[]>();
  for (const kind of kinds) {
    if (kind === 'fact')
      out.set(
        kind,
        factQuestions(policy, rng('fact'), settings, pool.say).filter((i) => fits(i, settings)),
      );
    if (kind === 'decision' && drawKinds.length) {
      const random = rng('decision');
      out.set(
        kind,
        drawn(() => decisionQuestion(policy, random, settings, drawKinds, pool.say), MAX_DRAWS, wanted, settings),
      );
    }
    if (kind === 'fix-reply' && replyCanFit(policy, settings)) {
      const random = rng('fix-reply');
      out.set(
        kind,
        drawn(() => replyQuestion(policy, random, settings), MAX_DRAWS, wanted, settings),
      );
    }
    if (kind === 'case') {
      const limit = caseLimit(settings, kinds);
      const authored = authoredCaseQuestions(policy, settings, pool.scenarios ?? []).filter((i) => fits(i, settings));
      const random = rng('case');
      const generated = drawKinds.length ? drawn(() => generatedCaseQuestion(policy, random, settings, drawKinds), MAX_DRAWS, limit, settings) : [];
      out.set(kind, [...authored, ...generated]);
    }
  }
  return out;
}

/**
 * Items that ask about the same rule branch give each other away ("which is recommended?",
 * "which is wrong?"): a quiz holds one of them.
 */
const groupOf = (item: QuizItem): string => (item.kind === 'fact' && item.source.ask !== 'figure' ? `branch:${item.source.rule}:${item.source.branch}` : item.id);

/** The settings that shape the items: how feedback is given or the time allowed never changes the questions. */
const contentKey = (s: QuizSettings): string => JSON.stringify([s.seed, s.areas, s.platform, s.count, s.difficulty, s.kinds ?? null, s.focusRules ?? null]);

export function generateQuiz(policy: Policy, settings: QuizSettings, pool: QuizPool): Quiz {
  const key = contentKey(settings);
  const rng = (stream: string) => mulberry32(hashSeed('quiz', key, stream));
  const kinds = settings.kinds ?? questionKinds;
  const unserved = pool.served && unservedMarketplace(policy, settings, pool.served);
  if (unserved) throw new RangeError(`these quiz settings ask about ${unserved}, a marketplace the team does not serve`);
  // Items are drawn for the marketplaces served; the quiz keeps its settings, and so its ID and module.
  const asked = pool.served ? { ...settings, platform: drawingPlatform(settings.platform, pool.served) } : settings;
  const byKind = candidates(policy, asked, kinds, pool, rng);
  const pick = rng('pick');

  // Per area, per kind, in a seeded order.
  const kindOrder = shuffled(pick, kinds);
  const lists = new Map<Area, Map<QuestionKind, QuizItem[]>>();
  for (const area of shuffled(pick, areas)) {
    const perKind = new Map(
      kindOrder.map((kind) => [
        kind,
        shuffled(
          pick,
          (byKind.get(kind) ?? []).filter((i) => i.area === area),
        ),
      ]),
    );
    if ([...perKind.values()].some((l) => l.length)) lists.set(area, perKind);
  }

  const chosen: QuizItem[] = [];
  const groups = new Set<string>();
  const used = new Map<QuestionKind, number>(kinds.map((k) => [k, 0]));
  const limit = caseLimit(settings, kinds);
  /** The next item of an area: of the kind used least so far, so kinds mix as areas do. */
  const nextOf = (perKind: Map<QuestionKind, QuizItem[]>): QuizItem | undefined => {
    for (const list of perKind.values()) while (list.length && groups.has(groupOf(list[0]!))) list.shift();
    const open = kindOrder.filter((k) => perKind.get(k)?.length && (k !== 'case' || used.get(k)! < limit));
    const kind = open.sort((a, b) => used.get(a)! - used.get(b)!)[0];
    return kind && perKind.get(kind)!.shift();
  };
  // Round the areas, one item from each in turn, until the quiz is full or nothing is left.
  for (let progress = true; progress && chosen.length < settings.count;) {
    progress = false;
    for (const perKind of lists.values()) {
      if (chosen.length === settings.count) break;
      const item = nextOf(perKind);
      if (!item) continue;
      progress = true;
      groups.add(groupOf(item));
      used.set(item.kind, used.get(item.kind)! + 1);
      chosen.push(item);
    }
  }
  const items = shuffled(pick, chosen);
  return { id: quizIdOf(settings), settings, items, shortfall: settings.count - items.length };
}
