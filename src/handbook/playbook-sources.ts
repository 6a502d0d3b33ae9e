import type { KeysWith } from '../i18n';

/**
 * The five source documents of the playbook (/work/shared/playbook/sources, FACTS.md's header),
 * as a rule box cites them by number: what each is, its language, its date where the capture
 * gives one, and what it covers. The sources page (SourceList.astro) shows them.
 */
export interface PlaybookSource {
  /** The number rules cite, "000" to "004". */
  id: string;
  /** The document's own title, in its own language. */
  title: string;
  /** The language the title is in (BCP 47), for the title's `lang`. */
  titleLang: string;
  /** What the document is, as a catalog key (the sources page reads it in the page's language). */
  what: KeysWith<'sources.'>;
  language: KeysWith<'sources.languageOf.'>;
  /** YYYY-MM-DD, where the capture gives a date. */
  dated?: string;
  covers: KeysWith<'sources.'>;
  platform: 'amazon' | 'ebay';
}

export const playbookSources: readonly PlaybookSource[] = [
  {
    id: '000',
    title: 'Amazon 客服篇',
    titleLang: 'zh-CN',
    what: 'sources.000.what',
    language: 'sources.languageOf.zh-hans',
    covers: 'sources.000.covers',
    platform: 'amazon',
  },
  {
    id: '001',
    title: '亚马逊卖家需要处理哪些售后事项？',
    titleLang: 'zh-CN',
    what: 'sources.001.what',
    language: 'sources.languageOf.zh-hans',
    covers: 'sources.001.covers',
    platform: 'amazon',
  },
  {
    id: '002',
    title: '亚马逊A-Z的两种情景和解决办法',
    titleLang: 'zh-CN',
    what: 'sources.002.what',
    language: 'sources.languageOf.zh-hans',
    covers: 'sources.002.covers',
    platform: 'amazon',
  },
  {
    id: '003',
    title: 'Mindmap-Galerie Amazon-Kundendienst',
    titleLang: 'de',
    what: 'sources.003.what',
    language: 'sources.languageOf.de-machine',
    dated: '2024-01-31',
    covers: 'sources.003.covers',
    platform: 'amazon',
  },
  {
    id: '004',
    title: 'eBay新手賣家指南eBay客服技巧與建議（上）',
    titleLang: 'zh-TW',
    what: 'sources.004.what',
    language: 'sources.languageOf.zh-hant',
    covers: 'sources.004.covers',
    platform: 'ebay',
  },
];
