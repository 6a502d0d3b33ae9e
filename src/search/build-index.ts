import { fillTemplate } from '../handbook/reply-templates';
import type { GlossaryEntry, ReplyTemplate } from '../handbook/schema';
import { localePath } from '../i18n';
import { langs, type Lang } from '../engine/text';
import { ruleWords, searchRules } from './rule-source';
import { sectionsOf, type PageSection, type PageSource } from './sections';
import { synonymGroups } from './synonyms';
import type { IndexColumns, IndexPage, SearchIndexFile } from './types';

const namesOf = (entry: GlossaryEntry): string[] => [
  ...new Set([entry.term.en, entry.term['zh-cn'], entry.expansion?.en, entry.expansion?.['zh-cn'], ...entry.aliases].filter((n): n is string => !!n)),
];

const platformOf = (group: string): IndexPage['platform'] => (group === 'amazon' || group === 'ebay' ? group : 'both');
const TEMPLATES_PAGE = 'writing/reply-templates';
const GLOSSARY_PAGE = 'reference/glossary';
const cjk = /[\u3400-\u9fff\uf900-\ufaff]/;

/** A section as it is built, before the file lays the sections out in columns. */
interface BuiltSection {
  key: string;
  page: number;
  parent?: string;
  heading: string;
  body: string;
  ruleIds?: string[];
  names?: number[];
  topic: string;
}

/** The sections column by column, topics as indexes into their own list. */
function columnsOf(sections: BuiltSection[]): { sections: IndexColumns; topics: string[] } {
  const topics = [...new Set(sections.map((s) => s.topic))];
  return {
    topics,
    sections: {
      page: sections.map((s) => s.page),
      anchor: sections.map((s) => s.key.slice(s.key.indexOf('#') + 1)),
      parent: sections.map((s) => s.parent ?? ''),
      heading: sections.map((s) => s.heading),
      body: sections.map((s) => s.body),
      ruleIds: sections.map((s) => s.ruleIds ?? []),
      names: sections.map((s) => s.names ?? []),
      topic: sections.map((s) => topics.indexOf(s.topic)),
    },
  };
}

/**
 * The search index of the whole handbook, one file per language, built once at build time.
 * Every word is kept: section bodies in full, each reply template and glossary term as a
 * section of its own on the page that shows it, and every rule's text in its home section.
 */
