import Fuse from 'fuse.js';
import { rules } from '../engine/policy/registry';
import type { GlossaryEntry } from '../handbook/schema';
import { localePath } from '../i18n';
import { langs, type Lang } from '../engine/text';
import { sectionsOf, type PageSource } from './sections';
import { synonymGroups } from './synonyms';
import type { SearchIndexFile, SearchSection } from './types';

const namesOf = (entry: GlossaryEntry): string[] =>
  [...new Set([entry.term.en, entry.term['zh-cn'], entry.expansion?.en, entry.expansion?.['zh-cn'], ...entry.aliases].filter((n): n is string => !!n))];

/** The search index of the whole handbook, one file per language, built once at build time. */
export function buildSearchIndex(pages: PageSource[], glossary: GlossaryEntry[], glossaryTitle: Record<string, string>): Record<Lang, SearchIndexFile> {
  const areaOfRule = new Map(rules.map((r) => [r.id, r.area]));
  const aliasesByKey = new Map<string, string[]>();
  for (const entry of glossary) {
    if (!entry.see) continue;
    const [path = '', anchor = ''] = entry.see.replace(/^\/handbook\//, '').split('/#');
    const key = `${path.replace(/\/$/, '')}#${anchor}`;
    aliasesByKey.set(key, [...(aliasesByKey.get(key) ?? []), ...namesOf(entry)]);
  }

  const sections: SearchSection[] = pages.flatMap((page) => {
    const found = sectionsOf(page);
    const pageTopic = found.flatMap((s) => s.ruleIds).map((id) => areaOfRule.get(id)).find(Boolean) ?? page.group;
    return found.map((s) => ({
      ...s,
      aliases: aliasesByKey.get(s.key) ?? [],
      platform: page.group === 'amazon' || page.group === 'ebay' ? page.group : 'both',
      topic: s.ruleIds.map((id) => areaOfRule.get(id)).find(Boolean) ?? pageTopic,
    }));
  });

  // Every glossary term is a section of its own, on the glossary page.
  for (const entry of glossary)
    for (const lang of langs)
      sections.push({
        lang,
        key: `reference/glossary#${entry.id}`,
        url: localePath(lang, `/handbook/reference/glossary/#${entry.id}`),
        page: glossaryTitle[lang] ?? 'Glossary',
        path: [glossaryTitle[lang] ?? 'Glossary'],
        heading: entry.expansion ? `${entry.term[lang]} (${entry.expansion[lang]})` : entry.term[lang],
        body: entry.definition[lang],
        ruleIds: [],
        aliases: namesOf(entry),
        platform: 'both',
        topic: 'reference',
      });

  const aliases: Record<string, string[]> = {};
  for (const group of synonymGroups) for (const word of group) aliases[word] = group;
  for (const entry of glossary) for (const name of namesOf(entry)) aliases[name.normalize('NFKC').toLowerCase()] = namesOf(entry);

  const ruleHomes = Object.fromEntries(rules.map((r) => [r.id, `${r.handbook.page}#${r.handbook.anchor}`]));
  const fileFor = (lang: Lang): SearchIndexFile => {
    const own = sections.filter((s) => s.lang === lang);
    // Fuzzy matching looks only at short fields: headings and glossary names with a Latin word in
    // them, one index per language, so Chinese text is never weighed against English.
    const terms = [...new Set(own.flatMap((s) => [s.heading, ...s.aliases]).map((t) => t.normalize('NFKC').toLowerCase()))].filter((t) => /[a-z]{3}/.test(t));
    return { version: 1, lang, sections: own, terms, fuzzy: Fuse.createIndex([], terms).toJSON(), aliases, ruleHomes };
  };
  return { en: fileFor('en'), 'zh-cn': fileFor('zh-cn') };
}
