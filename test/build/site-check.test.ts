import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ENGINE_TEXT_ID, MISSING_ENGINE_TEXT } from '../../src/build/engine-text-data';
import { budgetProblems, builtPages, dynamicImports, linkProblems, pageDataProblems, scriptBytes, staticImports } from '../../src/build/site-check';

// A small built site kept broken on purpose: the checks must find exactly its faults.
const dist = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

describe('site checks after the build', () => {
  it('find every page of a built site by its URL', () => {
    expect(builtPages(dist).map((p) => p.url)).toEqual(['/', '/good/', '/island/']);
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

  it('count what an island imports statically, however deep, and leave out what it imports on use', () => {
    const gz = (file: string) => gzipSync(readFileSync(`${dist}_astro/${file}`)).length;
    const island = scriptBytes(dist).find((p) => p.url === '/island/')!;
    expect(island.gzipBytes).toBe(['island.js', 'renderer.js', 'shared.js', 'deep.js', 'side.js'].reduce((sum, f) => sum + gz(f), 0));
    expect(staticImports('import{a}from"./x.js";export{b}from"./y.js";import "./z.js";const l=()=>import("./lazy.js")')).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('hold every tool page to 30 KB, a simulator case page to 40 KB and the pages that generate cases to their own guard', () => {
    expect(budgetProblems([{ url: '/tools/reply-checker/', gzipBytes: 30 * 1024 + 1 }])).toHaveLength(1);
    expect(budgetProblems([{ url: '/zh-cn/tools/case-clock/', gzipBytes: 30 * 1024 }])).toEqual([]);
    expect(budgetProblems([{ url: '/tools/decision-helper/', gzipBytes: 30 * 1024 + 1 }])).toEqual([expect.stringContaining('tool page budget')]);
    expect(budgetProblems([{ url: '/simulator/ship-long-transit-jp/', gzipBytes: 40 * 1024 + 1 }])).toEqual([expect.stringContaining('simulator case page')]);
    expect(budgetProblems([{ url: '/simulator/practice/', gzipBytes: 48 * 1024 + 1 }])).toEqual([expect.stringContaining('generated-case page')]);
    expect(budgetProblems([{ url: '/zh-cn/simulator/cb-drone-delivered-signed/', gzipBytes: 40 * 1024 }])).toEqual([]);
    expect(budgetProblems([{ url: '/zh-cn/simulator/shift/', gzipBytes: 48 * 1024 + 1 }])).toEqual([expect.stringContaining('generated-case page')]);
    expect(budgetProblems([{ url: '/simulator/shift/', gzipBytes: 48 * 1024 }])).toEqual([]);
  });

  it("name a page whose scripts read the engine's words without them, even on use, and a page that carries them for nothing", () => {
    expect(dynamicImports('const l=()=>import("./lazy.js");import("./x.js")')).toEqual(['./lazy.js', './x.js']);
    expect(pageDataProblems(dist, { what: "the engine's words", id: ENGINE_TEXT_ID, component: '<EngineText />', marker: MISSING_ENGINE_TEXT })).toEqual([
      expect.stringMatching(/^\/good\/: carries the engine's words, but no script of the page reads them/),
      expect.stringMatching(/^\/island\/: its scripts read the engine's words, but the page does not carry them/),
    ]);
  });
});
