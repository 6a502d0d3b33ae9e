/**
 * Soundness of the second blind question set (blind-questions-2.ts): its size, its languages
 * and that every label names a section of the built content. Its hit rate is not tested here on
 * purpose: the set is for `npm run bench:search` to measure, never for the search to be tuned
 * against.
 */
import { describe, expect, it } from 'vitest';
import { searchIndexFromFiles } from '../../src/search/from-files';
import { sectionsOfFile } from '../../src/search/types';
import { blindQuestions } from './blind-questions';
import { blindQuestions2 } from './blind-questions-2';
import { freshQuestions, hasChinese } from './held-out-questions';
import { heldOutQuestions, querySet, type LabelledQuery } from './labelled-queries';

/** Every `page#section` key the built content has, as the labelled set's test reads them. */
const keys = new Set(Object.values(searchIndexFromFiles()).flatMap((f) => sectionsOfFile(f).map((s) => s.key)));
/** Chinese with an English word of two letters or more (A-to-z, INR, ODR, eBay …). */
const isMixed = (q: string) => hasChinese(q) && /[a-z]{2,}/i.test(q);

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
  const seen = new Set(others.map((q) => q.q.trim().toLowerCase()));
  return set.filter((q) => seen.has(q.q.trim().toLowerCase())).map((q) => q.q);
}

describe('the second blind question set', () => {
  it('has at least 60 questions, all natural questions, none twice', () => {
    expect(blindQuestions2.length).toBeGreaterThanOrEqual(60);
    expect(blindQuestions2.every((q) => q.question)).toBe(true);
    expect(new Set(blindQuestions2.map((q) => q.q.trim().toLowerCase())).size).toBe(blindQuestions2.length);
  });

  it('holds both languages in a fair share, at least 25 of each, and at least 10 mixed Chinese-English questions', () => {
    const zh = blindQuestions2.filter((q) => q.lang === 'zh-cn');
    const en = blindQuestions2.filter((q) => q.lang === 'en');
    expect(en.length).toBeGreaterThanOrEqual(25);
    expect(zh.length).toBeGreaterThanOrEqual(25);
    expect(zh.filter((q) => isMixed(q.q)).length).toBeGreaterThanOrEqual(10);
  });

  it('labels every question with 1–4 sections that exist in the built content', () => {
    expect(keys.size).toBeGreaterThan(100);
    expect(problemsOf(blindQuestions2)).toEqual([]);
  });

  it('shares no question with any other set, the first blind set included', () => {
    expect(repeatsOf(blindQuestions2, [...querySet, ...heldOutQuestions, ...freshQuestions, ...blindQuestions])).toEqual([]);
  });

  it('fails a row whose label names no section, or that has no label or too many: the guard bites', () => {
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

  it('catches a question another set already holds, whatever its case or spaces: the overlap guard bites', () => {
    const taken = { q: 'Where Is My Parcel', lang: 'en', expect: [] } as LabelledQuery;
    expect(repeatsOf([{ ...taken, q: ' where is my parcel ' }], [taken])).toEqual([' where is my parcel ']);
    expect(repeatsOf([{ ...taken, q: 'where is my refund' }], [taken])).toEqual([]);
  });
});
