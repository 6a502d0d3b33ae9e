// The basic build: fuzzy matching of plain strings is all the search asks of it (no extended or logical queries), 2 KB less gzip.
import Fuse from 'fuse.js/basic';
import type { Lang } from '../engine/text';
import { aliasesOfFiles, ruleHomesOfFile, sectionsOfFile, type SearchIndexFile, type SearchSection } from './types';
import { FIELD, runSteps, withPrefix, wordIndexSteps, type WordIndex } from './word-index';
import { asksForTime, bigrams, pieceBigrams, cjkChar, contentWords, isFiller, isWeak, latinWord, normalise, stem, timeWords } from './words';

/**
 * As-you-type search over handbook sections, every word of them. Queries are routed: a rule
 * ID jumps to its section; glossary names and synonyms expand to every name of their term;
 * question and filler words are dropped; each remaining word (a Latin word, by its stem and as
 * a prefix; a Chinese piece, by its character pairs) is looked up in the word index and
 * weighed by how rare it is, so the sections holding the most and rarest words come first and
 * a query always finds the best partial matches when any word matches. Misspelt words are
 * corrected towards the handbook's own words; only what is still unknown goes to fuzzy
 * matching (fuse.js) over headings and glossary names.
 */

export interface SearchOptions {
  lang: Lang;
  platform?: 'amazon' | 'ebay';
  topic?: string;
  limit?: number;
  /** The handbook page the search was opened from (`amazon/return-requests`): its sections rank a little higher. */
  from?: string;
  /** For tests: score every section in full, as the search did before it skipped those that cannot reach the top. */
  exhaustive?: boolean;
  /** For tuning and tests: called with each term's contribution to each section. */
  explain?: (key: string, term: string, weight: number, field: number) => void;
}

export interface SearchHit {
  section: SearchSection;
  score: number;
  via: 'rule' | 'exact' | 'fuzzy';
  /** A short piece of the body around the matched words, and the matched ranges in it. */
  snippet: string;
  marks: [number, number][];
}

/** A term of the query and everything that counts as it. */
type TermGroup = string[];

/**
 * A query is a question, not a document: a pasted buyer message is searched by its start, so a
 * long paste cannot hold the page up (13,000 characters took a second to rank).
 */
export const MAX_QUERY = 200;
const questionOf = (query: string) => normalise(query).trim().slice(0, MAX_QUERY);
const ruleIdQuery = /^([a-z]+)[\s-]*(\d+)$/;
const FUZZY_MIN_LENGTH = 4;
/** A heading or name fuzzy matching found for an unknown word is a guess: it counts for less than a word found. */
const FUZZY_GUESS = 0.4;
/** How far back a section of the other platform stands when the query names one (about a heading word's worth). */
const OTHER_PLATFORM = 5;
/** What a weak word ("after", "two") counts for, beside a content word. */
const WEAK = 0.3;
const TEMPLATE_PENALTY = 3;
const COVERAGE = 4;
/**
 * How much of a section's score rests on the share of the query's weight it holds: with
 * `COVERED` at 0.3, a section holding none of the other words keeps 70% of what its one
 * strong match gives, so one rare word in a heading no longer outranks a section that
 * holds most of a question.
 */
const COVERED = 0.3;
/**
 * What text found as typed adds: the whole query, a Chinese piece whole, two words side by side,
 * a word as written (not only its stem). One table, read by the scoring and by its upper bound.
 */
const AS_TYPED = { query: 3, piece: 1.5, pair: 1, word: 0.5 } as const;
const SNIPPET = 160;
const BEFORE = 40;
const platformWords: [RegExp, 'amazon' | 'ebay'][] = [
  [/(^|[^a-z])(amazon|a-to-z|atoz|a2z|fba|fbm|seller central)([^a-z]|$)|亚马逊|亚马孙/, 'amazon'],
  [/(^|[^a-z])(ebay|paypal)([^a-z]|$)|易贝|电子湾/, 'ebay'],
];

const platformOnly = /^(amazon|ebay|亚马逊|易贝)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Edit distance (with transpositions) between two short words, or `max + 1` once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = Array.from({ length: b.length + 1 }, (_, j) => j);
  let previous = before;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

