import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INDEX_FILE_BYTES } from '../../src/search/budget';
import { searchIndexFromFiles } from '../../src/search/from-files';
import { MAX_QUERY, createSearch } from '../../src/search/query';
import { sectionsOfFile } from '../../src/search/types';
import { tenfold } from './tenfold';
import { isFiller, normalise } from '../../src/search/words';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
import { querySet, type LabelledQuery } from './labelled-queries';
import { deepWords } from './deep-words';

const files = Object.values(searchIndexFromFiles());
const search = createSearch(files);
const keys = new Set(files.flatMap((f) => sectionsOfFile(f).map((s) => s.key)));

/** hit@3 and the misses of a set of labelled queries. */
function hitAt3(set: LabelledQuery[]) {
  const outcomes = set.map(({ q, lang, expect: wanted }) => {
    const hits = search(q, { lang });
    return { q, lang, wanted, top: hits.slice(0, 3).map((h) => h.section.key), count: hits.length };
  });
  const misses = outcomes.filter((o) => !o.top.some((k) => o.wanted.includes(k)));
  return { outcomes, misses, rate: 1 - misses.length / outcomes.length };
}
const report = (misses: { lang: string; q: string; top: string[] }[]) => `misses:\n${misses.map((m) => `  ${m.lang} "${m.q}" → ${m.top.join(' | ')}`).join('\n')}`;

describe('search quality on the labelled query set', () => {
  const { outcomes, misses, rate } = hitAt3(querySet);

  it('has at least 200 queries, more than half of them natural questions, labelling only sections that exist', () => {
    expect(querySet.length).toBeGreaterThanOrEqual(200);
    expect(querySet.filter((q) => q.question).length).toBeGreaterThan(querySet.length / 2);
    const unknown = querySet.flatMap(({ q, expect: wanted }) => wanted.filter((k) => !keys.has(k)).map((k) => `${q}: ${k}`));
    expect(unknown).toEqual([]);
  });

  it('returns something for every query', () => {
    expect(outcomes.filter((o) => o.count === 0).map((o) => `${o.lang} ${o.q}`)).toEqual([]);
  });

  it('puts a right section in the top three for at least 95% of queries', () => {
    expect(rate, report(misses)).toBeGreaterThanOrEqual(0.95);
  });

  it('fails when the labels are wrong: the guard bites', () => {
    const shuffled = querySet.map((q, i) => ({ ...q, expect: querySet[(i + 7) % querySet.length]!.expect }));
    expect(hitAt3(shuffled).rate).toBeLessThan(0.95);
  });
});

describe('every word of the handbook is found', () => {
  it('a word drawn from deep inside a section (past the old 280/150-character cut) finds that section in the top three, ≥ 95% of the time', () => {
    const probes = deepWords(files, 400, 19);
    expect(probes.length).toBeGreaterThanOrEqual(300);
    const missed = probes.filter(
      (p) =>
        !search(p.word, { lang: p.lang })
          .slice(0, 3)
          .some((h) => h.section.key === p.key),
    );
    expect(
      1 - missed.length / probes.length,
      missed
        .slice(0, 20)
        .map((m) => `${m.lang} ${m.word} → ${m.key}`)
        .join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  }, 60_000);

  it('any word of any section, template, glossary entry or rule text finds something', () => {
    const sections = files.flatMap(sectionsOfFile);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sections.length - 1 }), fc.nat(), (at, pick) => {
        const s = sections[at]!;
        const text = normalise(s.body);
        const latin = text.match(/[a-z]{3,}/g) ?? [];
        const chinese = [...segmenter.segment(text)].filter((w) => w.isWordLike && /^[\u3400-\u9fff]{2,}$/.test(w.segment)).map((w) => w.segment);
        const pool = [...latin, ...chinese].filter((w) => !isFiller(w));
        if (!pool.length) return;
        const word = pool[pick % pool.length]!;
        expect(search(word, { lang: s.lang }).length, word).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 60_000);
});

describe('skipping what cannot reach the top', () => {
  // On a handbook ten times this size, where most queries match far more sections than it keeps.
  const big = createSearch(files.map(tenfold));
  it('changes no result: any run of handbook words, any limit or filter, ranks as when every section is scored in full', () => {
    const sections = files.flatMap(sectionsOfFile);
    const words = [...new Set(sections.flatMap((s) => normalise(`${s.heading} ${s.body}`).match(/[a-z]{3,}|[\u3400-\u9fff]{2,4}/g) ?? []))];
    const ranked = (q: string, options: Parameters<typeof search>[1]) => big(q, options).map((h) => `${h.section.lang}:${h.section.key} ${h.score.toFixed(9)}`);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: words.length - 1 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('en' as const, 'zh-cn' as const),
        fc.constantFrom(1, 3, 8, 40),
        fc.constantFrom(undefined, 'amazon' as const, 'ebay' as const),
        (picked, lang, limit, platform) => {
          const q = picked.map((i) => words[i]).join(' ');
          expect(ranked(q, { lang, limit, platform }), q).toEqual(ranked(q, { lang, limit, platform, exhaustive: true }));
        },
      ),
      { numRuns: 300, seed: 23 },
    );
  }, 60_000);
});

