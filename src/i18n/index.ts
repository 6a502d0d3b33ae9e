import { langs, type Lang } from '../engine/text';
import { en, type UiKey } from './en';
import { zhCn } from './zh-cn';

export type { Lang, UiKey };
export { langs };

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

/** Which language a URL path belongs to: `/zh-cn/...` is Chinese, all else English. */
export function langFromPath(path: string): Lang {
  const p = pathOnly(path).toLowerCase();
  return p === PREFIX || p.startsWith(`${PREFIX}/`) ? 'zh-cn' : 'en';
}

/** Removes the language prefix: `/zh-cn/x/` → `/x/`, `/x/` → `/x/`. */
export function stripLocale(path: string): string {
  const p = normalise(path);
  if (langFromPath(p) === 'en') return p;
  const rest = p.slice(PREFIX.length);
  return rest === '' ? '/' : rest;
}

/**
 * The URL of `path` (a language-neutral site path such as `/` or
 * `/handbook/returns/`) in `lang`: `/handbook/` or `/zh-cn/handbook/`.
 * Directory paths always end with a slash (the site uses `trailingSlash: 'always'`).
 */
export function localePath(lang: Lang, path = '/'): string {
  const suffix = /[?#].*$/.exec(path)?.[0] ?? '';
  const p = stripLocale(path);
  if (lang === defaultLang) return p + suffix;
  return (p === '/' ? `${PREFIX}/` : `${PREFIX}${p}`) + suffix;
}

/** The same page in `targetLang`: `/x/` ↔ `/zh-cn/x/`. Query and hash are kept. */
export const switchLocalePath = (currentPath: string, targetLang: Lang): string => localePath(targetLang, currentPath);

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