type Found = { index: number; length: number };
type PhraseFinder = { phrase: string; at: (text: string, words: QueryWord[]) => Found[] | null };
/** Words a name's words may have between them as typed: "send it back" is "send back", "ordered the wrong size by mistake" is "ordered by mistake". */
const GAP = 3;
type QueryWord = { start: number; end: number; stem: string };
const phraseFinders = new WeakMap<Record<string, string[]>, PhraseFinder[]>();

/** A word said with "not" inside it stands for "not" when phrases are matched: "hasnt moved" is "not moving". */
const negations = /^(?:hasn|hadn|haven|isn|aren|wasn|weren|didn|doesn|don|won|can|couldn|wouldn|shouldn)'?t$/;
const phraseStem = (word: string) => (negations.test(word) ? 'not' : stem(word));
const wordsOf = (text: string): QueryWord[] =>
  [...text.matchAll(/[a-z0-9\u00c0-\u024f]+(?:['’]t\b)?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, stem: phraseStem(m[0]) }));

/**
 * A finder for each glossary name and synonym, longest first. A Latin name is found word by
 * word on stems, so an inflected or negated form as typed finds it ("back and forths", "hasnt
 * moved" for "not moving"), with nothing but spaces, hyphens or apostrophes between its words.
 */
function findersOf(aliases: Record<string, string[]>): PhraseFinder[] {
  let finders = phraseFinders.get(aliases);
  if (!finders) {
    finders = Object.keys(aliases)
      .sort((a, b) => b.length - a.length)
      .map((phrase) => {
        // Chinese, or Latin and Chinese together ("ebay 解决中心"): found as written.
        if (!/^[a-z0-9\u00c0-\u024f\s\-'’]+$/.test(phrase)) {
          const re = new RegExp(`${/^[a-z0-9]/.test(phrase) ? '(?<![a-z0-9])' : ''}${escape(phrase)}`);
          return { phrase, at: (text: string) => ((m) => (m ? [{ index: m.index, length: phrase.length }] : null))(re.exec(text)) };
        }
        const stems = wordsOf(phrase).map((w) => w.stem);
        return {
          phrase,
          at: (text: string, words: QueryWord[]) => {
            for (let i = 0; i < words.length; i++) {
              if (words[i]!.stem !== stems[0]) continue;
              const run = [i];
              // A "not" binds to the next word: "not sure the parcel is moving" is not "not moving".
              for (let k = i + 1; run.length < stems.length && k < words.length; k++) {
                const last = run.at(-1)!;
                if (k - last > (words[last]!.stem === 'not' ? 1 : GAP + 1) || !/^[\s\-'’]*$/.test(text.slice(words[k - 1]!.end, words[k]!.start))) break;
                if (words[k]!.stem === stems[run.length]) run.push(k);
              }
              if (run.length === stems.length) return run.map((k) => ({ index: words[k]!.start, length: words[k]!.end - words[k]!.start }));
            }
            return null;
          },
        };
      });
    phraseFinders.set(aliases, finders);
  }
  return finders;
}

/**
 * Splits a query into term groups: glossary names and synonyms first (longest phrases first),
 * each expanded to every name of its term; then the content words, fillers dropped.
 */
export function termsOf(query: string, aliases: Record<string, string[]>): TermGroup[] {
  const finders = findersOf(aliases);
  let rest = ` ${normalise(query)} `;
  const groups: TermGroup[] = [];
  let words = wordsOf(rest);
  for (const { phrase, at } of finders) {
    const found = at(rest, words);
    if (!found) continue;
    groups.push(aliases[phrase]!.map(normalise));
    // Blanked, not cut, so the other words keep their places.
    for (const { index, length } of found) rest = `${rest.slice(0, index)}${' '.repeat(length)}${rest.slice(index + length)}`;
    words = wordsOf(rest);
  }
  for (const word of contentWords(rest)) groups.push([word]);
  return groups;
}

interface Prepared {
  section: SearchSection;
  /** The glossary names pointing here, lower-cased. */
  names: Set<string>;
  body: string;
  /** The heading, lower-cased. */
  heading: string;
  /** Glossary entries stand back behind the sections they point to. */
  penalty: number;
  /** A section that states a rule is the answer more often than a summary that mentions it. */
  bonus: number;
}

/** How one alternative of a term is looked up: its tokens, and whether it is a Chinese piece. */
interface Lookup {
  text: string;
  tokens: string[];
  chinese: boolean;
  /** Latin words that may be prefixes of longer words. */
  prefix: boolean;
}

/** Where a text occurs, for marking it: Latin at a word start (a stem marks its whole word), Chinese anywhere. */
function markPattern(text: string, wholeWord: boolean): RegExp {
  if (cjkChar.test(text)) return new RegExp(`()(${escape(text)})`, 'g');
  return new RegExp(`(^|[^a-z0-9\\u00c0-\\u024f])(${escape(text)}${wholeWord ? '[a-z0-9\\u00c0-\\u024f]*' : ''})`, 'g');
}

/** A search: call it with a query; it also tells whether its files cover a query, and suggests queries. */
export interface Search {
  (query: string, options: SearchOptions): SearchHit[];
  /** Does every content word of the query occur in these files as typed? If not, another language's file may have it. */
  covers: (query: string) => boolean;
  /** Queries close to one that found nothing, for "did you mean"; each finds something itself. */
  suggest: (query: string, max?: number) => string[];
  sectionCount: number;
}

/** A search over one or more language files, built at once; the reader's language wins ties. */
export function createSearch(files: SearchIndexFile[]): Search {
  return runSteps(searchSteps(files));
}

/**
 * The search, built in small steps: the generator yields after each section and between the
 * parts of the build, so a browser can build it between keystrokes (`runInSlices`). With
 * `warm`, it also does once, in steps of their own, what the first query would otherwise pay
 * for in one go: compiling the name finders, loading the word segmenter, building the fuzzy
 * indexes and a few searches for the JIT.
 */
export function* searchSteps(files: SearchIndexFile[], warm = false): Generator<void, Search> {
  const sections = files.flatMap(sectionsOfFile);
  const aliasMap = aliasesOfFiles(files);
  const ruleHomes = Object.assign({}, ...files.map(ruleHomesOfFile)) as Record<string, string>;
  yield;
  const prepared: Prepared[] = [];
  for (const section of sections) {
    prepared.push({
      section,
      names: new Set(section.aliases.map(normalise)),
      body: normalise(section.body),
      heading: normalise(section.heading),
      // Glossary entries and reply templates stand back a little behind the sections that explain the case.
      penalty: section.key.startsWith('reference/glossary#') ? 1.5 : section.key.includes('#template-') ? TEMPLATE_PENALTY : 0,
      bonus: section.ruleIds.length ? 1 : 0,
    });
    if (prepared.length % 16 === 0) yield;
  }
  const words: WordIndex = yield* wordIndexSteps(
    sections.map((s, i) => ({
      heading: normalise(s.heading),
      aliases: normalise(s.aliases.join(' | ')),
      // Rule IDs as one word each ("prod7"), so their digits are not found as figures.
      head: normalise(`${s.path.join(' ')} ${s.ruleIds.map((id) => id.replace('-', '')).join(' ')}`),
      body: prepared[i]!.body,
    })),
  );
  const N = sections.length;
  /** For each reply template, the key of the section that states its (first) rule. */
  const templateHomes = sections.map((s) => (s.key.includes('#template-') && s.ruleIds[0] ? ruleHomes[s.ruleIds[0]] : undefined));
  const byKeyAndLang = new Map(sections.map((s) => [`${s.lang}:${s.key}`, s]));
  const indexByKeyAndLang = new Map(sections.map((s, i) => [`${s.lang}:${s.key}`, i]));
  const inReadersLanguage = (s: SearchSection, lang: Lang) => byKeyAndLang.get(`${lang}:${s.key}`) ?? s;

  // Fuzzy matching looks only at short fields: headings and glossary names with a Latin word in them.
  const terms = [...new Set(sections.flatMap((s) => [s.heading, ...s.aliases]).map(normalise))].filter((t) => /[a-z]{3}/.test(t));
  let fuse: Fuse<string> | undefined;
  const fuzzyTerms = (word: string): string[] =>
    (fuse ??= new Fuse(terms, { threshold: 0.4, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true, minMatchCharLength: 3 }))
      .search(word, { limit: 3 })
      .map((r) => r.item);

  const corrections = new Map<string, string | undefined>();
  /**
   * The handbook word closest to a misspelt one (one edit for short words, two for longer),
   * among words with the same first letter: typos rarely start at the first letter.
   */
  const corrected = (word: string, anyFirstLetter = false): string | undefined => {
    const cacheKey = `${anyFirstLetter ? '*' : ''}${word}`;
    if (corrections.has(cacheKey)) return corrections.get(cacheKey);
    const candidates = anyFirstLetter ? words.latin.filter((t) => t.length >= 3) : (words.byFirst.get(word[0]!) ?? []);
    const max = word.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const d = editDistance(word, candidate, max);
      if (d > max) continue;
      // An inflected word finds its stem; otherwise typing leaves letters out more often than it
      // swaps them, so at equal distance the longer word, then the more common one, wins.
      const cost = d * 2 - (word.startsWith(candidate) ? 2 : candidate.length > word.length ? 1 : 0) - Math.min(words.postings.get(candidate)!.size, 50) / 100;
      if (cost < bestCost) [best, bestCost] = [candidate, cost];
    }
    corrections.set(cacheKey, best);
    return best;
  };

  const lookupOf = (text: string, prefix: boolean): Lookup => {
    const chinese = cjkChar.test(text) && !/[a-z]/.test(text);
    if (chinese) return { text, tokens: bigrams(text), chinese, prefix: false };
    const latin = text.match(latinWord) ?? [];
    const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? [];
    return { text, tokens: [...latin.map(stem), ...cjk.flatMap(bigrams)], chinese: false, prefix: prefix && latin.length === 1 && cjk.length === 0 };
  };

  /** Is a token (or, for a prefix, some longer word) in the index? */
  const known = (l: Lookup) => l.tokens.length > 0 && l.tokens.every((t) => words.postings.has(t) || (l.prefix && withPrefix(words, t, 1).length > 0));

  /** Section number → how well the alternative matches it (field score, 0 for none). */
  function match(l: Lookup): Map<number, number> {
    const out = new Map<number, number>();
    if (l.chinese) {
      if (l.text.length === 1) {
        // One character has no pair: look for it in headings and bodies as it stands.
        prepared.forEach((p, i) => (p.heading.includes(l.text) ? out.set(i, FIELD.heading / 2) : p.body.includes(l.text) && out.set(i, 0.5)));
        return out;
      }
      const counts = new Map<number, { n: number; field: number }>();
      for (const t of new Set(l.tokens))
        for (const [i, field] of words.postings.get(t) ?? []) {
          const c = counts.get(i) ?? { n: 0, field: Infinity };
          counts.set(i, { n: c.n + 1, field: Math.min(c.field, field) });
        }
      const total = new Set(l.tokens).size;
      for (const [i, { n, field }] of counts) {
        const share = n / total;
        if (share < 0.5 && !(total <= 2 && n >= 1 && total === n)) continue;
        // A piece found whole beats one whose pairs are scattered.
        const whole = share === 1 && (l.text.length === 2 || prepared[i]!.body.includes(l.text) || prepared[i]!.heading.includes(l.text));
        out.set(i, field * share * share * (whole ? 1 : 0.6));
      }
      return out;
    }
    let first = true;
    for (const t of l.tokens) {
      const row = new Map<number, number>();
      for (const [i, f] of words.postings.get(t) ?? []) row.set(i, f);
      if (l.prefix && t.length >= 2)
        for (const longer of withPrefix(words, t)) if (longer !== t) for (const [i, f] of words.postings.get(longer)!) row.set(i, Math.max(row.get(i) ?? 0, f * 0.8));
      if (first) for (const [i, f] of row) out.set(i, f);
      else for (const [i, f] of out) row.has(i) ? out.set(i, Math.min(f, row.get(i)!)) : out.delete(i);
      first = false;
    }
    return out;
  }

  const allowed = (s: SearchSection, o: SearchOptions) => (!o.platform || s.platform === o.platform || s.platform === 'both') && (!o.topic || s.topic === o.topic);

  /**
   * The term groups of a query after correction, each with its lookups. A Chinese piece of
   * three characters or more becomes one group per character pair, so a piece the handbook
   * does not have word for word still finds the pairs it has; `runs` keeps the pieces whole,
   * for the bonus of a piece found as typed.
   */
  function resolve(typed: string, singles = false) {
    // Misspelt words are corrected in the query first, so a corrected glossary name is found as one ("apology leter").
    const query = typed.replace(/[a-z]{4,}/g, (word) => {
      if (aliasMap[word] || known(lookupOf(word, true))) return word;
      const fix = corrected(stem(word)) ?? corrected(word);
      return fix ? (words.surface.get(fix) ?? fix) : word;
    });
    const groups = termsOf(query, aliasMap);
    let fuzzy = false;
    const runs: string[] = [];
    const lastWord = /[a-z0-9]$/.test(query.trim().toLowerCase());
    // A weak group counts for little and not towards how much of the query a section holds.
    const resolved: { lookups: Lookup[]; weight?: number; weak?: boolean }[] = [];
    // A word said twice ("产品…产品") is still one word of the question: it counts once.
    const said = new Set<string>();
    const push = (group: (typeof resolved)[number]) => {
      const sig = group.lookups.map((l) => l.text).join('|');
      if (!said.has(sig)) resolved.push(group);
      said.add(sig);
    };
    const unknown: string[] = [];
    // Platform names bias the ranking (below) rather than count as words, unless they are all there is.
    const content = groups.filter((g) => !platformOnly.test(g[0]!));
    (content.length ? content : groups).forEach((g, gi) => {
      const isLast = gi === groups.length - 1 && lastWord;
      const [word] = g as [string];
      if (g.length === 1 && cjkChar.test(word) && !/[a-z0-9]/.test(word)) {
        if (singles) for (const ch of new Set(word)) push({ lookups: [lookupOf(ch, false)] });
        else if (word.length <= 2) push({ lookups: [lookupOf(word, false)] });
        else {
          runs.push(word);
          // A long run counts about as much as a few words, however many pairs it has.
          const pairs = new Set(pieceBigrams(word));
          const share = Math.min(1, 2.5 / pairs.size);
          for (const pair of pairs) push({ lookups: [lookupOf(pair, false)], weight: share });
          // Each character weighs a little too: a mistyped character still leaves the others.
          for (const ch of new Set(word)) if (!isFiller(ch)) push({ lookups: [lookupOf(ch, false)], weight: 0.3 * share });
        }
        return;
      }
      const lookups = g.map((alt) => lookupOf(alt, g.length === 1 ? isLast || alt.length >= 3 : false));
      if (g.length === 1 && isWeak(word)) return void push({ lookups, weight: WEAK, weak: true });
      if (g.length > 1 || lookups.some(known)) return void push({ lookups });
      if (word.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(word)) unknown.push(word);
      push({ lookups });
    });
    // A word the handbook does not have goes to fuzzy matching only when nothing else of the query
    // is known: beside known words a guess ("blue" → "possible") only adds noise.
    if (unknown.length && !resolved.some((g) => g.lookups.some(known)))
      for (const word of unknown) {
        const near = fuzzyTerms(word);
        if (!near.length) continue;
        fuzzy = true;
        push({ lookups: near.map((n) => lookupOf(n, false)), weight: FUZZY_GUESS });
      }
    if (asksForTime(query)) push({ lookups: timeWords.map((w) => lookupOf(w, false)) });
    return { resolved, fuzzy, runs };
  }

  function snippetOf(p: Prepared, patterns: RegExp[]): Pick<SearchHit, 'snippet' | 'marks'> {
    const { body } = p;
    const text = p.section.body;
    // Every match in the body; the window starts where it holds the most different terms.
    const found: { at: number; end: number; term: number }[] = [];
    patterns.forEach((re, term) => {
      re.lastIndex = 0;
      for (const m of body.matchAll(re)) {
        const at = m.index! + m[1]!.length;
        found.push({ at, end: at + m[2]!.length, term });
        if (found.length > 400) break;
      }
    });
    let start = 0;
    if (found.length) {
      let best = -1;
      for (const f of found) {
        const from = Math.max(0, f.at - BEFORE);
        const terms = new Set(found.filter((g) => g.at >= from && g.end <= from + SNIPPET).map((g) => g.term)).size;
        if (terms > best) [best, start] = [terms, from];
      }
    }
    // Start at a word boundary where one is near.
    if (start > 0) {
      const space = text.lastIndexOf(' ', start);
      if (space > start - 15 && space >= 0) start = space + 1;
    }
    const end = Math.min(text.length, start + SNIPPET);
    const lead = start > 0 ? 1 : 0;
    const marks: [number, number][] = found
      .filter((f) => f.at >= start && f.end <= end)
      .sort((a, b) => a.at - b.at)
      .map((f) => [f.at - start + lead, f.end - start + lead]);
    return { snippet: (start > 0 ? '…' : '') + text.slice(start, end) + (end < text.length ? '…' : ''), marks };
  }

  function search(query: string, options: SearchOptions): SearchHit[] {
    const limit = options.limit ?? 8;
    const q = questionOf(query);
    if (!q) return [];
    const scores = new Float64Array(N);
    const via: SearchHit['via'][] = [];

    const ruleMatch = ruleIdQuery.exec(q);
    const ruleHome = ruleMatch ? ruleHomes[`${ruleMatch[1]!.toUpperCase()}-${ruleMatch[2]}`] : undefined;
    if (ruleHome) {
      const home = byKeyAndLang.get(`${options.lang}:${ruleHome}`) ?? sections.find((s) => s.key === ruleHome);
      if (home) {
        const i = sections.indexOf(home);
        scores[i] = 1000;
        via[i] = 'rule';
      }
    }

    const resolution = resolve(q);
    const { fuzzy, runs } = resolution;
    let resolved = resolution.resolved;
    const matchedTerms = new Uint8Array(N);
    const matchedWeight = new Float64Array(N);
    let totalWeight = 0;
    const patterns: RegExp[] = runs.map((r) => markPattern(r, false));
    const score = (groups: typeof resolved) => {
      for (const group of groups) {
        const best = new Map<number, number>();
        // A glossary name of the query that names this very section is the strongest evidence there is.
        if (group.lookups.length > 1) prepared.forEach((p, i) => group.lookups.some((l) => p.names.has(l.text)) && best.set(i, FIELD.alias));
        for (const l of group.lookups) {
          for (const [i, f] of match(l)) if (f > (best.get(i) ?? 0)) best.set(i, f);
          if (l.chinese) patterns.push(markPattern(l.text, false), ...(l.text.length > 2 ? l.tokens.map((t) => markPattern(t, false)) : []));
          else for (const t of l.tokens) patterns.push(markPattern(t.length >= 3 ? t : l.text, true));
        }
        if (!best.size) continue;
        // Rare words say more: a word in every section weighs next to nothing.
        const weight = Math.log(1 + N / best.size) * (group.weight ?? 1);
        if (!group.weak) totalWeight += weight;
        for (const [i, f] of best) {
          options.explain?.(
            `${sections[i]!.lang}:${sections[i]!.key}`,
            group.lookups
              .map((l) => l.text)
              .join('/')
              .slice(0, 30),
            weight,
            f,
          );
          scores[i] += weight * f;
          if (!group.weak) {
            matchedTerms[i]!++;
            matchedWeight[i] += weight;
          }
        }
      }
    };
    score(resolved);
    // Nothing found for a Chinese query: its single characters, so there is always a best partial match.
    if (!scores.some((v) => v > 0) && /[\u3400-\u9fff]/.test(q)) {
      ({ resolved } = resolve(q, true));
      score(resolved);
    }
    const terms = resolved.filter((g) => !g.weak).length;

    // The whole query as typed, found in a heading or body: exact runs come first.
    const run = q.length >= 4 && /\s|[\u3400-\u9fff]{3}/.test(q) ? q : '';
    // Two words of the query side by side in a section, as typed ("7 days"), count a little extra.
    const typedWords = [...new Set(q.split(/[^a-z0-9\u00c0-\u024f]+/).filter((w) => w && !isFiller(w)))];
    const pairs = typedWords.slice(1).map((w, k) => `${typedWords[k]} ${w}`);
    const bias: [RegExp, 'amazon' | 'ebay'] | undefined = platformWords.find(([re]) => re.test(q));
    const fromPlatform = options.from?.split('/')[0];

    /** A section's score for this query; without `typed`, less the bonuses for text found as typed, the costly part. */
    const scoreOf = (i: number, typed = true): number => {
      const p = prepared[i]!;
      const s = p.section;
      let score = scores[i]!;
      if (score >= 1000) return score;
      // Sections that hold more of the query's words come first, then the stronger matches.
      score += (terms > 1 ? (matchedTerms[i]! / terms) * COVERAGE : 0) - p.penalty + p.bonus;
      // …and by the weight of the words they hold, so holding the rare words counts most.
      if (terms > 1 && totalWeight > 0) score *= 1 - COVERED + COVERED * (matchedWeight[i]! / totalWeight);
      if (typed) {
        if (run && (p.body.includes(run) || p.heading.includes(run))) score += AS_TYPED.query;
        for (const r of runs) if (p.body.includes(r) || p.heading.includes(r)) score += AS_TYPED.piece;
        for (const pair of pairs) if (p.body.includes(pair)) score += AS_TYPED.pair;
        // A word found as typed, not only by its stem, counts a little extra.
        for (const w of typedWords) if (w.length >= 4 && p.body.includes(` ${w}`)) score += AS_TYPED.word;
      }
      // A platform named in the query: its sections a little ahead, the other platform's well back.
      if (bias) score += s.platform === bias[1] ? 1.5 : s.platform === 'both' ? 0 : -OTHER_PLATFORM;
      if (options.from) score += s.key.startsWith(`${options.from}#`) ? 0.6 : s.key.split('/')[0] === fromPlatform ? 0.3 : 0;
      if (s.lang === options.lang) score += 0.25;
      return score;
    };
    const counts = (i: number) => scores[i]! > 0 && allowed(sections[i]!, options);

    // Text found as typed adds at most `typedMost`: the best candidates by what they have without
    // it are scored in full first, and once no other can reach the best `keep`, the rest are not
    // searched for it (on a large handbook that search is most of a query's time).
    const typedMost =
      (run ? AS_TYPED.query : 0) + AS_TYPED.piece * runs.length + AS_TYPED.pair * pairs.length + AS_TYPED.word * typedWords.filter((w) => w.length >= 4).length;
    const candidates: { i: number; bound: number }[] = [];
    for (let i = 0; i < N; i++) if (counts(i)) candidates.push({ i, bound: scoreOf(i, false) + typedMost });
    candidates.sort((a, b) => b.bound - a.bound);
    const keep = options.exhaustive ? Infinity : Math.max(64, limit * 8);
    const best: number[] = [];
    const ranked: { i: number; score: number }[] = [];
    let floor = -Infinity;
    let next = 0;
    const scoreNext = () => {
      const { i } = candidates[next++]!;
      const score = scoreOf(i);
      ranked.push({ i, score });
      const at = best.findIndex((b) => b < score);
      best.splice(at < 0 ? best.length : at, 0, score);
      if (best.length > keep) best.pop();
      if (best.length === keep) floor = best[keep - 1]!;
    };
    while (next < candidates.length && candidates[next]!.bound + 1e-9 >= floor) scoreNext();

    // A reply template says how to word an answer; the section stating its rule says what to do.
    // When both match (the section at least half as well), the template stands just below it.
    const homeScores = new Map<number, number | undefined>();
    const homeScore = (template: number): number | undefined => {
      const home = indexByKeyAndLang.get(`${sections[template]!.lang}:${templateHomes[template]}`);
      if (home === undefined || templateHomes[home] || !counts(home)) return undefined;
      if (!homeScores.has(home)) homeScores.set(home, scoreOf(home));
      return homeScores.get(home);
    };
    const placeTemplates = (list: typeof ranked) => {
      for (const r of list) {
        const below = templateHomes[r.i] === undefined ? undefined : homeScore(r.i);
        if (below !== undefined && r.score < 1000 && r.score > below && below >= r.score / 2) r.score = below - 0.01;
      }
    };
    placeTemplates(ranked);
    // Every section left out scores below `floor`, and a template only moves down: if fewer than
    // `limit` sections stay at or above it, the rest are scored after all.
    if (next < candidates.length && new Set(ranked.filter((r) => r.score >= floor).map((r) => sections[r.i]!.key)).size < limit) {
      const from = ranked.length;
      while (next < candidates.length) scoreNext();
      placeTemplates(ranked.slice(from));
    }
    ranked.sort((a, b) => b.score - a.score || sections[a.i]!.key.localeCompare(sections[b.i]!.key));

    const seen = new Set<string>();
    const hits: SearchHit[] = [];
    for (const { i, score } of ranked) {
      const s = sections[i]!;
      if (seen.has(s.key)) continue;
      seen.add(s.key);
      const shown = inReadersLanguage(s, options.lang);
      const p = prepared[sections.indexOf(shown)] ?? prepared[i]!;
      hits.push({ section: shown, score, via: via[i] ?? (fuzzy ? 'fuzzy' : 'exact'), ...snippetOf(p, patterns) });
      if (hits.length >= limit) break;
    }
    return hits;
  }

  /** Does every content word of the query occur in these files as typed? If not, another language's file may have it. */
  function covers(typed: string): boolean {
    const query = questionOf(typed);
    // Chinese words are the Chinese file's to find; English words other than the glossary's
    // terms are the English file's, whose names expand them (each file holds its own language's names).
    if (cjkChar.test(query) && !files.some((f) => f.lang === 'zh-cn')) return false;
    const groups = termsOf(query, aliasMap);
    if (!files.some((f) => f.lang === 'en') && groups.some((g) => g.length === 1 && /[a-z]{2}/.test(g[0]!))) return false;
    return groups.every((g) => g.length > 1 || known(lookupOf(g[0]!, true)));
  }

  /**
   * Queries to offer when one finds nothing: each unknown word replaced by the closest
   * handbook word (any first letter), and the closest glossary names; only those that
   * themselves find something.
   */
  function suggest(query: string, max = 3): string[] {
    const q = questionOf(query);
    const out: string[] = [];
    const groups = termsOf(q, aliasMap);
    let fixedQuery = q;
    for (const g of groups) {
      if (g.length > 1 || known(lookupOf(g[0]!, true))) continue;
      const word = g[0]!;
      if (!/^[a-z]{3,}$/.test(word)) continue;
      const fix = corrected(stem(word), true) ?? corrected(word, true);
      if (fix) fixedQuery = fixedQuery.replace(word, words.surface.get(fix) ?? fix);
    }
    const candidates = [fixedQuery, ...(q.length >= 3 ? suggestNames(q) : [])];
    for (const c of candidates) if (c !== q && !out.includes(c) && search(c, { lang: files[0]?.lang ?? 'en', limit: 1 }).length) out.push(c);
    return out.slice(0, max);
  }

  let names: Fuse<string> | undefined;
  const suggestNames = (q: string) =>
    (names ??= new Fuse([...new Set(Object.values(aliasMap).map((n) => n[0]!))], { threshold: 0.6, ignoreLocation: true })).search(q, { limit: 5 }).map((r) => r.item);

  const built: Search = Object.assign(search, { covers, suggest, sectionCount: N });
  if (warm) {
    yield;
    // Each name finder's pattern is compiled on its first use; every query uses them all.
    const finders = findersOf(aliasMap);
    const warmText = ' warm up ';
    for (let i = 0; i < finders.length; i++) {
      finders[i]!.at(warmText, wordsOf(warmText));
      if (i % 40 === 39) yield;
    }
    contentWords('买家 warm');
    yield;
    fuzzyTerms('warm');
    yield;
    suggestNames('warm');
    yield;
    const lang = files[0]?.lang ?? 'en';
    for (const q of [sections[0]?.heading ?? 'a', 'refnd', '买家退款', 'a2z 7']) {
      search(q, { lang });
      yield;
    }
  }
  return built;
}

const searches = new WeakMap<SearchIndexFile[], Search>();

/** Queries close to one that found nothing, for "did you mean"; each finds something itself. */
export function suggestTerms(query: string, files: SearchIndexFile[], limit = 3): string[] {
  let search = searches.get(files);
  if (!search) searches.set(files, (search = createSearch(files)));
  return search.suggest(query, limit);
}
