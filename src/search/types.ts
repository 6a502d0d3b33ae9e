import type { Lang } from '../engine/text';

/** One searchable section of the handbook: an H2 or H3 with the text under it. */
export interface SearchSection {
  lang: Lang;
  /** Language-neutral key, shared by a section and its translation: `amazon/feedback#feedback-time-limits`. */
  key: string;
  url: string;
  page: string;
  /** Page title, then the H2 above, then the section's own heading. */
  path: string[];
  heading: string;
  /** Plain text under the heading, rule callouts included, capped. */
  body: string;
  ruleIds: string[];
  /** Glossary terms and aliases that point at this section. */
  aliases: string[];
  platform: 'amazon' | 'ebay' | 'both';
  topic: string;
}

/** One language's index file, loaded on the first search: its sections and their fuzzy index. */
export interface SearchIndexFile {
  version: 1;
  lang: Lang;
  sections: SearchSection[];
  /** The short strings fuzzy matching looks at: headings and glossary names, lower-cased. */
  terms: string[];
  /** Fuse's serialized index over `terms`. */
  fuzzy: unknown;
  /** Every glossary name, lower-cased, mapped to all the names of its term (the English term first). */
  aliases: Record<string, string[]>;
  /** Rule IDs mapped to their home section key. */
  ruleHomes: Record<string, string>;
}
