import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineWordsIn } from './inline-words';

/**
 * Each language has one catalog (src/i18n/en.ts, zh-cn.ts): outside the engine (whose words
 * are its own part of the issue) and the catalogs themselves, no module writes words in both
 * languages in place. The few that must are listed here, each with its reason and its count,
 * so a new one fails this test and a removed one asks for its entry to go.
 */

const root = path.resolve(__dirname, '../..');

/** Files (under src/) allowed to hold `{ en, 'zh-cn' }` words in place: how many, and why. */
const allowed: Record<string, { count: number; why: string }> = {
  'results/xapi-statement.ts': {
    count: 8,
    why: 'xAPI verb displays and question-kind names are language maps holding every language in the statement itself; src/results may not import the catalog, and statements sent to a record store keep their shape.',
  },
};

const outsideEngineAndCatalog = (file: string) => !file.startsWith('engine/') && !file.startsWith('i18n/');

const countsByFile = (found: { file: string }[]) => found.reduce<Record<string, number>>((counts, { file }) => ({ ...counts, [file]: (counts[file] ?? 0) + 1 }), {});

describe('words in both languages live in the catalogs', () => {
  it('no module outside src/engine and src/i18n writes them in place, but the allowed ones', () => {
    const found = inlineWordsIn(path.join(root, 'src')).filter((f) => outsideEngineAndCatalog(f.file));
    expect(countsByFile(found)).toEqual(Object.fromEntries(Object.entries(allowed).map(([file, { count }]) => [file, count])));
  });

  it('the engine modules whose words moved to the catalogs (src/engine/message-codes.ts) write none in place', () => {
    const converted = [
      'simulator/step.ts',
      'simulator/score.ts',
      'simulator/never-do.ts',
      'simulator/shift-report.ts',
      'no-recommendation.ts',
      'policy/area-labels.ts',
      'policy/reply-checks.ts',
      'policy/reply-checks-contact.ts',
      'policy/reply-checks-feedback.ts',
      'action-labels.ts',
      'fact-labels.ts',
    ];
    const found = inlineWordsIn(path.join(root, 'src/engine')).filter((f) => converted.includes(f.file));
    expect(found).toEqual([]);
    // Files still writing the engine's words in place are found, so the list above is checked against something that could fail.
    expect(inlineWordsIn(path.join(root, 'src/engine')).some((f) => f.file === 'simulator/buyer.ts')).toBe(true);
  });

  it('every allowed file says why', () => {
    for (const [file, { why }] of Object.entries(allowed)) expect(why.length, file).toBeGreaterThan(40);
  });

  it('finds them however they are written (the guard bites), and leaves pairs that only carry words from elsewhere', () => {
    const found = inlineWordsIn(path.join(root, 'test/lint/fixtures/inline-words'));
    expect(found).toEqual([
      { file: 'Page.astro', line: 3 },
      { file: 'Page.astro', line: 7 },
      { file: 'stray.ts', line: 3 },
      { file: 'stray.ts', line: 4 },
      { file: 'stray.ts', line: 8 },
      { file: 'stray.ts', line: 9 },
      { file: 'stray.ts', line: 10 },
      { file: 'stray.ts', line: 14 },
    ]);
  });
});
