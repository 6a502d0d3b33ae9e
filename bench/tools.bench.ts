/**
 * Live-work tools benchmark (`npm run bench:tools`, after a build): what the tools cost per
 * keystroke in Node, then in Chromium on the built pages: long tasks while typing into a
 * 5,000-character draft, and while the decision helper and the clock react. Prints figures.
 * Targets: checkReply p95 ≤ 2 ms on 5,000 characters; a changed answer in the helper within one
 * frame (16 ms); no long task ≥ 50 ms in the browser.
 */
import { settle } from '../src/components/facts-form/case-form';
import { advise } from '../src/engine/advise';
import { deadlinesFor } from '../src/engine/clock';
import { messageTopics } from '../src/engine/case-choices';
import { factsFromAnswers } from '../src/engine/questions';
import { checkReply } from '../src/engine/reply-check';
import { draftFrom } from './drafts';
import { measure } from './measure';
import { withBuiltSite } from './preview';
import { policy } from '../src/engine/loaded-policy';

const NOW = '2026-11-23T12:00:00Z';
const longDrafts = Array.from({ length: 2_000 }, (_, i) => draftFrom(i, 5_000));
measure('checkReply 5,000 chars', longDrafts, (text) => checkReply(text, { platform: 'amazon', caseKind: 'amazon-message' }), 2);

const forms = Array.from({ length: 2_000 }, (_, i) => ({
  kind: 'amazon-message' as const,
  answers: { topic: messageTopics[i % messageTopics.length], 'order.price': 10 + (i % 90) },
}));
measure(
  'helper: one answer changed (questions + facts + advice + deadlines)',
  forms,
  (form) => {
    const { answers } = settle(form, 'advice', NOW);
    const facts = factsFromAnswers(policy, form.kind, answers, 'advice', NOW);
    if (facts.ok) {
      advise(policy, facts.facts);
      deadlinesFor(policy, facts.facts, NOW);
    }
  },
  16,
);

interface Tasks {
  longTasks: number[];
}

await withBuiltSite(4398, async (browser, origin) => {
  const page = await browser.newPage();
  const watch = () =>
    page.evaluate(() => {
      const w = window as unknown as Tasks;
      w.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
  const tasks = () => page.evaluate(() => (window as unknown as Tasks).longTasks);
  const report = (what: string, list: number[]) =>
    console.log(`browser  ${what.padEnd(44)} long tasks ≥ 50 ms: ${list.filter((d) => d >= 50).length}  longest ${list.length ? Math.max(...list).toFixed(0) : 0} ms`);

  await page.goto(`${origin}/tools/reply-checker/`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await watch();
  await page.locator('#checker-draft').fill(draftFrom(1, 5_000));
  await page.locator('#checker-draft').press('End');
  await page.locator('#checker-draft').pressSequentially(' Please see www.example.com for details, kind regards.', { delay: 40 });
  await page.waitForTimeout(400);
  report('reply checker, typing into 5,000 characters', await tasks());

  await page.goto(`${origin}/tools/decision-helper/`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await watch();
  for (const topic of messageTopics) await page.locator('#helper-topic').selectOption(topic);
  await page.waitForTimeout(300);
  report(`decision helper, ${messageTopics.length} topic changes`, await tasks());

  await page.goto(`${origin}/tools/case-clock/`);
  await page.locator('astro-island:not([ssr])').waitFor();
  await watch();
  await page.waitForTimeout(3_000);
  report('case clock, three seconds of countdown', await tasks());
});
