import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/engine/bounded-json';
import { readChosenFile, readChosenFiles, type FileLike } from '../../src/results';

/** A file that says how large it is and counts how often its text is read. */
function fakeFile(name: string, size: number, text: () => Promise<string>): FileLike & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    text: () => {
      file.reads += 1;
      return text();
    },
  };
  return file;
}

describe('a chosen file', () => {
  it('is read when it is within the limit', async () => {
    const file = new File(['{"a":1}'], 'small.json', { type: 'application/json' });
    expect(await readChosenFile(file)).toEqual({ name: 'small.json', text: '{"a":1}' });
  });

  it('over the limit (50 MB, or one byte over): refused by its size, its text never read', async () => {
    for (const size of [50 * 1024 * 1024, MAX_FILE_BYTES + 1, Number.NaN, Infinity]) {
      const file = fakeFile('huge.json', size, () => Promise.resolve('never'));
      const chosen = await readChosenFile(file);
      expect(chosen).toMatchObject({ name: 'huge.json', unread: 'too-large' });
      expect(file.reads).toBe(0);
    }
    const atLimit = fakeFile('at-limit.json', MAX_FILE_BYTES, () => Promise.resolve('{}'));
    expect(await readChosenFile(atLimit)).toEqual({ name: 'at-limit.json', text: '{}' });
  });

  it('the browser cannot read it: named as unreadable, never a rejected promise', async () => {
    const file = fakeFile('moved.json', 10, () => Promise.reject(new DOMException('A requested file could not be found', 'NotFoundError')));
    expect(await readChosenFile(file)).toEqual({ name: 'moved.json', unread: 'unreadable', problem: expect.stringContaining('could not be found') });
  });

  it('many at once: every file comes back, in order, whatever each one does', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom('fine', 'huge', 'fails'), { maxLength: 8 }), async (plan) => {
        const files = plan.map((what, i) =>
          fakeFile(`f${i}.json`, what === 'huge' ? MAX_FILE_BYTES * 2 : 2, () => (what === 'fails' ? Promise.reject(new Error('gone')) : Promise.resolve('{}'))),
        );
        const chosen = await readChosenFiles(files);
        expect(chosen.map((file) => file.name)).toEqual(files.map((file) => file.name));
        expect(chosen.map((file) => ('unread' in file ? file.unread : 'text'))).toEqual(plan.map((what) => ({ fine: 'text', huge: 'too-large', fails: 'unreadable' })[what]));
      }),
      { numRuns: 50 },
    );
  });
});
