import type { Lang } from '../../src/engine/text';
import { sectionsOfFile, type SearchIndexFile } from '../../src/search/types';
import { synonymGroups } from '../../src/search/synonyms';
import { isFiller, normalise, stem } from '../../src/search/words';

/** Where the index used to cut each section's body: words past it were not searchable. */
export const OLD_CUT: Record<Lang, number> = { en: 280, 'zh-cn': 150 };

export interface Probe {
  lang: Lang;
  word: string;
  key: string;
}

/** A small seeded generator, so the probes are the same on every run. */
const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

let segmenter: Intl.Segmenter | undefined;

/**
 * Words drawn at random from past the old cut of handbook sections (not templates or glossary
 * entries), each found in at most three sections of its language — the words a reader would
 * search to find that passage: Latin words of five letters or more, Chinese words of two
 * characters or more as Intl.Segmenter cuts them.
 */
export function deepWords(files: SearchIndexFile[], count: number, seed: number): Probe[] {
  const next = random(seed);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const probes: Probe[] = [];
  for (const file of files) {
    const all = sectionsOfFile(file);
    const sections = all.filter((s) => !s.key.includes('#template-') && !s.key.startsWith('reference/glossary#'));
    const bodies = sections.map((s) => normalise(s.body));
    // Rarity is counted over everything the reader can find, templates and glossary included.
    const everything = all.map((s) => normalise(`${s.heading} ${s.body}`));
    const candidates: Probe[] = [];
    sections.forEach((s, i) => {
      // From the first whole word past the cut.
      const deep = bodies[i]!.slice(OLD_CUT[file.lang]).replace(/^[a-z0-9]+/, '');
      const words =
        file.lang === 'en'
          ? (deep.match(/[a-z]{5,}/g) ?? [])
          : [...segmenter!.segment(deep)].filter((w) => w.isWordLike && /^[\u3400-\u9fff]{2,}$/.test(w.segment)).map((w) => w.segment);
      for (const word of new Set(words)) candidates.push({ lang: file.lang, word, key: s.key });
    });
    // Rare as a reader meets it: the word, and its other forms ("backed", "backing"), in at most
    // three sections; not a question word, nor a synonym of a common one.
    const common = new Set(synonymGroups.flat());
    const formsIn = (word: string) => {
      if (file.lang !== 'en') return everything.filter((b) => b.includes(word)).length;
      const root = new RegExp(`(^|[^a-z])${stem(word)}`);
      return everything.filter((b) => root.test(b)).length;
    };
    const rare = candidates.filter((c) => !isFiller(c.word) && !common.has(c.word) && formsIn(c.word) <= 3);
    for (let n = 0; n < count / files.length && rare.length; n++) probes.push(rare.splice(Math.floor(next() * rare.length), 1)[0]!);
  }
  return probes;
}
