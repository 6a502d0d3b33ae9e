/**
 * Soundness of the blind question sets (blind-questions.ts, blind-questions-2.ts,
 * blind-questions-3.ts): their size, their languages, that every label names a section of the
 * built content and that no question is in another set. Their hit rates are not tested here on purpose: the sets are for
 * `npm run bench:search` to measure, never for the search to be tuned against.
 */
import { describe, expect, it } from 'vitest';
import { searchIndexFromFiles } from '../../src/search/from-files';
import { sectionsOfFile } from '../../src/search/types';
import { blindQuestions } from './blind-questions';
import { blindQuestions2 } from './blind-questions-2';
import { blindQuestions3 } from './blind-questions-3';
import { freshQuestions, hasChinese } from './held-out-questions';
import { heldOutQuestions, querySet, type LabelledQuery } from './labelled-queries';

/** Every `page#section` key the built content has, as the labelled set's test reads them. */
const keys = new Set(Object.values(searchIndexFromFiles()).flatMap((f) => sectionsOfFile(f).map((s) => s.key)));
/** Chinese with an English word of two letters or more (A-to-z, INR, feedback, tracking …). */
const isMixed = (q: string) => hasChinese(q) && /[a-z]{2,}/i.test(q);
const normalised = (q: LabelledQuery) => q.q.trim().toLowerCase();

/** What is wrong with a set's rows: labels that name no section, too few or too many labels, a language that does not match. */
function problemsOf(set: LabelledQuery[]): string[] {
  return set.flatMap(({ q, lang, expect: wanted }) => [
    ...wanted.filter((k) => !keys.has(k)).map((k) => `${q}: no section ${k}`),
    ...(wanted.length < 1 || wanted.length > 4 ? [`${q}: ${wanted.length} labels, want 1–4`] : []),
    ...(new Set(wanted).size !== wanted.length ? [`${q}: a label twice`] : []),
    ...(lang !== (hasChinese(q) ? 'zh-cn' : 'en') ? [`${q}: language ${lang}`] : []),
  ]);
}

/** The questions of `set` that any of `others` already holds, compared trimmed and lower-cased. */
function repeatsOf(set: LabelledQuery[], others: LabelledQuery[]): string[] {
  const seen = new Set(others.map(normalised));
  return set.filter((q) => seen.has(normalised(q))).map((q) => q.q);
}

const tuned = [...querySet, ...heldOutQuestions, ...freshQuestions];

describe.each([
  { name: 'the first blind set', set: blindQuestions, perLanguage: 20, others: tuned },
  { name: 'the second blind set', set: blindQuestions2, perLanguage: 25, others: [...tuned, ...blindQuestions] },
  {
    name: 'the third blind set',
    set: blindQuestions3,
    perLanguage: 25,
    others: [...tuned, ...blindQuestions, ...blindQuestions2],
  },
])('$name', ({ set, perLanguage, others }) => {
  it('has at least 60 questions, all natural questions, none twice', () => {
    expect(set.length).toBeGreaterThanOrEqual(60);
    expect(set.every((q) => q.question)).toBe(true);
    expect(new Set(set.map(normalised)).size).toBe(set.length);
  });

  it(`holds both languages, at least ${perLanguage} of each, and at least 10 mixed Chinese-English questions`, () => {
    expect(set.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(perLanguage);
    const zh = set.filter((q) => q.lang === 'zh-cn');
    expect(zh.length).toBeGreaterThanOrEqual(perLanguage);
    expect(zh.filter((q) => isMixed(q.q)).length).toBeGreaterThanOrEqual(10);
  });

  it('labels every question with 1–4 sections that exist in the built content', () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(problemsOf(set)).toEqual([]);
  });

  it('shares no question with the sets before it', () => {
    expect(repeatsOf(set, others)).toEqual([]);
  });
});

describe('the guards', () => {
  it('fail a row whose label names no section, or that has no label or too many', () => {
    const bad: LabelledQuery[] = [
      { q: 'refund', lang: 'en', expect: ['amazon/return-requests#no-such-anchor'] },
      { q: 'refund', lang: 'en', expect: ['amazon/no-such-page#at-a-glance'] },
      { q: '退款', lang: 'zh-cn', expect: [] },
      { q: '退款', lang: 'en', expect: ['amazon/return-requests#at-a-glance'] },
      { q: 'refund', lang: 'en', expect: Array(5).fill('amazon/return-requests#at-a-glance') as string[] },
    ];
    expect(problemsOf(bad)).toHaveLength(6);
    expect(problemsOf(bad.slice(0, 1))[0]).toContain('no-such-anchor');
  });

  it('catch a question another set already holds, whatever its case or spaces', () => {
    const taken = { q: 'Where Is My Parcel', lang: 'en', expect: [] } as LabelledQuery;
    expect(repeatsOf([{ ...taken, q: ' where is my parcel ' }], [taken])).toEqual([' where is my parcel ']);
    expect(repeatsOf([{ ...taken, q: 'where is my refund' }], [taken])).toEqual([]);
  });
});
