import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checksumOf, readResultFile, RESULT_FILE_VERSION, writeResultFile, type ReadResult, type ResultFileInput } from '../../src/results';
import { breakFile, resultInput, validFile } from './fixtures';
import { nowArbitrary, resultInputArbitrary } from './result-arbitrary';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const problemsOf = (read: ReadResult) => (read.ok ? { kinds: [], problems: [] } : { kinds: read.kinds, problems: read.problems });

/** Every leaf of a JSON value, by path. */
function leaves(value: Json, path: Path = []): { path: Path; value: Json }[] {
  if (value !== null && typeof value === 'object')
    return Array.isArray(value) ? value.flatMap((entry, i) => leaves(entry, [...path, i])) : Object.entries(value).flatMap(([key, entry]) => leaves(entry, [...path, key]));
  return [{ path, value }];
}

function setAt(root: Json, path: Path, value: Json): Json {
  const copy = structuredClone(root);
  let at = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, Json>;
  at[path[path.length - 1]!] = value;
  return copy;
}

/** A value of the same type as `old` that is not equal to it. */
const differentFrom = (old: Json): fc.Arbitrary<Json> =>
  typeof old === 'boolean'
    ? fc.constant(!old)
    : typeof old === 'number'
      ? fc.integer({ min: -1000, max: 100_000 }).filter((n) => n !== old)
      : typeof old === 'string'
        ? fc.string({ maxLength: 30 }).filter((text) => text !== old)
        : fc.constant('changed');

