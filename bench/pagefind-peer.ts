import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/**
 * Pagefind (the static-site search Starlight ships) as the benchmark's peer: an index of the
 * same built handbook pages, queried in Chromium through its own pagefind.js. Results are
 * flattened to sections (Pagefind's pages in its order, each page's sub-results best first by
 * Pagefind's own scores) so both searches are scored the same way.
 */

/** The part of Pagefind's Node API the benchmark uses. */
interface PagefindApi {
  createIndex: (config: { rootSelector?: string }) => Promise<{
    index?: {
      addDirectory: (o: { path: string; glob: string }) => Promise<{ errors: string[]; page_count: number }>;
      writeFiles: (o: { outputPath: string }) => Promise<{ errors: string[] }>;
    };
  }>;
  close: () => Promise<unknown>;
}

export const PAGEFIND_DIR = 'dist/_pagefind-bench';

/** Builds the Pagefind index of dist/'s handbook pages, both languages. */
export async function buildPagefind(): Promise<boolean> {
  let pagefind: PagefindApi;
  try {
    const name = process.env.PAGEFIND_MODULE ?? 'pagefind';
    pagefind = (await import(/* @vite-ignore */ name)) as PagefindApi;
  } catch {
    console.log('pagefind: not installed (npm install) — peer skipped');
    return false;
  }
  rmSync(PAGEFIND_DIR, { recursive: true, force: true });
  const { index } = await pagefind.createIndex({ rootSelector: 'main' });
  if (!index) throw new Error('pagefind: could not create an index');
  const added = await index.addDirectory({ path: 'dist', glob: '{handbook,zh-cn/handbook}/**/*.html' });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  await index.writeFiles({ outputPath: PAGEFIND_DIR });
  await pagefind.close();
  console.log(`pagefind    indexed ${added.page_count} handbook pages`);
  return true;
}

/** `/zh-cn/handbook/amazon/feedback/#feedback-time-limits` → `amazon/feedback#feedback-time-limits`. */
export function keyOfUrl(url: string): string {
  const [path = '', anchor = ''] = url.split('#');
  const slug = path
    .replace(/^\/(zh-cn\/)?handbook\//, '')
    .replace(/\/(index\.html)?$/, '')
    .replace(/\.html$/, '');
  return `${slug}#${anchor.replace(/-title$/, '')}`;
}

export interface PagefindRun {
  rank: (q: string, lang: 'en' | 'zh-cn') => Promise<string[]>;
  times: number[];
  firstSearchBytes: number;
}

/** Opens one page per language with Pagefind loaded; `rank` returns section keys for a query. */
export async function pagefindIn(browser: Browser, origin: string): Promise<PagefindRun> {
  const pages = {
    en: await browser.newPage(),
    'zh-cn': await browser.newPage(),
  };
  const requested: string[] = [];
  pages.en.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await pages.en.goto(`${origin}/handbook/`);
  await pages['zh-cn'].goto(`${origin}/zh-cn/handbook/`);
  for (const page of Object.values(pages))
    await page.evaluate(
      async (dir) => {
        const w = window as unknown as { pf: { init: () => Promise<void> } };
        w.pf = await import(/* @vite-ignore */ `/${dir}/pagefind.js`);
        await w.pf.init();
      },
      PAGEFIND_DIR.replace(/^dist\//, ''),
    );
  const times: number[] = [];
  const rank = async (q: string, lang: 'en' | 'zh-cn') => {
    const { urls, ms } = await pages[lang].evaluate(async (query) => {
      type Sub = { url: string; locations: number[]; weighted_locations?: { balanced_score: number }[] };
      type Data = { url: string; sub_results: Sub[] };
      const pf = (window as unknown as { pf: { search: (q: string) => Promise<{ results: { data: () => Promise<Data> }[] }> } }).pf;
      const start = performance.now();
      const found = await pf.search(query);
      const data = await Promise.all(found.results.slice(0, 3).map((r) => r.data()));
      const ms = performance.now() - start;
      // Pagefind lists a page's sub-results in document order; its own UI shows those with the
      // most matches. Each page's sections are ranked by Pagefind's own per-match scores, and
      // the page's top without a heading (its title and intro, which no section holds) is left out.
      // (No named functions in here: the page cannot see the bundler's helpers.)
      const urls = data.flatMap((d) => {
        const anchored = d.sub_results
          .filter((s) => s.url.includes('#'))
          .map((s) => ({ url: s.url, score: (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0), n: s.locations.length }));
        return anchored.length ? anchored.sort((a, b) => b.score - a.score || b.n - a.n).map((s) => s.url) : [d.url];
      });
      return { urls, ms };
    }, q);
    times.push(ms);
    return urls.map(keyOfUrl);
  };
  // First-search bytes: what one English search loads, gzip, read from disk.
  await rank('chargeback refund', 'en');
  const files = [...new Set(requested.filter((p) => p.includes(PAGEFIND_DIR.replace(/^dist\//, ''))))];
  const firstSearchBytes = files.reduce((sum, p) => {
    const file = join('dist', p);
    return existsSync(file) ? sum + gzipSync(readFileSync(file)).length : sum;
  }, 0);
  times.length = 0;
  return { rank, times, firstSearchBytes };
}
