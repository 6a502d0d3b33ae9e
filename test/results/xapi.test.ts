import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ruleById } from '../../src/engine/loaded-policy';
import { extensionKey, isoDuration, readResultFile, statementProblems, statementsFor, writeResultFile, type ResultFile, type Statement } from '../../src/results';
import { resultInput, validFile } from './fixtures';
import { nowArbitrary, resultInputArbitrary } from './result-arbitrary';

const homePage = 'https://casebook.example.com';

async function fileOf(seed: string, index: number, kind: 'quiz' | 'course'): Promise<ResultFile> {
  const read = await readResultFile((await validFile(seed, index, kind)).text);
  if (!read.ok) throw new Error(`invalid fixture: ${read.problems.join('; ')}`);
  return read.file;
}

const written = async (input: Parameters<typeof writeResultFile>[0], now: Date | string): Promise<ResultFile> => {
  const read = await readResultFile((await writeResultFile(input, now)).text);
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.file;
};

const verbName = (statement: Statement) => statement.verb.id.replace('http://adlnet.gov/expapi/verbs/', '');

describe('xAPI statements', () => {
  it('every statement of any result passes the 1.0.3 checks', async () => {
    await fc.assert(
      fc.asyncProperty(resultInputArbitrary, nowArbitrary, async (input, now) => {
        const statements = statementsFor(await written(input, now), { homePage });
        for (const statement of statements) expect(statementProblems(statement)).toEqual([]);
        // …including after a trip through JSON, as a record store receives them.
        expect(JSON.parse(JSON.stringify(statements)).flatMap(statementProblems)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a quiz: passed or failed with its score, then one answered per item inside the quiz, with its rule IDs', async () => {
    for (const index of [0, 1, 2, 3]) {
      const file = await fileOf('xapi', index, 'quiz');
      if (file.kind !== 'quiz') throw new Error('fixture is not a quiz');
      const [main, ...answered] = statementsFor(file, { homePage });
      expect(verbName(main!)).toBe(file.result.passed ? 'passed' : 'failed');
      expect(main!.result).toEqual({
        score: { scaled: file.result.score / 100, raw: file.result.score, min: 0, max: 100 },
        success: file.result.passed,
        completion: true,
        duration: isoDuration(file.durationMs),
      });
      expect(main!.timestamp).toBe(file.result.finishedAt);
      expect(main!.object.definition?.name).toEqual({ 'en-US': file.title.en, 'zh-CN': file.title['zh-cn'] });
      expect(answered).toHaveLength(file.result.items.length);
      answered.forEach((statement, i) => {
        const item = file.result.items[i]!;
        expect(verbName(statement)).toBe('answered');
        expect(statement.result?.success).toBe(item.correct);
        expect(statement.context?.contextActivities?.parent?.map((parent) => parent.id)).toEqual([main!.object.id]);
        expect(statement.context?.registration).toBe(main!.context?.registration);
        const rules = statement.object.definition?.extensions?.[extensionKey(homePage, 'rules')] as string[];
        expect(rules).toEqual(item.rules);
        for (const rule of rules) expect(ruleById.has(rule)).toBe(true);
      });
    }
  });

  it('a course: completed with the course score, passed or failed per module check, its items inside each check', async () => {
    const file = await fileOf('xapi', 5, 'course');
    if (file.kind !== 'course') throw new Error('fixture is not a course');
    const statements = statementsFor(file, { homePage });
    const [course] = statements;
    expect(verbName(course!)).toBe('completed');
    const scores = file.modules.map((module) => module.result.score);
    expect(course!.result?.score?.raw).toBe(Math.floor(scores.reduce((a, b) => a + b, 0) / scores.length));
    expect(course!.result?.success).toBe(file.modules.every((module) => module.result.passed));
    const checks = statements.filter((statement) => verbName(statement) !== 'answered' && statement !== course);
    expect(checks.map(verbName)).toEqual(file.modules.map((module) => (module.result.passed ? 'passed' : 'failed')));
    for (const check of checks) expect(check.context?.contextActivities?.parent?.[0]?.id).toBe(course!.object.id);
    const answered = statements.filter((statement) => verbName(statement) === 'answered');
    expect(answered).toHaveLength(file.modules.reduce((sum, module) => sum + module.result.items.length, 0));
    for (const statement of answered) {
      expect(checks.map((check) => check.object.id)).toContain(statement.context?.contextActivities?.parent?.[0]?.id);
      expect(statement.context?.contextActivities?.grouping?.[0]?.id).toBe(course!.object.id);
    }
  });

  it('the actor: by e-mail when the ID is one, otherwise an account on the site', async () => {
    const { input } = resultInput('actor', 0, 'quiz');
    const actorFor = async (trainee: { name: string; id?: string }) =>
      statementsFor(await written({ ...input, trainee }, '2026-03-02T10:00:00Z'), { homePage: `${homePage}/` })[0]!.actor;
    expect(await actorFor({ name: 'Ana', id: 'ana@example.com' })).toEqual({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.com' });
    expect(await actorFor({ name: '王芳', id: 'CS-0142' })).toEqual({ objectType: 'Agent', name: '王芳', account: { homePage, name: 'CS-0142' } });
    expect(await actorFor({ name: 'Tom' })).toEqual({ objectType: 'Agent', name: 'Tom', account: { homePage, name: 'Tom' } });
  });

  it('the same result gives the same statement IDs, even exported again later; another result, other IDs', async () => {
    const { input } = resultInput('ids', 2, 'quiz');
    const first = statementsFor(await written(input, '2026-03-02T10:00:00Z'), { homePage });
    const again = statementsFor(await written(input, '2026-04-15T17:30:00Z'), { homePage });
    expect(again).toEqual(first);
    expect(new Set(first.map((statement) => statement.id)).size).toBe(first.length);
    const other = statementsFor(await written({ ...input, trainee: { name: 'Someone else' } }, '2026-03-02T10:00:00Z'), { homePage });
    for (const statement of other) expect(first.map((s) => s.id)).not.toContain(statement.id);
  });

  it('activity IRIs can be placed where the site serves them', async () => {
    const file = await fileOf('xapi', 0, 'quiz');
    const statements = statementsFor(file, { homePage, idFor: (activity) => `${homePage}/x/${activity.type}/${activity.type === 'item' ? activity.itemId : 'main'}` });
    expect(statements[0]!.object.id).toBe(`${homePage}/x/quiz/main`);
    expect(statements.slice(1).every((statement) => statement.object.id.startsWith(`${homePage}/x/item/`))).toBe(true);
    expect(() => statementsFor(file, { homePage: 'casebook.example.com' })).toThrow(/homePage/);
  });
});

describe('the statement checks bite', () => {
  const valid = async () => statementsFor(await fileOf('bite', 0, 'quiz'), { homePage })[0]!;
  type Mutable = Record<string, unknown> & {
    actor: Record<string, unknown>;
    verb: Record<string, unknown>;
    object: Record<string, unknown>;
    result: Record<string, unknown> & { score: Record<string, unknown> };
  };

  const broken: { what: string; path: RegExp; change: (statement: Mutable) => void }[] = [
    { what: 'an actor with two identifiers', path: /^actor: /, change: (s) => void ((s.actor.mbox = 'mailto:a@example.com'), (s.actor.account = { homePage, name: 'a' })) },
    { what: 'an actor with none', path: /^actor: /, change: (s) => void (delete s.actor.mbox, delete s.actor.account) },
    { what: 'an mbox without mailto:', path: /^actor\.mbox: /, change: (s) => void (delete s.actor.account, (s.actor.mbox = 'a@example.com')) },
    { what: 'a verb ID that is not an IRI', path: /^verb\.id: /, change: (s) => void (s.verb.id = 'passed') },
    { what: 'an object ID that is not an IRI', path: /^object\.id: /, change: (s) => void (s.object.id = 'quiz 1') },
    { what: 'a scaled score above 1', path: /^result\.score\.scaled: /, change: (s) => void (s.result.score.scaled = 1.5) },
    { what: 'a raw score above max', path: /^result\.score\.raw: /, change: (s) => void (s.result.score.raw = 101) },
    { what: 'a raw score below min', path: /^result\.score\.raw: /, change: (s) => void (s.result.score.raw = -1) },
    { what: 'a duration in words', path: /^result\.duration: /, change: (s) => void (s.result.duration = '12 minutes') },
    { what: 'an ID that is not a UUID', path: /^id: /, change: (s) => void (s.id = 'statement-1') },
    { what: 'no ID', path: /^id: /, change: (s) => void delete s.id },
    { what: 'a timestamp not on the calendar', path: /^timestamp: /, change: (s) => void (s.timestamp = '2026-02-30T10:00:00.000Z') },
    { what: 'a timestamp in words', path: /^timestamp: /, change: (s) => void (s.timestamp = 'yesterday') },
    { what: 'a timestamp without a time zone', path: /^timestamp: /, change: (s) => void (s.timestamp = '2026-03-02T10:00:00') },
    { what: 'a property xAPI does not define', path: /^\(root\): /, change: (s) => void (s.score = 80) },
    {
      what: 'an extension key that is not an IRI',
      path: /^object\.definition\.extensions/,
      change: (s) => void ((s.object.definition as Record<string, unknown>).extensions = { rules: ['RET-1'] }),
    },
    { what: 'a language map with a bad tag', path: /^verb\.display/, change: (s) => void (s.verb.display = { 'en US': 'passed' }) },
  ];

  it('the valid statement they start from has no problems', async () => {
    expect(statementProblems(await valid())).toEqual([]);
  });

  for (const { what, path, change } of broken)
    it(`fails ${what}`, async () => {
      const statement = structuredClone(await valid()) as unknown as Mutable;
      change(statement);
      const problems = statementProblems(statement);
      expect(problems.some((problem) => path.test(problem))).toBe(true);
    });

  it('fails what is not a statement at all, without throwing', () => {
    for (const value of [null, 42, 'statement', [], {}]) expect(statementProblems(value).length).toBeGreaterThan(0);
  });
});