describe('result files', () => {
  it('round-trip: what is written reads back as the same file, for any quiz or course', async () => {
    await fc.assert(
      fc.asyncProperty(resultInputArbitrary, nowArbitrary, async (input, now) => {
        const written = await writeResultFile(input, now);
        const read = await readResultFile(written.text);
        expect(problemsOf(read)).toEqual({ kinds: [], problems: [] });
        if (!read.ok) return;
        const { format, version, exportedAt, checksum, ...content } = read.file;
        expect({ format, version, exportedAt }).toEqual({ format: 'casebook-result', version: RESULT_FILE_VERSION, exportedAt: now.toISOString() });
        expect(content).toEqual(input);
        expect(checksum).toMatch(/^[0-9a-f]{64}$/);
        expect(read.file).toEqual(JSON.parse(written.text));
      }),
      { numRuns: 150 },
    );
  });

  it('the file name is safe: letters, digits and hyphens, then the export date and time', async () => {
    await fc.assert(
      fc.asyncProperty(resultInputArbitrary, nowArbitrary, async (input, now) => {
        const { name } = await writeResultFile(input, now);
        const stamp = now.toISOString().slice(0, 16).replace('T', '-').replace(':', '');
        expect(name).toMatch(/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*\.json$/u);
        expect(name.endsWith(`-${stamp}.json`)).toBe(true);
      }),
      { numRuns: 100 },
    );
    const { name } = await writeResultFile({ ...resultInput('names', 0).input, trainee: { name: '../../José Ñúñez/<CON>' } }, '2026-03-02T09:15:00Z');
    expect(name.startsWith('jose-nunez-con-')).toBe(true);
  });

  it('trims the trainee and leaves out an empty ID', async () => {
    const { input } = resultInput('trim', 1, 'quiz');
    const read = await readResultFile((await writeResultFile({ ...input, trainee: { name: '  王芳 ', id: '  ' } }, '2026-03-02T10:00:00Z')).text);
    expect(read.ok && read.file.trainee).toEqual({ name: '王芳' });
  });

  it('refuses to write a file that would not read back', async () => {
    const { input } = resultInput('refuse', 0, 'quiz');
    await expect(writeResultFile({ ...input, trainee: { name: '   ' } }, '2026-03-02T10:00:00Z')).rejects.toThrow(/trainee\.name/);
    await expect(writeResultFile({ ...input, durationMs: -1 } as ResultFileInput, '2026-03-02T10:00:00Z')).rejects.toThrow(/durationMs/);
  });

  it('any single-field edit after export is detected', async () => {
    const files = await Promise.all([validFile('edits', 0, 'quiz'), validFile('edits', 1, 'course')]);
    const cases = files.map((file) => ({ data: JSON.parse(file.text) as Json }));
    const edit = fc
      .constantFrom(...cases)
      .chain(({ data }) => fc.constantFrom(...leaves(data)).chain((leaf) => differentFrom(leaf.value).map((value) => ({ data, path: leaf.path, value }))));
    await fc.assert(
      fc.asyncProperty(edit, async ({ data, path, value }) => {
        const read = await readResultFile(JSON.stringify(setAt(data, path, value), null, 2));
        expect(read.ok).toBe(false);
        // Format and version are read first and stop the reading; every other edit is named as one.
        if (path[0] === 'format') expect(problemsOf(read).kinds).toEqual(['not-result-file']);
        else if (path[0] === 'version') expect(problemsOf(read).kinds).toEqual([typeof value === 'number' && value > 1 ? 'newer-version' : 'unknown-version']);
        else expect(problemsOf(read).kinds).toContain('edited');
      }),
      { numRuns: 400 },
    );
  });

  it('an added field is an edit too, and is named', async () => {
    const data = JSON.parse((await validFile('added', 0, 'quiz')).text) as Record<string, unknown>;
    const read = await readResultFile(JSON.stringify({ ...data, bonus: 10 }));
    expect(problemsOf(read).kinds).toEqual(['invalid', 'edited']);
    expect(problemsOf(read).problems.some((problem) => problem.includes('bonus'))).toBe(true);
  });

  it('key order and layout are not edits: the checksum is over canonical JSON', async () => {
    const data = JSON.parse((await validFile('layout', 2, 'course')).text) as Json;
    const reversed = (value: Json): Json =>
      value !== null && typeof value === 'object'
        ? Array.isArray(value)
          ? value.map(reversed)
          : Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, entry]) => [key, reversed(entry)]),
            )
        : value;
    expect((await readResultFile(JSON.stringify(reversed(data)))).ok).toBe(true);
    expect((await readResultFile(`\uFEFF${JSON.stringify(data, null, '\t')}`)).ok).toBe(true);
  });

  describe('each broken kind gives its reason', () => {
    it('not JSON', async () => {
      for (const text of ['', 'casebook', (await breakFile('not-json', await validFile('broken', 0))).text]) {
        const read = problemsOf(await readResultFile(text));
        expect(read.kinds).toEqual(['not-json']);
        expect(read.problems).toHaveLength(1);
      }
    });

    it('not a result file', async () => {
      for (const text of ['[]', '42', 'null', '{"format":"casebook-progress","version":1}', '{"version":1}']) {
        const read = problemsOf(await readResultFile(text));
        expect(read.kinds).toEqual(['not-result-file']);
        expect(read.problems[0]).toMatch(/^format: /);
      }
    });

    it('a newer version, and an unknown one', async () => {
      const data = JSON.parse((await validFile('versions', 0)).text) as Record<string, unknown>;
      expect(problemsOf(await readResultFile(JSON.stringify({ ...data, version: RESULT_FILE_VERSION + 1 }))).kinds).toEqual(['newer-version']);
      for (const version of [0, -1, 1.5, '1', null, undefined])
        expect(problemsOf(await readResultFile(JSON.stringify({ ...data, version }))).kinds).toEqual(['unknown-version']);
    });

    it('schema problems, every one with its path', async () => {
      const data = JSON.parse((await validFile('schema', 0, 'quiz')).text) as { result: Record<string, unknown> & { items: Record<string, unknown>[] } };
      data.result.score = 101;
      data.result.items[0]!.kind = 'essay';
      data.result.finishedAt = '2026-02-30T10:00:00Z';
      const unsigned = { ...data, checksum: undefined };
      const read = problemsOf(await readResultFile(JSON.stringify({ ...data, checksum: await checksumOf(unsigned) })));
      expect(read.kinds).toEqual(['invalid']);
      expect(read.problems.some((problem) => problem.startsWith('result.score:'))).toBe(true);
      expect(read.problems.some((problem) => problem.startsWith('result.items.0.kind:'))).toBe(true);
      expect(read.problems.some((problem) => problem.startsWith('result.finishedAt:'))).toBe(true);
    });

    it('a course with a module twice, and a quiz that finished before it started', async () => {
      const course = resultInput('course-twice', 5, 'course').input;
      if (course.kind !== 'course') throw new Error('fixture is not a course');
      const twice = { ...course, modules: [course.modules[0]!, course.modules[0]!] };
      await expect(writeResultFile(twice, '2026-03-02T10:00:00Z')).rejects.toThrow(/modules\.1\.moduleId/);
      const quiz = resultInput('backwards', 0, 'quiz').input;
      if (quiz.kind !== 'quiz') throw new Error('fixture is not a quiz');
      const backwards = { ...quiz, result: { ...quiz.result, startedAt: quiz.result.finishedAt, finishedAt: quiz.result.startedAt } };
      await expect(writeResultFile(backwards, '2026-03-02T10:00:00Z')).rejects.toThrow(/result\.finishedAt/);
    });

    it('edited after export', async () => {
      const read = problemsOf(await readResultFile((await breakFile('edited', await validFile('broken', 1))).text));
      expect(read.kinds).toEqual(['edited']);
      expect(read.problems[0]).toMatch(/^checksum: .*edited after export/);
    });

    it('a wrong field under a good checksum is only a schema problem', async () => {
      const read = problemsOf(await readResultFile((await breakFile('wrong-field', await validFile('broken', 2))).text));
      expect(read.kinds).toEqual(['invalid']);
      expect(read.problems).toEqual([expect.stringMatching(/^result\.passed: /)]);
    });

    it('a wrong field and an edit are both listed', async () => {
      const data = JSON.parse((await validFile('both', 3, 'quiz')).text) as { durationMs: unknown; trainee: Record<string, unknown> };
      data.durationMs = 'long';
      delete data.trainee.name;
      const read = problemsOf(await readResultFile(JSON.stringify(data)));
      expect(read.kinds).toEqual(['invalid', 'edited']);
      expect(read.problems.filter((problem) => /^(durationMs|trainee\.name|checksum):/.test(problem))).toHaveLength(3);
    });
  });
});
