import { describe, expect, it } from 'vitest';
import { MAX_DURATION_MS } from '../../src/engine/bounded-numbers';
import { checksumOf, loadCohort, readResultFile, writeResultFile, type ReadResult } from '../../src/results';
import { fileProblemText } from '../../src/components/trainer/file-problem-text';
import { langs, stringsWith } from '../../src/i18n';
import { cohortFiles, resultInput, validFile } from './fixtures';
import { hostileFile, hostileKinds, refusedAs } from './hostile-files';

const kindsOf = (read: ReadResult) => (read.ok ? [] : read.kinds);
const problemsOf = (read: ReadResult) => (read.ok ? [] : read.problems);

describe('a result file that fails a guard is refused for that reason, never thrown on', () => {
  it.each(hostileKinds)(
    '%s',
    async (kind) => {
      const file = await hostileFile(kind, await validFile('hostile', 0, 'quiz'));
      const read = await readResultFile(file.text);
      expect(kindsOf(read)).toContain(refusedAs[kind]);
      expect(problemsOf(read).length).toBeGreaterThan(0);
    },
    30_000,
  );

  it('the +99:99 offset is named at its field', async () => {
    const read = await readResultFile((await hostileFile('offset-out-of-range', await validFile('offset', 0, 'quiz'))).text);
    expect(kindsOf(read)).toEqual(['invalid']);
    expect(problemsOf(read)).toEqual([expect.stringMatching(/^result\.finishedAt: .*offset/)]);
  });

  it('a duration of 1e308 ms, or past a year, is refused; a year exactly is read', async () => {
    const data = JSON.parse((await validFile('duration', 0, 'quiz')).text) as Record<string, unknown>;
    const withDuration = async (durationMs: number) => {
      const { checksum: _old, ...rest }: Record<string, unknown> = { ...data, durationMs };
      return readResultFile(JSON.stringify({ ...rest, checksum: await checksumOf(rest) }));
    };
    for (const durationMs of [1e308, MAX_DURATION_MS + 1]) expect(problemsOf(await withDuration(durationMs))).toEqual([expect.stringMatching(/^durationMs: /)]);
    expect((await withDuration(MAX_DURATION_MS)).ok).toBe(true);
    const { input } = resultInput('write-huge', 0, 'quiz');
    await expect(writeResultFile({ ...input, durationMs: 1e308 }, '2026-03-02T10:00:00Z')).rejects.toThrow(/durationMs/);
  });

  it('every reason has a label in both languages', () => {
    for (const kind of Object.values(refusedAs)) {
      for (const lang of langs) expect(fileProblemText(kind, stringsWith(lang, 'trainer.'))).toMatch(/\S/);
    }
  });
});

describe('a cohort with one bad file of each kind among good ones', () => {
  it('shows the good ones and names each bad one, whatever the kind', async () => {
    const good = await cohortFiles(8, 0, 'hostile-cohort');
    const bad = await Promise.all(hostileKinds.map(async (kind, i) => hostileFile(kind, await validFile('hostile-cohort-bad', i, 'quiz'))));
    const unread = [
      { name: 'huge.json', unread: 'too-large' as const, problem: '(root): the file is 50.0 MB; files over 5.0 MB are not read' },
      { name: 'gone.json', unread: 'unreadable' as const, problem: '(root): the browser could not read the file (NotFoundError)' },
    ];
    const cohort = await loadCohort([...good.slice(0, 4), ...bad, ...unread, ...good.slice(4)]);
    expect(cohort.rows.map((row) => row.fileName).sort()).toEqual(good.map((file) => file.name).sort());
    expect(cohort.rejected.map((file) => file.name).sort()).toEqual([...bad.map((file) => file.name), 'huge.json', 'gone.json'].sort());
    for (const [i, kind] of hostileKinds.entries()) expect(cohort.rejected.find((file) => file.name === bad[i]!.name)?.kinds).toContain(refusedAs[kind]);
    expect(cohort.rejected.find((file) => file.name === 'huge.json')).toEqual({ name: 'huge.json', kinds: ['too-large'], problems: [unread[0]!.problem] });
    expect(cohort.rejected.find((file) => file.name === 'gone.json')?.kinds).toEqual(['unreadable']);
  }, 60_000);
});