export function buildSearchIndex(
  pages: PageSource[],
  glossary: GlossaryEntry[],
  glossaryTitle: Record<string, string>,
  templates: ReplyTemplate[] = [],
): Record<Lang, SearchIndexFile> {
  const areaOfRule = new Map(searchRules.map((r) => [r.id, r.area]));
  // Synonyms first, so a glossary name that is also a synonym keeps its glossary group.
  const names: string[][] = [...synonymGroups, ...glossary.map(namesOf)];
  const nameOfEntry = (i: number) => synonymGroups.length + i;
  const aliasesByKey = new Map<string, number[]>();
  glossary.forEach((entry, i) => {
    if (!entry.see) return;
    const [path = '', anchor = ''] = entry.see.replace(/^\/handbook\//, '').split('/#');
    const key = `${path.replace(/\/$/, '')}#${anchor}`;
    aliasesByKey.set(key, [...(aliasesByKey.get(key) ?? []), nameOfEntry(i)]);
  });

  const fileFor = (lang: Lang): SearchIndexFile => {
    const filePages: IndexPage[] = [];
    const sections: BuiltSection[] = [];
    const pageIndex = new Map<string, number>();
    const pageOf = (page: IndexPage) => {
      if (!pageIndex.has(page.slug)) pageIndex.set(page.slug, filePages.push(page) - 1);
      return pageIndex.get(page.slug)!;
    };
    const own = pages.filter((p) => p.lang === lang);
    const split = new Map<PageSource, PageSection[]>(own.map((p) => [p, sectionsOf(p)]));

    // A rule whose callout no section shows still has its words in its home section.
    const shown = new Set([...split.values()].flat().flatMap((s) => s.ruleIds));
    const homeless = new Map<string, string[]>();
    for (const r of searchRules) if (!shown.has(r.id)) homeless.set(r.home, [...(homeless.get(r.home) ?? []), r.id]);

    for (const page of own) {
      const found = split.get(page)!;
      const pageTopic =
        found
          .flatMap((s) => s.ruleIds)
          .map((id) => areaOfRule.get(id))
          .find(Boolean) ?? page.group;
      const p = pageOf({ slug: page.slug, title: page.title, url: page.url, platform: platformOf(page.group) });
      for (const s of found) {
        const extra = homeless.get(s.key) ?? [];
        const ruleIds = [...s.ruleIds, ...extra];
        const body = [s.body, ...extra.map((id) => ruleWords(id, lang))].join(' ').trim();
        const named = aliasesByKey.get(s.key);
        sections.push({
          key: s.key,
          page: p,
          parent: s.path[1],
          heading: s.heading,
          body,
          ruleIds,
          names: named,
          topic: ruleIds.map((id) => areaOfRule.get(id)).find(Boolean) ?? pageTopic,
        });
        // Each reply template the section lists is a section of its own, at its anchor on this page.
        if (page.slug === TEMPLATES_PAGE)
          for (const tpl of templates.filter((t) => t.kinds[0] && s.lists.includes(t.kinds[0])))
            sections.push({
              key: `${TEMPLATES_PAGE}#template-${tpl.id}`,
              page: p,
              parent: s.heading,
              heading: tpl.title[lang],
              // The bodies are English (and German) on both pages; the English index carries them,
              // and a query in those words on a Chinese page brings that index in.
              body: [tpl.explanation[lang], ...(lang === 'en' ? [fillTemplate(tpl.body, 'en'), tpl.bodyDe ? fillTemplate(tpl.bodyDe, 'de') : ''] : [])]
                .join(' ')
                .replace(/\s+/g, ' ')
                .trim(),
              ruleIds: tpl.rules,
              topic: areaOfRule.get(tpl.rules[0] ?? '') ?? 'writing',
            });
      }
    }

    // Every glossary term is a section of its own, on the glossary page.
    const glossaryUrl = localePath(lang, `/handbook/${GLOSSARY_PAGE}/`);
    const gp = pageOf({ slug: GLOSSARY_PAGE, title: glossaryTitle[lang] ?? 'Glossary', url: glossaryUrl, platform: 'both' });
    glossary.forEach((entry, i) =>
      sections.push({
        key: `${GLOSSARY_PAGE}#${entry.id}`,
        page: gp,
        heading: entry.expansion ? `${entry.term[lang]} (${entry.expansion[lang]})` : entry.term[lang],
        body: entry.definition[lang],
        names: [nameOfEntry(i)],
        topic: 'reference',
      }),
    );

    const at = new Map(sections.map((s, i) => [s.key, i]));
    // A rule's ID jumps to its home section (a partial handbook, as some tests build, may lack it).
    const ruleHomes = Object.fromEntries(searchRules.filter((r) => at.has(r.home)).map((r) => [r.id, at.get(r.home)!]));
    // Each file holds the names a query in its language types: the English file no Chinese, the
    // Chinese file no everyday English synonyms, though it keeps the glossary's English terms
    // (A-to-z, INR, chargeback), which Chinese text uses as they are. A query with a word of
    // the other language brings that language's file in (search-dialog.ts).
    const ownNames = names.map((group, i) =>
      lang === 'en' ? group.filter((name) => !cjk.test(name)) : i < synonymGroups.length ? group.filter((name) => cjk.test(name)) : group,
    );
    return { version: 3, lang, pages: filePages, ...columnsOf(sections), names: ownNames, ruleHomes };
  };
  return Object.fromEntries(langs.map((lang) => [lang, fileFor(lang)])) as Record<Lang, SearchIndexFile>;
}
