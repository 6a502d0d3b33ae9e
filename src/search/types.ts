import type { Lang } from '../engine/text';

/** One searchable section of the handbook: an H2 or H3 with the text under it, a reply template, or a glossary term. */
export interface SearchSection {
  lang: Lang;
  /** Language-neutral key, shared by a section and its translation: `amazon/feedback#feedback-time-limits`. */
  key: string;
  url: string;
  page: string;
  /** Page title, then the H2 above, then the section's own heading. */
  path: string[];
  heading: string;
  /** All the plain text under the heading: rule texts, figures filled, and the prose. */
  body: string;
  ruleIds: string[];
  /** Glossary terms and aliases that point at this section. */
  aliases: string[];
  platform: 'amazon' | 'ebay' | 'both';
  topic: string;
}

/** A page as the index file carries it once, for all its sections. */
export interface IndexPage {
  title: string;
  url: string;
  platform: SearchSection['platform'];
}

/**
 * A section as the index file carries it: what every section of a page shares is in `pages`;
 * the URL is the page's plus `#` and the anchor in the key. Short names keep the file small.
 */
export interface IndexSection {
  /** Key. */
  k: string;
  /** Index into `pages`. */
  p: number;
  /** The H2 above an H3, when there is one. */
  u?: string;
  /** Heading. */
  h: string;
  /** Body, in full. */
  b: string;
  /** Rule IDs. */
  r?: string[];
  /** Glossary entries naming this section: indexes into the file's `names`. */
  a?: number[];
  /** Topic. */
  t: string;
}

/**
 * One language's index file, fetched when search first needs it: every word of the
 * handbook's sections, reply templates, glossary and rule texts in that language. The word
 * index (word → sections) is built from it in the browser, so no byte is spent twice.
 */
export interface SearchIndexFile {
  version: 2;
  lang: Lang;
  pages: IndexPage[];
  sections: IndexSection[];
  /** Every glossary term's names (the English term first), then the synonym groups: each list is searched as one term. */
  names: string[][];
  /** Rule IDs mapped to their home section key. */
  ruleHomes: Record<string, string>;
}

/** The sections of an index file as search uses them. */
export function sectionsOfFile(file: SearchIndexFile): SearchSection[] {
  return file.sections.map((s) => {
    const page = file.pages[s.p]!;
    return {
      lang: file.lang,
      key: s.k,
      url: `${page.url}#${s.k.slice(s.k.indexOf('#') + 1)}`,
      page: page.title,
      path: s.u ? [page.title, s.u] : [page.title],
      heading: s.h,
      body: s.b,
      ruleIds: s.r ?? [],
      aliases: (s.a ?? []).flatMap((n) => file.names[n] ?? []),
      platform: page.platform,
      topic: s.t,
    };
  });
}

/** Every name and synonym, lower-cased, mapped to all the names of its group. */
export function aliasesOfFile(file: SearchIndexFile): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  for (const group of file.names) for (const name of group) aliases[name.normalize('NFKC').toLowerCase()] = group;
  return aliases;
}
