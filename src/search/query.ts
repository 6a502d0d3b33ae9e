import Fuse from 'fuse.js';
import type { Lang } from '../engine/text';
import type { SearchIndexFile, SearchSection } from './types';

/**
 * As-you-type search over handbook sections. Queries are routed: a rule ID jumps to its
 * section; glossary aliases expand to every name of their term; Chinese runs and words are
 * matched exactly (prefixes for Latin words, whole runs for Chinese); only when that finds
 * too little are longer Latin words matched fuzzily, and only on short fields.
 */

export interface SearchOptions {
  lang: Lang;
  platform?: 'amazon' | 'ebay';
  topic?: string;
  limit?: number;
}

export interface SearchHit {
  section: SearchSection;
  score: number;
  via: 'rule' | 'exact' | 'fuzzy';
  /** A short piece of the body around the first match, and the matched ranges in it. */
  snippet: string;
  marks: [number, number][];
}

/** A term of the query and everything that counts as it. */
type TermGroup = string[];

const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const isChinese = /[\u3400-\u9fff\uf900-\ufaff]/;
const latinWord = /[a-z0-9][a-z0-9'’.-]*/g;
const stopWords = new Set(['a', 'an', 'the', 'to', 'of', 'and', 'or', 'is', 'my', 'i', 'do', 'what', 'how', 'when', 'for', 'in', 'on', 'with', 'it']);
const ruleIdQuery = /^([a-z]+)[\s-]*(\d+)$/;
const MIN_EXACT = 3;
const FUZZY_MIN_LENGTH = 4;
const SNIPPET = 140;

const normalise = (text: string) => text.normalize('NFKC').toLowerCase();
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

interface Prepared {
  section: SearchSection;
  head: string;
  heading: string;
  aliases: string;
  body: string;
  /** Glossary entries stand back behind the sections they point to. */
  penalty: number;
  /** A section that states a rule is the answer more often than a summary that mentions it. */
  bonus: number;
}

/** Splits a query into term groups, expanding glossary aliases (longest phrases first). */
export function termsOf(query: string, aliases: Record<string, string[]>): TermGroup[] {
  let rest = ` ${normalise(query)} `;
  const groups: TermGroup[] = [];
  const phrases = Object.keys(aliases).sort((a, b) => b.length - a.length);
  for (const phrase of phrases) {
    const latin = /^[a-z0-9]/.test(phrase);
    const at = latin ? new RegExp(`(^|[^a-z0-9])${escape(phrase)}(?=$|[^a-z0-9])`).exec(rest) : rest.includes(phrase) ? { index: rest.indexOf(phrase), 1: '' } : null;
    if (!at) continue;
    groups.push(aliases[phrase]!.map(normalise));
    const start = (at.index ?? 0) + (at[1]?.length ?? 0);
    rest = `${rest.slice(0, start)} ${rest.slice(start + phrase.length)}`;
  }
  for (const run of rest.match(cjkRun) ?? []) groups.push([run]);
  for (const word of rest.replace(cjkRun, ' ').match(latinWord) ?? []) if (!stopWords.has(word)) groups.push([word]);
  return groups;
}

/** Where an alternative occurs: Latin at a word start (so "az" is not found inside "amazon"), Chinese anywhere. */
function matcher(alternative: string): RegExp {
  return /^[a-z0-9]/.test(alternative) ? new RegExp(`(?:^|[^a-z0-9])(${escape(alternative)})`) : new RegExp(`(${escape(alternative)})`);
}

/** A search over one or more language files; the reader's language wins ties. */
export function createSearch(files: SearchIndexFile[]) {
  const index = { sections: files.flatMap((f) => f.sections), aliases: Object.assign({}, ...files.map((f) => f.aliases)) as Record<string, string[]>, ruleHomes: Object.assign({}, ...files.map((f) => f.ruleHomes)) as Record<string, string> };
  const prepared: Prepared[] = index.sections.map((section) => ({
    section,
    heading: normalise(section.heading),
    aliases: normalise(section.aliases.join(' | ')),
    penalty: section.key.startsWith('reference/glossary#') ? 0.75 : 0,
    bonus: section.ruleIds.length ? 1 : 0,
    head: normalise(`${section.path.join(' ')} ${section.heading} ${section.aliases.join(' ')} ${section.ruleIds.join(' ')}`),
    body: normalise(section.body),
  }));
  const fuzzy = files.map(
    (file) =>
      new Fuse(
        file.terms,
        { threshold: 0.4, ignoreLocation: true, ignoreFieldNorm: true, includeScore: true, minMatchCharLength: 3 },
        Fuse.parseIndex(file.fuzzy as Parameters<typeof Fuse.parseIndex>[0]),
      ),
  );
  /** Headings and glossary names that fuzzily match a word the handbook does not have. */
  const fuzzyTerms = (word: string): string[] =>
    fuzzy
      .flatMap((fuse) => fuse.search(word, { limit: 3 }))
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .slice(0, 3)
      .map((r) => r.item);
  const byKeyAndLang = new Map(index.sections.map((s) => [`${s.lang}:${s.key}`, s]));
  /** Every Latin word of the handbook long enough to be worth correcting towards, by first letter. */
  const vocabulary = new Map<string, string[]>();
  for (const word of new Set(prepared.flatMap((p) => `${p.head} ${p.body}`.match(/[a-z][a-z'’-]{3,}/g) ?? [])))
    vocabulary.set(word[0]!, [...(vocabulary.get(word[0]!) ?? []), word]);
  const corrections = new Map<string, string | undefined>();

  /**
   * The handbook word closest to a misspelt one (at most one edit for short words, two for
   * longer), among words with the same first letter: typos rarely start at the first letter.
   */
  const corrected = (word: string): string | undefined => {
    if (corrections.has(word)) return corrections.get(word);
    const candidates = vocabulary.get(word[0]!) ?? [];
    const max = word.length <= 5 ? 1 : 2;
    let best: string | undefined;
    let bestCost = Infinity;
    for (const candidate of candidates) {
      const d = editDistance(word, candidate, max);
      // An inflected word finds its stem ("recognized" → "recognize"); otherwise typing leaves
      // letters out more often than it swaps them, so at equal distance the longer word wins.
      const cost = d * 2 - (word.startsWith(candidate) ? 2 : candidate.length > word.length ? 1 : 0);
      if (d <= max && cost < bestCost) [best, bestCost] = [candidate, cost];
    }
    corrections.set(word, best);
    return best;
  };

  /** All Chinese text of the index, for splitting a Chinese query that is not found whole. */
  const chineseText = prepared.map((p) => `${p.head} ${p.body}`).join('\n');
  /** Splits a Chinese run into the longest pieces (two characters or more) that occur in the handbook. */
  const segments = (run: string): string[] => {
    const pieces: string[] = [];
    for (let i = 0; i < run.length; ) {
      let j = run.length;
      while (j - i >= 2 && !chineseText.includes(run.slice(i, j))) j--;
      if (j - i >= 2) {
        pieces.push(run.slice(i, j));
        i = j;
      } else i++;
    }
    return pieces;
  };

  const allowed = (s: SearchSection, o: SearchOptions) =>
    (!o.platform || s.platform === o.platform || s.platform === 'both') && (!o.topic || s.topic === o.topic);

  /** Shows a hit in the reader's language where the section has a translation. */
  const inReadersLanguage = (s: SearchSection, lang: Lang) => byKeyAndLang.get(`${lang}:${s.key}`) ?? s;

  function snippetOf(section: SearchSection, patterns: RegExp[]): Pick<SearchHit, 'snippet' | 'marks'> {
    const body = normalise(section.body);
    const first = Math.min(...patterns.map((p) => p.exec(body)).filter((m): m is RegExpExecArray => !!m).map((m) => m.index + m[0].length - m[1]!.length), body.length);
    const start = first === body.length ? 0 : Math.max(0, first - 40);
    const snippet = section.body.slice(start, start + SNIPPET);
    const lower = normalise(snippet);
    const marks: [number, number][] = [];
    for (const p of patterns) {
      const global = new RegExp(p.source, 'g');
      for (const m of lower.matchAll(global)) {
        const at = m.index! + m[0].length - m[1]!.length;
        marks.push([at, at + m[1]!.length]);
      }
    }
    return { snippet: (start > 0 ? '…' : '') + snippet, marks: start > 0 ? marks.map(([a, b]) => [a + 1, b + 1]) : marks };
  }

  return function search(query: string, options: SearchOptions): SearchHit[] {
    const limit = options.limit ?? 8;
    const q = normalise(query).trim();
    if (!q) return [];
    const scores = new Map<string, { section: SearchSection; score: number; via: SearchHit['via'] }>();
    const add = (section: SearchSection, score: number, via: SearchHit['via']) => {
      if (!allowed(section, options)) return;
      const bonus = section.lang === options.lang ? 0.5 : 0;
      const prior = scores.get(section.key);
      if (!prior || prior.score < score + bonus) scores.set(section.key, { section, score: score + bonus, via });
    };

    const ruleMatch = ruleIdQuery.exec(q);
    const ruleHome = ruleMatch ? index.ruleHomes[`${ruleMatch[1]!.toUpperCase()}-${ruleMatch[2]}`] : undefined;
    if (ruleHome) {
      const home = byKeyAndLang.get(`${options.lang}:${ruleHome}`) ?? index.sections.find((s) => s.key === ruleHome);
      if (home) add(home, 1000, 'rule');
    }

    const exact = (groups: TermGroup[], via: SearchHit['via'] = 'exact', needed = groups.length) => {
      const patterns = groups.map((g) => g.map(matcher));
      for (const p of prepared) {
        let score = 0;
        let matched = 0;
        for (const alternatives of patterns) {
          let best = 0;
          for (const re of alternatives) {
            // A glossary name that points at this very section is the strongest evidence there is.
            if (re.test(p.aliases)) best = Math.max(best, 6);
            else if (re.test(p.heading)) best = Math.max(best, 5);
            else if (re.test(p.head)) best = Math.max(best, 3);
            else if (re.test(p.body)) best = Math.max(best, 1);
          }
          if (best > 0) matched++;
          score += best;
        }
        if (matched >= needed && score > 0) add(p.section, score - p.penalty + p.bonus, via);
      }
      return patterns;
    };

    let groups = termsOf(q, index.aliases);
    let patterns = groups.length ? exact(groups) : [];
    // Too little found: correct misspelt longer Latin words towards the handbook's own words,
    // and split a Chinese run not found whole into the pieces the handbook has; then try again.
    const found = (term: string) => {
      const re = matcher(term);
      return prepared.some((p) => re.test(p.body) || re.test(p.head));
    };
    if (scores.size < MIN_EXACT && groups.length) {
      const fixed = groups.flatMap((g): TermGroup[] => {
        const [term] = g;
        if (g.length !== 1 || !term || found(term)) return [g];
        if (/^[a-z]{4,}$/.test(term)) return [[corrected(term) ?? term]];
        if (isChinese.test(term) && term.length >= 3) return segments(term).map((piece) => [piece]);
        return [g];
      });
      if (fixed.length !== groups.length || fixed.some((g, i) => g[0] !== groups[i]![0])) {
        groups = fixed;
        patterns = exact(groups);
      }
    }

    // Still too little: fuzzy matching, for longer Latin words the handbook does not have,
    // against headings and glossary names only; the terms found stand in for the word.
    if (scores.size < MIN_EXACT) {
      const unknown = (g: TermGroup) => g.length === 1 && g[0]!.length >= FUZZY_MIN_LENGTH && /^[a-z]+$/.test(g[0]!) && !found(g[0]!);
      if (groups.some(unknown)) {
        const fuzzyGroups = groups.map((g) => (unknown(g) ? fuzzyTerms(g[0]!) : g)).filter((g) => g.length > 0);
        patterns = [...patterns, ...exact(fuzzyGroups, 'fuzzy')];
      }
    }

    // Every word known, but no section has them all: rank the sections that have most of them.
    if (scores.size === 0 && groups.length >= 2) exact(groups, 'exact', Math.ceil(groups.length / 2));

    const flat = patterns.flat();
    return [...scores.values()]
      .sort((a, b) => b.score - a.score || a.section.key.localeCompare(b.section.key))
      .slice(0, limit)
      .map(({ section, score, via }) => {
        const shown = inReadersLanguage(section, options.lang);
        return { section: shown, score, via, ...snippetOf(shown, flat) };
      });
  };
}

const termFinders = new WeakMap<SearchIndexFile[], Fuse<string>>();

/** Glossary names closest to a query that found nothing, for "did you mean". */
export function suggestTerms(query: string, files: SearchIndexFile[], limit = 3): string[] {
  let finder = termFinders.get(files);
  if (!finder) {
    const names = [...new Set(files.flatMap((f) => Object.values(f.aliases).map((n) => n[0]!)))];
    finder = new Fuse(names, { threshold: 0.6, ignoreLocation: true });
    termFinders.set(files, finder);
  }
  return finder.search(normalise(query), { limit }).map((r) => r.item);
}
