import { mkdirSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Where the journeys leave a screenshot of each step, for a person to look at. */
export const JOURNEY_DIR = 'test-results/journeys';

export async function snap(page: Page, name: string): Promise<void> {
  mkdirSync(JOURNEY_DIR, { recursive: true });
  await page.screenshot({ path: `${JOURNEY_DIR}/${name}.png` });
}

export const widths = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
] as const;

export const langs = [
  { lang: 'en', prefix: '' },
  { lang: 'zh-cn', prefix: '/zh-cn' },
] as const;

/** Waits until every island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The header's visible parts, grouped into rows by where they sit: a compact header has at most two. */
export async function headerRows(page: Page): Promise<{ rows: number; height: number }> {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header')!;
    const parts = [...header.querySelectorAll('.brand, .header-search, .site-menu-button, .theme-toggle, .lang-switch, .site-nav li')].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
    const rows: { top: number; bottom: number }[] = [];
    for (const el of parts) {
      const { top, bottom } = el.getBoundingClientRect();
      // Parts that overlap vertically share a row.
      const row = rows.find((r) => top < r.bottom && bottom > r.top);
      if (row) {
        row.top = Math.min(row.top, top);
        row.bottom = Math.max(row.bottom, bottom);
      } else rows.push({ top, bottom });
    }
    return { rows: rows.length, height: header.getBoundingClientRect().height };
  });
}

/** Whether the element's top is inside the first screen, without scrolling. */
export async function onFirstScreen(page: Page, selector: string): Promise<{ top: number; viewport: number }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  return page
    .locator(selector)
    .first()
    .evaluate((el) => ({ top: el.getBoundingClientRect().top, viewport: window.innerHeight }));
}

/**
 * Every word in a visible table cell that the layout split over two lines ("O/pe/n"), as
 * "cell text → word". Latin letters and digits only: Chinese text may wrap between any two
 * characters. A word is one run of letters and digits, so a break at a hyphen or a slash is
 * a normal line break, not a split word.
 */
export async function splitWords(page: Page, tableSelector = 'table'): Promise<string[]> {
  return page.evaluate((selector) => {
    const split: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>(selector)) {
      if (table.closest('.visually-hidden') || table.classList.contains('visually-hidden') || table.getBoundingClientRect().width === 0) continue;
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (const match of text.matchAll(/[A-Za-z0-9À-ÿ]{2,}/g)) {
            const range = document.createRange();
            range.setStart(node, match.index!);
            range.setEnd(node, match.index! + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) split.push(`${(cell.textContent ?? '').trim().slice(0, 40)} → ${match[0]}`);
          }
        }
      }
    }
    return split;
  }, tableSelector);
}
