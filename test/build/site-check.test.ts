import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { ENGINE_TEXT_ID, MISSING_ENGINE_TEXT } from '../../src/build/engine-text-data';
import { pagePlaceholderProblems, placeholderProblems, readerText } from '../../src/build/placeholder-check';
import { budgetProblems, builtPages, dynamicImports, linkProblems, pageDataProblems, scriptBytes, staticImports } from '../../src/build/site-check';

// A small built site kept broken on purpose: the checks must find exactly its faults.
const dist = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

describe('site checks after the build', () => {
  it('find every page of a built site by its URL', () => {
    expect(builtPages(dist).map((p) => p.url)).toEqual(['/', '/good/', '/island/', '/placeholder/']);
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
    expect(budgetProblems([{ url: '/simulator/ship-long-transit-jp/', gzipBytes: 51 * 1024 + 1 }])).toEqual([expect.stringContaining('simulator case page')]);
    expect(budgetProblems([{ url: '/simulator/practice/', gzipBytes: 60 * 1024 + 1 }])).toEqual([expect.stringContaining('generated-case page')]);
    expect(budgetProblems([{ url: '/zh-cn/simulator/cb-drone-delivered-signed/', gzipBytes: 51 * 1024 }])).toEqual([]);
    expect(budgetProblems([{ url: '/zh-cn/simulator/shift/', gzipBytes: 60 * 1024 + 1 }])).toEqual([expect.stringContaining('generated-case page')]);
    expect(budgetProblems([{ url: '/simulator/shift/', gzipBytes: 60 * 1024 }])).toEqual([]);
  });

  it("name a page whose scripts read the engine's words without them, even on use, and a page that carries them for nothing", () => {
    expect(dynamicImports('const l=()=>import("./lazy.js");import("./x.js")')).toEqual(['./lazy.js', './x.js']);
    expect(pageDataProblems(dist, { what: "the engine's words", id: ENGINE_TEXT_ID, component: '<EngineText />', marker: MISSING_ENGINE_TEXT })).toEqual([
      expect.stringMatching(/^\/good\/: carries the engine's words, but no script of the page reads them/),
      expect.stringMatching(/^\/island\/: its scripts read the engine's words, but the page does not carry them/),
    ]);
  });

  it('name each {placeholder} a reader would see, with its page: in the text, code and read-out attributes, in rules the page cannot fill, and in the JSON the site serves', () => {
    expect(placeholderProblems(dist)).toEqual([
      expect.stringMatching(/^\/placeholder\/: \{decisionAfter\} in the page's text \(".*takes about \{decisionAfter\} to be decided/),
      expect.stringMatching(/^\/placeholder\/: \{CLAIM-1\.replyWithin\} in the page's text/),
      expect.stringMatching(/^\/placeholder\/: \{maxRounds\} in the page's text \("Settle within \{maxRounds\}"\)/),
      "/placeholder/: rule CB-1 branches[0].verdicts[1].why (en): {noSuchFigure} names no figure of CB-1 (in the page's rule data)",
      expect.stringMatching(/^\/search-index\/en\.json: \{removeWindow\} in a text it serves/),
    ]);
  });

  it('leave alone the templates an island or the engine fills: props, script code, rule data the page can fill, and the engine words with named parameters', () => {
    const page = readFileSync(`${dist}placeholder/index.html`, 'utf8');
    const shown = readerText(page).join('\n');
    expect(shown).toContain('Question 1');
    expect(shown).not.toMatch(/\{n\}|quiz\.question|const hint/);
    expect(readerText('<div data-x="a > {n}" title="Rule &#123;maxRounds&#125;">ok</div>')).toEqual([' ok ', 'Rule {maxRounds}']);

    const ruleData = '[{"id":"CLAIM-1","figures":{"replyWithin":{"value":3,"unit":"days","label":{"en":"reply","zh-cn":"回复"}}}}]';
    const withData = (id: string, json: string) => `<html><body><p>Ok</p><script type="application/json" id="rule-data">${ruleData}</script><script type="application/json" id="${id}">${json}</script></body></html>`;
    const url = '/quiz/';
    expect(pagePlaceholderProblems({ url, html: withData('engine-text', '{"simulator/words":[["Hint {n}","提示 {n}"]],"policy/claims":[["within {replyWithin} or {CLAIM-1.replyWithin}"]]}') })).toEqual([]);
    expect(pagePlaceholderProblems({ url, html: withData('engine-text', '{"policy/claims":[["within {noSuchFigure}"]],"simulator/words":[["about {CB-1.decisionAfter}"]]}') })).toEqual([
      `/quiz/: {noSuchFigure} in the engine's words of policy/claims names no figure of the page's rules ("within {noSuchFigure}")`,
      `/quiz/: {CB-1.decisionAfter} in the engine's words of simulator/words names no figure of the page's rules ("about {CB-1.decisionAfter}")`,
    ]);
    expect(pagePlaceholderProblems({ url, html: withData('rule-prose', '{"CLAIM-1":{"title":{"en":"Claims","zh-cn":"索赔"},"text":{"en":"Reply within {replyWithin}.","zh-cn":"{replyWithin}内回复。"}}}') })).toEqual([]);
    expect(pagePlaceholderProblems({ url, html: withData('rule-prose', '{"CLAIM-1":{"title":{"en":"Claims","zh-cn":"索赔"},"text":{"en":"Reply within {replyWithn}.","zh-cn":"{replyWithin}内回复。"}}}') })).toEqual([
      "/quiz/: rule CLAIM-1 text (en): {replyWithn} names no figure of CLAIM-1 (in the page's rule prose)",
    ]);
  });
});
