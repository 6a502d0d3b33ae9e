import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budgetProblems, builtPages, linkProblems, scriptBytes } from '../../src/build/site-check';

// A small built site kept broken on purpose: the checks must find exactly its faults.
const dist = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

describe('site checks after the build', () => {
  it('find every page of a built site by its URL', () => {
    expect(builtPages(dist).map((p) => p.url)).toEqual(['/', '/good/']);
  });

  it('name each broken link and anchor with its page, and pass the good ones', () => {
    expect(linkProblems(dist)).toEqual([
      '/: /missing/ — no such page',
      '/: /good/#nowhere — no #nowhere on /good/',
      '/: #gone — no #gone on /',
    ]);
  });

  it('measure inline scripts gzipped, and hold pages to their budget', () => {
    const [home, good] = scriptBytes(dist);
    expect(home!.gzipBytes).toBeGreaterThan(20);
    expect(good!.gzipBytes).toBe(0);
    expect(budgetProblems([{ url: '/handbook/x/', gzipBytes: 10 * 1024 + 1 }])).toEqual([expect.stringMatching(/^\/handbook\/x\/: 10241 B .* over the handbook page budget/)]);
    expect(budgetProblems([{ url: '/zh-cn/handbook/x/', gzipBytes: 10 * 1024 }])).toEqual([]);
  });
});
