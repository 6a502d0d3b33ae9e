import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withoutBase } from '../i18n/base-path';
import { filesUnder } from './files';

/**
 * Checks over a built site (`dist/`): every internal link and #anchor resolves. Pure functions over files, so a fixture site proves
 * they bite. What a page weighs is measured in a browser: page-weight.ts.
 */

export interface BuiltPage {
  /** The page's URL path: `/handbook/amazon/feedback/`. */
  url: string;
  file: string;
  html: string;
}

const urlOf = (dist: string, file: string): string => {
  const rel = relative(dist, file).split(sep).join('/');
  return rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
};

export function builtPages(dist: string): BuiltPage[] {
  return filesUnder(dist, '.html')
    .map((file) => ({ url: urlOf(dist, file), file, html: readFileSync(file, 'utf8') }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

const attributeValues = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => decode(m[1]!));
const decode = (value: string) =>
  value
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
const idsOf = (html: string) => new Set(attributeValues(html, /\sid="([^"]*)"/g));

/**
 * Every broken internal link of the site, as `page: link — why`. A site built under a sub-path
 * (`base`, such as `/casebook/`) is served from it, so every internal link must stay under it.
 */
export function linkProblems(dist: string, origin = 'http://localhost:4321', base = '/'): string[] {
  const pages = builtPages(dist);
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const ids = new Map<string, Set<string>>();
  const idsFor = (page: BuiltPage) => ids.get(page.url) ?? ids.set(page.url, idsOf(page.html)).get(page.url)!;
  const problems: string[] = [];
  for (const page of pages) {
    for (const href of attributeValues(page.html, /<a\s[^>]*?href="([^"]*)"/g)) {
      const url = new URL(href, origin + base + page.url.slice(1));
      if (url.origin !== origin) continue;
      const path = withoutBase(url.pathname, base);
      if (path === url.pathname && base !== '/') {
        problems.push(`${page.url}: ${href} — outside the site's base ${base}`);
        continue;
      }
      const target = byUrl.get(path);
      if (!target) {
        const asset = join(dist, decodeURIComponent(path));
        if (!(path.includes('.') && existsSync(asset))) problems.push(`${page.url}: ${href} — no such page`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsFor(target).has(anchor)) problems.push(`${page.url}: ${href} — no #${anchor} on ${target.url}`);
    }
  }
  return problems;
}
