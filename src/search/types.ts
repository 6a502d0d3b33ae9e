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
  /** The page's path in the handbook, the part of a section's key before `#`: `amazon/feedback`. */
  slug: string;
  title: string;
  url: string;
  platform: SearchSection['platform'];
}

/**
 * The sections as the index file carries them: column by column (section i is entry i of every
 * column), so a field's name is written once, not once per section; what every section of a page
 * shares is in `pages`.
 */
export interface IndexColumns {
  /** Index into `pages`; the section's key is the page's slug, `#` and its anchor. */
  page: number[];
  anchor: string[];
  /** The H2 above an H3, or '' when there is none. */
  parent: string[];
  heading: string[];
  /** Every word of the section. */
  body: string[];
  ruleIds: string[][];
  /** Glossary entries naming this section: indexes into the file's `names`. */
  names: number[][];
  /** Index into `topics`. */
  topic: number[];
}

/**
 * One language's index file, fetched when search first needs it: every word of the
 * handbook's sections, reply templates, glossary and rule texts in that language. The word
 * index (word → sections) is built from it in the browser, so no byte is spent twice.
 */
export interface SearchIndexFile {
  version: 3;
  lang: Lang;
  pages: IndexPage[];
  topics: string[];
  sections: IndexColumns;
  /**
   * Every glossary term's names (the English term first), then the synonym groups: each list is
   * searched as one term. Each file leaves out names in the other language (the Chinese file
   * keeps the glossary's English terms), and the files' groups merge when both are loaded.
   */
  names: string[][];
  /** Rule IDs mapped to their home section: its place in `sections`. */
  ruleHomes: Record<string, number>;
}

const keyOf = (file: SearchIndexFile, i: number) => `${file.pages[file.sections.page[i]!]!.slug}#${file.sections.anchor[i]}`;

/** The sections of an index file as search uses them. */
export function sectionsOfFile(file: SearchIndexFile): SearchSection[] {
  const c = file.sections;
  return c.body.map((body, i) => {
    const page = file.pages[c.page[i]!]!;
    return {
      lang: file.lang,
      key: keyOf(file, i),
      url: `${page.url}#${c.anchor[i]}`,
      page: page.title,
      path: c.parent[i] ? [page.title, c.parent[i]!] : [page.title],
      heading: c.heading[i]!,
      body,
      ruleIds: c.ruleIds[i]!,
      aliases: c.names[i]!.flatMap((n) => file.names[n] ?? []),
      platform: page.platform,
      topic: file.topics[c.topic[i]!]!,
    };
  });
}

/** Each rule ID mapped to its home section's key. */
export const ruleHomesOfFile = (file: SearchIndexFile): Record<string, string> => Object.fromEntries(Object.entries(file.ruleHomes).map(([id, i]) => [id, keyOf(file, i)]));

/**
 * Every name and synonym, lower-cased, mapped to all the names of its group. The files of one
 * build list the same groups in the same order, each with its own language's names, so a
 * group's names are those of its place in every loaded file. A name in two groups keeps the
 * later one: a glossary term's group wins over a synonym group.
 */
export function aliasesOfFiles(files: SearchIndexFile[]): Record<string, string[]> {
  const aliases: Record<string, string[]> = {};
  const groups = files[0]?.names.map((_, i) => [...new Set(files.flatMap((f) => f.names[i] ?? []))]) ?? [];
  for (const group of groups) for (const name of group) aliases[name.normalize('NFKC').toLowerCase()] = group;
  return aliases;
}