describe('any input', () => {
  it('is answered without an error, any characters, any length, and a pasted message by its start', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 400 }),
          fc.constantFrom('(((', '[a-z]+', '\\', '$^', '\ud800', '吗吗吗', 'AZ-999'),
        ),
        fc.constantFrom('en' as const, 'zh-cn' as const),
        (q, lang) => {
          const hits = search(q, { lang });
          expect(hits.length).toBeLessThanOrEqual(8);
          for (const h of hits) for (const [from, to] of h.marks) expect(from < to && to <= h.snippet.length).toBe(true);
          expect(typeof search.covers(q)).toBe('boolean');
          for (const s of search.suggest(q)) expect(search(s, { lang: 'en' }).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
    const message = `Hello, my order never arrived and the tracking shows delivered. ${'I want a refund now. '.repeat(600)}`;
    expect(search(message, { lang: 'en' })).toEqual(search(message.slice(0, MAX_QUERY), { lang: 'en' }));
  }, 60_000);
});

describe('did you mean', () => {
  it('every suggestion for a misspelt handbook word finds something itself', () => {
    const vocabulary = [...new Set(files.flatMap((f) => f.sections.body.flatMap((b) => normalise(b).match(/[a-z]{5,}/g) ?? [])))];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: vocabulary.length - 1 }), fc.nat(), (at, cut) => {
        const word = vocabulary[at]!;
        const i = 1 + (cut % (word.length - 1));
        const typo = `${word.slice(0, i)}q${word.slice(i + 1)}x`;
        for (const suggestion of search.suggest(typo)) expect(search(suggestion, { lang: 'en' }).length, `${typo} → ${suggestion}`).toBeGreaterThan(0);
      }),
      { numRuns: 200, seed: 11 },
    );
  }, 60_000);

  it('offers nothing that finds nothing', () => {
    expect(search.suggest('zzqxv wwkkq')).toEqual([]);
  });
});

describe('the index of one language', () => {
  it(`fits its share of the first-search budget (${INDEX_FILE_BYTES / 1024} KB gzip)`, () => {
    for (const file of files) expect(gzipSync(JSON.stringify(file)).length, file.lang).toBeLessThanOrEqual(INDEX_FILE_BYTES);
  });

  it('keeps every word: no section body is cut', () => {
    const longest = Math.max(...files.flatMap((f) => f.sections.body.map((b) => b.length)));
    expect(longest).toBeGreaterThan(1000);
    const en = files.find((f) => f.lang === 'en')!;
    // Words the old index cut off (past 280 characters of their sections).
    for (const word of ['obscene', 'haggle', 'sarcasm', 'empathy', 'serial'])
      expect(
        en.sections.body.some((b) => b.toLowerCase().includes(word)),
        word,
      ).toBe(true);
  });
});
