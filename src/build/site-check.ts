import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { withoutBase } from '../i18n/base-path';
import { filesUnder } from './files';

/**
 * Checks over a built site (`dist/`): every internal link and #anchor resolves, and a page
 * whose scripts read page data carries it. Pure functions over files, so a fixture site proves
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

/** What a module imports statically (`import x from "./a.js"`, `import "./b.js"`, `export … from`); `import()` waits for use. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[\s;}])(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** What a module loads later, on use (`import("./c.js")`). */
export const dynamicImports = (code: string): string[] => [...code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!);

interface BuiltModule {
  code: string;
  imports: string[];
  later: string[];
}

/** The site's script files, read once each, and what a page reaches from its entries. */
export function moduleGraph(dist: string, base = '/') {
  const modules = new Map<string, BuiltModule>();
  const resolve = (src: string, list: string[]) => list.map((i) => new URL(i, `http://x${src}`).pathname);
  const moduleAt = (src: string): BuiltModule => {
    if (!modules.has(src)) {
      const path = join(dist, withoutBase(src, base).replace(/^\//, ''));
      const code = existsSync(path) ? readFileSync(path, 'utf8') : '';
      modules.set(src, { code, imports: resolve(src, staticImports(code)), later: resolve(src, dynamicImports(code)) });
    }
    return modules.get(src)!;
  };
  const closure = (entries: string[], withLater = false) => {
    const seen = new Set<string>();
    const visit = (src: string) => {
      if (seen.has(src)) return;
      seen.add(src);
      const module = moduleAt(src);
      module.imports.forEach(visit);
      if (withLater) module.later.forEach(visit);
    };
    entries.forEach(visit);
    return seen;
  };
  const entriesOf = (html: string) => [
    ...attributeValues(html, /<script[^>]*\ssrc="([^"]+)"/g),
    ...attributeValues(html, /<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ...attributeValues(html, /\s(?:component|renderer)-url="([^"]+)"/g),
  ];
  return { moduleAt, closure, entriesOf };
}

/** Data a page carries for its scripts (`<script type="application/json" id=…>`), and how to tell a script that reads it. */
export interface PageData {
  /** What it is, for the messages: "the rules". */
  what: string;
  id: string;
  component: string;
  /** A string only the data's reader module contains (its error message). */
  marker: string;
}

/**
 * A page whose scripts (now or on use) read page data must carry it; a page that carries it
 * without such a script only weighs more.
 */
export function pageDataProblems(dist: string, data: PageData, base = '/'): string[] {
  const { moduleAt, closure, entriesOf } = moduleGraph(dist, base);
  return builtPages(dist).flatMap((page) => {
    const reads = [...closure(entriesOf(page.html), true)].some((src) => moduleAt(src).code.includes(data.marker));
    const carries = page.html.includes(`id="${data.id}"`);
    if (reads && !carries) return [`${page.url}: its scripts read ${data.what}, but the page does not carry them (add ${data.component})`];
    if (carries && !reads) return [`${page.url}: carries ${data.what}, but no script of the page reads them (remove ${data.component})`];
    return [];
  });
}
