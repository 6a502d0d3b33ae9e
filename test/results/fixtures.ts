import { areaLabels, simulator, type Area, type L10n } from '../../src/engine';
import { sayBoth } from '../../src/i18n/say-both';
import { rules } from '../../src/engine/loaded-policy';
import type { ItemOutcome, QuestionKind, QuizResult } from '../../src/engine/quiz/result';
import { pickOne, shuffled, type Random } from '../../src/engine/simulator/random';
import { checksumOf, writeResultFile, type ResultFileInput, type WrittenFile } from '../../src/results';

/**
 * Result files for tests and for the end-to-end test of the trainer page: a cohort of trainees
 * who took the same few quizzes (same items, as a shared quiz link gives) and some the course,
 * each with their own answers, plus broken files of three kinds. Everything follows from the
 * seed, so the same call writes the same files.
 */

export type BrokenKind = 'edited' | 'not-json' | 'wrong-field';
export const brokenKinds: readonly BrokenKind[] = ['edited', 'not-json', 'wrong-field'];

const trainees: { name: string; id?: string }[] = [
  { name: 'Ana López', id: 'ana.lopez@example.com' },
  { name: '王芳', id: 'CS-0142' },
  { name: 'Tom O’Neil' },
  { name: 'Li, "Lily" Wei', id: 'lily.wei@example.com' },
  { name: 'Priya Natarajan', id: 'CS-0207' },
  { name: '陈志强' },
  { name: 'Jonas Müller', id: 'jonas.mueller@example.de' },
  { name: 'Fatima Zahra', id: 'CS-0311' },
  { name: '刘洋', id: 'liu.yang@example.cn' },
];

const questionKinds: readonly QuestionKind[] = ['fact', 'decision', 'case', 'fix-reply'];

/** The first result of a cohort finishes here; each next one some minutes later. */
const FIRST_FINISH_MS = Date.UTC(2026, 2, 2, 9, 0);
const MINUTE_MS = 60_000;

interface QuizPlan {
  quizId: string;
  seed: string;
  title: L10n;
  items: Omit<ItemOutcome, 'correct'>[];
}

const areasWithRules = [...new Set(rules.map((rule) => rule.area))];

function planQuiz(random: Random, seed: string, area: Area, count: number): QuizPlan {
  const quizSeed = `s${((random() * 2 ** 32) >>> 0).toString(36)}`;
  const quizId = `quiz-${area}-${quizSeed}`;
  const pool = rules.filter((rule) => rule.area === area);
  const items = Array.from({ length: count }, (_, n) => {
    const main = pickOne(random, pool);
    const second = random() < 0.3 ? pickOne(random, pool) : main;
    return { itemId: `${quizId}-${n + 1}`, kind: pickOne(random, questionKinds), area, rules: [...new Set([main.id, second.id])] };
  });
  const name = sayBoth(areaLabels[area].name);
  return { quizId, seed: `${seed}-${quizSeed}`, title: { en: `${name.en} quiz`, 'zh-cn': `${name['zh-cn']}测验` }, items };
}

/** The quizzes and course modules a cohort shares. */
function cohortPlan(seed: string | number) {
  const random = simulator.mulberry32(simulator.hashSeed('cohort-plan', seed));
  const areas = shuffled(random, areasWithRules);
  return {
    quizzes: areas.slice(0, 4).map((area) => planQuiz(random, String(seed), area, 6 + Math.floor(random() * 7))),
    modules: areas.slice(4, 7).map((area) => {
      const name = sayBoth(areaLabels[area].name);
      return { moduleId: area, plan: { ...planQuiz(random, String(seed), area, 5), title: { en: `Module check: ${name.en}`, 'zh-cn': `单元测验：${name['zh-cn']}` } } };
    }),
  };
}

/** How likely a trainee is to get an item right: their own skill, less the rule's difficulty, so some rules come out weaker across the cohort. */
function chanceOf(traineeName: string, seed: string | number, ruleIds: string[]): number {
  const skill = 0.55 + (simulator.hashSeed('skill', traineeName, seed) % 40) / 100;
  const difficulty = Math.max(...ruleIds.map((id) => (simulator.hashSeed('difficulty', id) % 35) / 100));
  return skill - difficulty;
}

