import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Response } from '@playwright/test';
import { alreadyLoaded, sumBytes, weightKinds, type KindWeight, type Transfer, type WeightKind } from '../../src/build/page-weight';

/**
 * Measures page weight in a browser (see src/build/page-weight.ts): every response of a page
 * load until every island has hydrated and the network has been quiet for a while (islands load
 * and fetch what they need at start; a worker's requests count too), each body gzipped at level 9
 * here, since `astro preview` does not compress.
 */
/** How long the network must stay quiet before a page load counts as done. */
const QUIET_MS = 1_000;

export async function pageLoad(context: BrowserContext, origin: string, path: string, loaded: Set<string>, ready?: string): Promise<Transfer[]> {
  const page = await context.newPage();
  const pending: Promise<Transfer | null>[] = [];
  const record = (response: Response) => {
    const url = response.url();
    const isDocument = response.request().isNavigationRequest() && response.request().frame() === page.mainFrame();
    if (!url.startsWith(origin) || alreadyLoaded(url, isDocument, loaded)) return;
    loaded.add(url);
    // A redirect has no body to count.
    pending.push(
      response.body().then(
        (body) => ({ url: url.slice(origin.length), gzipBytes: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  };
  // Requests under way, and when the network last did anything.
  let inFlight = 0;
  let lastActivity = Date.now();
  const started = () => ((inFlight += 1), (lastActivity = Date.now()));
  const ended = () => ((inFlight -= 1), (lastActivity = Date.now()));
  context.on('response', record);
  context.on('request', started);
  context.on('requestfinished', ended);
  context.on('requestfailed', ended);
  try {
    const response = await page.goto(origin + path, { waitUntil: 'networkidle' });
    // A missing page would weigh little and pass: refuse it.
    if (!response?.ok()) throw new Error(`page weight: ${path} answered ${response?.status() ?? 'nothing'}`);
    // `client:idle` islands may start after the first quiet moment: wait for all of them, then for quiet again.
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 30_000 });
    // A page whose work comes later (a quiz drawn in a worker) is weighed once that work shows, not at a quiet moment before it.
    if (ready) await page.locator(ready).first().waitFor({ timeout: 30_000 });
    const deadline = Date.now() + 30_000;
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) {
      if (Date.now() > deadline) throw new Error(`page weight: ${path} kept loading for 30 s (${inFlight} requests under way)`);
      await page.waitForTimeout(100);
    }
    return (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
  } finally {
    context.off('response', record);
    context.off('request', started);
    context.off('requestfinished', ended);
    context.off('requestfailed', ended);
    await page.close();
  }
}

/** One kind's weight: its first page in a fresh browser context, then its next page in the same context. */
export async function kindWeight(browser: Browser, origin: string, kind: WeightKind): Promise<KindWeight & { files: { first: Transfer[]; next: Transfer[] } }> {
  const context = await browser.newContext();
  try {
    const loaded = new Set<string>();
    const first = await pageLoad(context, origin, kind.first, loaded, kind.ready);
    const next = await pageLoad(context, origin, kind.next, loaded, kind.ready);
    return { kind: kind.kind, first: sumBytes(first), next: sumBytes(next), files: { first, next } };
  } finally {
    await context.close();
  }
}

/** Every kind's weight, one after another (contexts in parallel would share nothing anyway, but compete for the CPU). */
export async function siteWeight(browser: Browser, origin: string, kinds: readonly WeightKind[] = weightKinds) {
  const rows = [];
  for (const kind of kinds) rows.push(await kindWeight(browser, origin, kind));
  return rows;
}
