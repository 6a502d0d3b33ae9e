import type { Lang } from '../engine/text';
import { handbookGroups, type HandbookGroup } from './schema';

/** What navigation needs of a handbook page. */
export interface NavPage {
  slug: string;
  title: string;
  group: HandbookGroup;
  order: number;
}

/** A content entry ID (`zh-cn/amazon/feedback`) split into its language and slug. */
export function splitEntryId(id: string): { lang: Lang; slug: string } {
  const [lang, ...rest] = id.split('/');
  if (lang !== 'en' && lang !== 'zh-cn') throw new Error(`handbook entry ${id} is not under en/ or zh-cn/`);
  return { lang, slug: rest.join('/') };
}

/** Pages in reading order: by sidebar group, then by their order within it. */
export function readingOrder<T extends NavPage>(pages: T[]): T[] {
  return [...pages].sort((a, b) => handbookGroups.indexOf(a.group) - handbookGroups.indexOf(b.group) || a.order - b.order || a.slug.localeCompare(b.slug));
}

export function groupsOf<T extends NavPage>(pages: T[]): { group: HandbookGroup; pages: T[] }[] {
  const ordered = readingOrder(pages);
  return handbookGroups.map((group) => ({ group, pages: ordered.filter((p) => p.group === group) })).filter((g) => g.pages.length > 0);
}

/** The pages before and after `slug` in reading order. */
export function neighboursOf<T extends NavPage>(pages: T[], slug: string): { prev?: T; next?: T } {
  const ordered = readingOrder(pages);
  const i = ordered.findIndex((p) => p.slug === slug);
  return i < 0 ? {} : { prev: ordered[i - 1], next: ordered[i + 1] };
}