function take(plan: QuizPlan, random: Random, traineeName: string, seed: string | number, finishedMs: number, minutes: number): QuizResult {
  const items = plan.items.map((item) => ({ ...item, correct: random() < chanceOf(traineeName, seed, item.rules) }));
  const score = Math.floor((100 * items.filter((item) => item.correct).length) / items.length);
  return {
    quizId: plan.quizId,
    seed: plan.seed,
    score,
    passMark: simulator.PASS_MARK,
    passed: score >= simulator.PASS_MARK,
    startedAt: new Date(finishedMs - minutes * MINUTE_MS).toISOString(),
    finishedAt: new Date(finishedMs).toISOString(),
    items,
  };
}

/** The index-th valid result of a cohort, and when it was exported. `kind` forces a quiz or the course. */
export function resultInput(seed: string | number, index: number, kind?: 'quiz' | 'course'): { input: ResultFileInput; exportedAt: string } {
  const random = simulator.mulberry32(simulator.hashSeed('cohort-result', seed, index));
  const plan = cohortPlan(seed);
  const trainee = trainees[index % trainees.length]!;
  const finishedMs = FIRST_FINISH_MS + index * 47 * MINUTE_MS;
  const exportedAt = new Date(finishedMs + 2 * MINUTE_MS).toISOString();
  const pauseMs = Math.floor(random() * 60) * 1000;

  if ((kind ?? (index % 6 === 5 ? 'course' : 'quiz')) === 'quiz') {
    const quiz = plan.quizzes[index % plan.quizzes.length]!;
    const minutes = 4 + Math.floor(random() * 20);
    const result = take(quiz, random, trainee.name, seed, finishedMs, minutes);
    return { input: { kind: 'quiz', trainee, title: quiz.title, durationMs: minutes * MINUTE_MS - pauseMs, result }, exportedAt };
  }
  // Module checks one after another, the last finishing at the course's finish.
  const minutes = plan.modules.map(() => 3 + Math.floor(random() * 8));
  let end = finishedMs - minutes.slice(1).reduce((sum, m) => sum + m * MINUTE_MS, 0);
  const modules = plan.modules.map(({ moduleId, plan: check }, i) => {
    const result = take(check, random, trainee.name, seed, end, minutes[i]!);
    end += (minutes[i + 1] ?? 0) * MINUTE_MS;
    return { moduleId, title: check.title, result };
  });
  const total = minutes.reduce((sum, m) => sum + m, 0) * MINUTE_MS;
  return {
    input: { kind: 'course', courseId: 'onboarding', trainee, title: { en: 'Onboarding course', 'zh-cn': '新员工入职课程' }, durationMs: total - pauseMs, modules },
    exportedAt,
  };
}

export async function validFile(seed: string | number, index: number, kind?: 'quiz' | 'course'): Promise<WrittenFile> {
  const { input, exportedAt } = resultInput(seed, index, kind);
  return writeResultFile(input, exportedAt);
}

/** A valid file broken one way: edited by hand (checksum mismatch), cut off (not JSON), or a wrong field under a correct checksum. */
export async function breakFile(kind: BrokenKind, file: WrittenFile): Promise<WrittenFile> {
  if (kind === 'not-json') return { name: file.name, text: file.text.slice(0, Math.floor(file.text.length / 2)) };
  const data = JSON.parse(file.text) as { result: { score: number; passed: unknown }; checksum: string };
  if (kind === 'edited') {
    data.result.score = data.result.score >= 90 ? data.result.score - 10 : data.result.score + 10;
    return { name: file.name, text: JSON.stringify(data, null, 2) };
  }
  data.result.passed = 'yes';
  const { checksum: _old, ...rest } = data;
  return { name: file.name, text: JSON.stringify({ ...rest, checksum: await checksumOf(rest) }, null, 2) };
}

/** `count` files in a seeded order, `brokenCount` of them broken (the kinds in turn). */
export async function cohortFiles(count: number, brokenCount: number, seed: string | number): Promise<WrittenFile[]> {
  if (brokenCount > count) throw new RangeError('more broken files than files');
  const validCount = count - brokenCount;
  const files = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      i < validCount ? validFile(seed, i) : validFile(seed, i, 'quiz').then((file) => breakFile(brokenKinds[(i - validCount) % brokenKinds.length]!, file)),
    ),
  );
  return shuffled(simulator.mulberry32(simulator.hashSeed('cohort-order', seed)), files);
}
