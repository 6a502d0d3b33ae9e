import { eachToken, normalise } from './words';

/**
 * The word index of the loaded sections, built once when an index file arrives: each token
 * (Latin stem or Chinese bigram) → the sections that hold it, with how strongly — in a
 * glossary name pointing at the section, its heading, its path, or its body (and how often).
 * The file ships only the text, which snippets need anyway, so no byte is spent twice.
 */

/** How much a match in each field counts. */
export const FIELD = { alias: 6, heading: 5, head: 3, body: 1 } as const;

export interface IndexedSection {
  heading: string;
  aliases: string;
  head: string;
  body: string;
}

export interface WordIndex {
  /** token → section number → field score (body matches add a little per repeat). */
  postings: Map<string, Map<number, number>>;
  /** Every Latin token, sorted, for prefixes and typo correction. */
  latin: string[];
  /** A word as the handbook spells it, for each Latin stem: what "did you mean" shows. */
  surface: Map<string, string>;
  /** Latin tokens by first letter, for typo correction. */
  byFirst: Map<string, string[]>;
}

/** Builds the word index at once (build time, tests, Node). */
export function buildWordIndex(sections: IndexedSection[]): WordIndex {
  return runSteps(wordIndexSteps(sections));
}

/** Runs a stepwise job to its end, without pausing. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The word index, built a section at a time: the generator yields after every section and
 * between the final passes, so a browser can build it in slices between keystrokes and paints
 * (see `runInSlices`) instead of in one long task.
 */
export function* wordIndexSteps(sections: IndexedSection[]): Generator<void, WordIndex> {
  const postings = new Map<string, Map<number, number>>();
  const surface = new Map<string, string>();
  let at = 0;
  let score = 0;
  const lengths: number[] = [];
  let length = 0;
  // While building, a body-only entry holds minus its count; it becomes a weight at the end.
  const put = (token: string, word?: string) => {
    let row = postings.get(token);
    if (!row) postings.set(token, (row = new Map()));
    const prior = row.get(at);
    if (score === FIELD.body) {
      length++;
      row.set(at, prior === undefined ? -1 : prior < 0 ? prior - 1 : prior);
    } else row.set(at, Math.max(prior ?? 0, score));
    if (word && word.length > 2) {
      const known = surface.get(token);
      if (known === undefined || word.length < known.length) surface.set(token, word);
    }
  };
  for (; at < sections.length; at++) {
    const s = sections[at]!;
    // A word of a glossary name counts as much as a word of the path; the whole name, matched
    // by the query, counts as FIELD.alias (see the search).
    score = 2;
    eachToken(s.aliases, put);
    score = FIELD.heading;
    eachToken(s.heading, put);
    score = FIELD.head;
    eachToken(s.head, put);
    score = FIELD.body;
    length = 0;
    eachToken(s.body, put);
    lengths.push(length);
    yield;
  }
  // BM25's saturation and length norm: a word said often in a short section weighs more than
  // once in a long one, and never more than a heading.
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length);
  const K1 = 1.2;
  const B = 0.75;
  let done = 0;
  for (const row of postings.values()) {
    for (const [i, v] of row)
      if (v < 0) {
        const tf = -v;
        row.set(i, (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[i]!) / average)));
      }
    if (++done % 500 === 0) yield;
  }
  const latin = [...postings.keys()].filter((t) => /^[a-z0-9\u00c0-\u024f]/.test(t)).sort();
  yield;
  const byFirst = new Map<string, string[]>();
  for (const t of latin)
    if (t.length >= 3 && !/[0-9]/.test(t)) {
      const list = byFirst.get(t[0]!);
      if (list) list.push(t);
      else byFirst.set(t[0]!, [t]);
    }
  return { postings, latin, surface, byFirst };
}

/** Latin tokens of the index that start with `prefix`, at most `max` of them (binary search over the sorted list). */
export function withPrefix(index: WordIndex, prefix: string, max = 40): string[] {
  let lo = 0;
  let hi = index.latin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index.latin[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < index.latin.length && out.length < max && index.latin[i]!.startsWith(prefix); i++) out.push(index.latin[i]!);
  return out;
}

export { normalise };
