import { langs, type Lang } from '../engine/text';
import { en, type UiKey } from './en';
import { zhCn } from './zh-cn';
import { siteBase, withBase, withoutBase } from './base-path';

export type { Lang, UiKey };
export { langs, siteBase, withBase, withoutBase };

export const defaultLang: Lang = 'en';

const dictionaries: Record<Lang, Record<UiKey, string>> = {
  en,
  'zh-cn': zhCn,
};

/** The UI string `key` in `lang`. */
export function t(lang: Lang, key: UiKey): string {
  return dictionaries[lang][key];
}

/** BCP 47 tag for `<html lang>`, `hreflang` and `lang` attributes. */
export function htmlLang(lang: Lang): 'en' | 'zh-CN' {
  return lang === 'zh-cn' ? 'zh-CN' : 'en';
}

/** The language that is not `lang` (Casebook has exactly two). */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh-cn' : 'en';
}

const PREFIX = '/zh-cn';

/** Which language a URL path belongs to: `/zh-cn/...` (under the site's base) is Chinese, all else English. */
export function langFromPath(path: string, base = siteBase()): Lang {
  const p = withoutBase(pathOnly(path), base).toLowerCase();
  return p === PREFIX || p.startsWith(`${PREFIX}/`) ? 'zh-cn' : 'en';
}

/** Removes the site's base and the language prefix: `/zh-cn/x/` → `/x/`, `/x/` → `/x/`. */
export function stripLocale(path: string, base = siteBase()): string {
  const p = normalise(withoutBase(pathOnly(path), base));
  if (langFromPath(p, '/') === 'en') return p;
  const rest = p.slice(PREFIX.length);
  return rest === '' ? '/' : rest;
}

/**
 * The URL of `path` (a language-neutral site path such as `/` or
 * `/handbook/returns/`) in `lang`, under the site's base: `/handbook/` or `/zh-cn/handbook/`
 * (`/casebook/zh-cn/handbook/` when built with `BASE=/casebook/`).
 * Directory paths always end with a slash (the site uses `trailingSlash: 'always'`).
 */
export function localePath(lang: Lang, path = '/', base = siteBase()): string {
  const suffix = /[?#].*$/.exec(path)?.[0] ?? '';
  const p = stripLocale(path, base);
  if (lang === defaultLang) return withBase(p, base) + suffix;
  return withBase(p === '/' ? `${PREFIX}/` : `${PREFIX}${p}`, base) + suffix;
}

/** The same page in `targetLang`: `/x/` ↔ `/zh-cn/x/`. Query and hash are kept. */
export const switchLocalePath = (currentPath: string, targetLang: Lang, base = siteBase()): string => localePath(targetLang, currentPath, base);

/** `Page · Casebook`, or just `Casebook` when there is no page title. */
export function pageTitle(lang: Lang, title?: string): string {
  const site = t(lang, 'site.name');
  return title && title !== site ? `${title}${t(lang, 'site.titleSeparator')}${site}` : site;
}

function pathOnly(path: string): string {
  return path.replace(/[?#].*$/, '');
}

/** Leading slash, no duplicate slashes, trailing slash unless the last segment is a file. */
function normalise(path: string): string {
  let p = pathOnly(path).trim();
  if (!p.startsWith('/')) p = `/${p}`;
  p = p.replace(/\/{2,}/g, '/');
  const last = p.slice(p.lastIndexOf('/') + 1);
  if (last !== '' && !last.includes('.')) p = `${p}/`;
  return p;
}

export type KeysWith<P extends string> = Extract<UiKey, `${P}${string}`>;

/** The UI strings whose keys start with one of `prefixes`: what an island needs, and no more. */
export function stringsWith<P extends string>(lang: Lang, ...prefixes: P[]): Record<KeysWith<P>, string> {
  const dictionary = dictionaries[lang];
  return Object.fromEntries(Object.entries(dictionary).filter(([key]) => prefixes.some((p) => key.startsWith(p)))) as Record<KeysWith<P>, string>;
}
