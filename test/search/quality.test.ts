import { describe, expect, it } from 'vitest';
import { searchIndexFromFiles } from '../../src/search/from-files';
import { createSearch } from '../../src/search/query';
import { querySet } from './query-set';

const files = Object.values(searchIndexFromFiles());
const search = createSearch(files);
const keys = new Set(files.flatMap((f) => f.sections.map((s) => s.key)));

describe('search quality on the labelled query set', () => {
  const outcomes = querySet.map(({ q, lang, expect: wanted }) => {
    const hits = search(q, { lang });
    return { q, lang, wanted, top: hits.slice(0, 3).map((h) => h.section.key), count: hits.length };
  });

  it('labels only sections that exist, with at least eighty queries', () => {
    expect(querySet.length).toBeGreaterThanOrEqual(80);
    const unknown = querySet.flatMap(({ q, expect: wanted }) => (wanted.some((k) => keys.has(k)) ? [] : [`${q}: ${wanted.join(', ')}`]));
    expect(unknown).toEqual([]);
  });

  it('returns something for every query', () => {
    expect(outcomes.filter((o) => o.count === 0).map((o) => `${o.lang} ${o.q}`)).toEqual([]);
  });

  it('puts a right section in the top three for at least 95% of queries', () => {
    const misses = outcomes.filter((o) => !o.top.some((k) => o.wanted.includes(k)));
    const hitAt3 = 1 - misses.length / outcomes.length;
    expect(hitAt3, `misses:\n${misses.map((m) => `  ${m.lang} "${m.q}" → ${m.top.join(' | ')}`).join('\n')}`).toBeGreaterThanOrEqual(0.95);
  });
});
