/**
 * Search benchmark (`npm run bench:search`): prints figures, asserts nothing.
 * - latency in Node over the labelled query set replayed keystroke by keystroke, on the
 *   real index and on a 10× corpus (the real sections perturbed);
 * - hit@3, MRR and p95 latency side by side with MiniSearch (Chinese bigram tokenizer);
 * - payload of the first search (code and index, gzip) from the built site;
 * - in Chromium: keystroke to results painted, and long tasks while typing.
 * Targets: p95 ≤ 5 ms (real), ≤ 20 ms (10×); first search ≤ 100 KB gzip; paint p95 ≤ 16 ms, no long task ≥ 50 ms.
 */
import { withBuiltSite } from './preview';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { searchIndexFromFiles } from '../src/search/from-files';
import { createSearch } from '../src/search/query';
import type { SearchIndexFile, SearchSection } from '../src/search/types';
import { querySet } from '../test/search/labelled-queries';

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const ms = (n: number) => `${n.toFixed(3)} ms`;
const keystrokes = querySet.flatMap(({ q, lang }) => [...q].map((_, i) => ({ q: q.slice(0, i + 1), lang })));

/** Times one search function over every keystroke of the query set. */
function latency(run: (q: string, lang: 'en' | 'zh-cn') => unknown): number[] {
  for (const { q, lang } of keystrokes.slice(0, 200)) run(q, lang);
  return keystrokes.map(({ q, lang }) => {
    const start = performance.now();
    run(q, lang);
    return performance.now() - start;
  });
}

/** hit@3 and mean reciprocal rank of a ranked-keys function over the labelled queries. */
function quality(rank: (q: string, lang: 'en' | 'zh-cn') => string[]) {
  let hits = 0;
  let rr = 0;
  for (const { q, lang, expect } of querySet) {
    const keys = rank(q, lang);
    const at = keys.findIndex((k) => expect.includes(k));
    if (at >= 0 && at < 3) hits++;
    if (at >= 0) rr += 1 / (at + 1);
  }
  return { hitAt3: hits / querySet.length, mrr: rr / querySet.length };
}

/** Ten copies of every section, each with its words shuffled a little, under new keys (headings, and so the fuzzy terms, stay). */
function tenfold(index: SearchIndexFile): SearchIndexFile {
  const sections: SearchSection[] = [];
  for (let copy = 0; copy < 10; copy++)
    for (const s of index.sections) {
      const words = s.body.split(' ');
      const rotated = copy === 0 ? words : [...words.slice(copy % words.length), ...words.slice(0, copy % words.length)];
      sections.push({ ...s, key: copy === 0 ? s.key : `${s.key}~${copy}`, body: rotated.join(' ') });
    }
  return { ...index, sections };
}

/** MiniSearch as the reference peer: Latin words and Chinese bigrams. */
function miniSearchOver(files: SearchIndexFile[]) {
  const index = { sections: files.flatMap((f) => f.sections) };
  const tokenize = (text: string) => {
    const tokens: string[] = text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
    for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
      if (run.length === 1) tokens.push(run);
      for (let i = 0; i < run.length - 1; i++) tokens.push(run.slice(i, i + 2));
    }
    return tokens;
  };
  const mini = new MiniSearch<SearchSection & { id: number }>({
    fields: ['heading', 'page', 'body', 'aliasText', 'ruleText'],
    storeFields: ['key', 'lang'],
    tokenize,
    searchOptions: { prefix: true, fuzzy: 0.2, boost: { heading: 3, aliasText: 3, ruleText: 3 }, combineWith: 'AND' },
  });
  mini.addAll(index.sections.map((s, id) => ({ ...s, id, aliasText: s.aliases.join(' '), ruleText: s.ruleIds.join(' ') }) as never));
  return (q: string, lang: 'en' | 'zh-cn') => {
    const results = mini.search(q) as unknown as { key: string; lang: string; score: number }[];
    const seen = new Set<string>();
    return results
      .sort((a, b) => b.score + (b.lang === lang ? 0.01 : 0) - (a.score + (a.lang === lang ? 0.01 : 0)))
      .map((r) => r.key)
      .filter((k) => !seen.has(k) && seen.add(k));
  };
}

function nodeFigures() {
  const files = Object.values(searchIndexFromFiles());
  const search = createSearch(files);
  const casebook = (q: string, lang: 'en' | 'zh-cn') => search(q, { lang }).map((h) => h.section.key);
  const peer = miniSearchOver(files);

  const ours = latency(casebook);
  const theirs = latency(peer);
  const big = createSearch(files.map(tenfold));
  const bigLatency = latency((q, lang) => big(q, { lang }));
  const ourQuality = quality(casebook);
  const peerQuality = quality(peer);

  console.log(`search index: ${files.reduce((n, f) => n + f.sections.length, 0)} sections (both languages); ${keystrokes.length} keystrokes from ${querySet.length} labelled queries`);
  console.log(`casebook    real index  median ${ms(quantile(ours, 0.5))}  p95 ${ms(quantile(ours, 0.95))}  (target ≤ 5 ms)`);
  console.log(`casebook    10× corpus  median ${ms(quantile(bigLatency, 0.5))}  p95 ${ms(quantile(bigLatency, 0.95))}  (target ≤ 20 ms)`);
  console.log(`minisearch  real index  median ${ms(quantile(theirs, 0.5))}  p95 ${ms(quantile(theirs, 0.95))}`);
  console.log(`quality     casebook hit@3 ${(ourQuality.hitAt3 * 100).toFixed(1)}%  MRR ${ourQuality.mrr.toFixed(3)}   minisearch hit@3 ${(peerQuality.hitAt3 * 100).toFixed(1)}%  MRR ${peerQuality.mrr.toFixed(3)}`);
  console.log(`ratio       p95 casebook / minisearch ${(quantile(ours, 0.95) / quantile(theirs, 0.95)).toFixed(2)}   hit@3 casebook / minisearch ${(ourQuality.hitAt3 / peerQuality.hitAt3).toFixed(2)}`);
}

/** Gzipped bytes of what the first search loads, read from the built site. */
function payloadFigures(dist = 'dist') {
  if (!existsSync(dist)) return console.log('payload: no dist/ — run `npm run build` first');
  const assets = join(dist, '_astro');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const dialog = files.find((f) => f.startsWith('search-dialog'));
  if (!dialog) return console.log('payload: the search dialog chunk was not found in dist/_astro');
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(join(assets, file), 'utf8').matchAll(/from\s*["']\.\/([^"']+\.js)["']/g)) walk(m[1]!);
  };
  walk(dialog);
  const code = [...seen].reduce((sum, f) => sum + gzipSync(readFileSync(join(assets, f))).length, 0);
  const index = ['en', 'zh-cn'].reduce((sum, lang) => sum + gzipSync(readFileSync(join(dist, 'search-index', `${lang}.json`))).length, 0);
  // What a page loads before search is used: any script of the page that is part of search.
  const home = readFileSync(join(dist, 'index.html'), 'utf8');
  const onLoad = [...seen].filter((f) => home.includes(f)).length;
  console.log(`payload     first search: code ${(code / 1024).toFixed(1)} KB + index ${(index / 1024).toFixed(1)} KB = ${((code + index) / 1024).toFixed(1)} KB gzip (target ≤ 100 KB); search files referenced by a page on load: ${onLoad}`);
}

/** Keystroke-to-paint in Chromium against the built site, and long tasks while typing. */
async function browserFigures() {
  await withBuiltSite(4399, async (browser, origin) => {
    const page = await browser.newPage();
    await page.goto(`${origin}/handbook/`);
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[]; paints: number[] };
      w.longTasks = [];
      w.paints = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    await page.keyboard.press('/');
    await page.locator('.search-dialog input').waitFor();
    await page.waitForFunction(() => !!document.querySelector('.search-dialog'));
    await page.waitForTimeout(500); // the index has loaded
    await page.evaluate(() => {
      const w = window as unknown as { paints: number[] };
      const input = document.querySelector<HTMLInputElement>('.search-dialog input')!;
      const list = document.querySelector('.search-dialog [role=listbox]')!;
      // One figure per keystroke: from the keydown to the frame after the results change.
      let typedAt: number | undefined;
      input.addEventListener('keydown', () => (typedAt = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (typedAt === undefined) return;
        const start = typedAt;
        typedAt = undefined;
        requestAnimationFrame(() => w.paints.push(performance.now() - start));
      }).observe(list, { childList: true });
      (window as unknown as { longTasks: number[] }).longTasks.length = 0;
    });
    for (const query of ['chargeback', '退货运费怎么算', 'a2z 7 days', 'refund fee', 'INR ebay us']) {
      await page.locator('.search-dialog input').fill('');
      await page.locator('.search-dialog input').pressSequentially(query, { delay: 60 });
    }
    const { paints, longTasks } = await page.evaluate(() => window as unknown as { paints: number[]; longTasks: number[] }).then(async () => ({
      paints: await page.evaluate(() => (window as unknown as { paints: number[] }).paints),
      longTasks: await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks),
    }));
    console.log(`browser     keystroke → results painted: n=${paints.length} median ${ms(quantile(paints, 0.5))} p95 ${ms(quantile(paints, 0.95))} (target ≤ 16 ms); long tasks ≥ 50 ms while typing: ${longTasks.filter((d) => d >= 50).length}`);
  });
}

nodeFigures();
payloadFigures();
await browserFigures();
