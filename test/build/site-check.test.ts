import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { pagePlaceholderProblems, placeholderProblems, readerText } from '../../src/build/placeholder-check';
import { MISSING_RULE_DATA, RULE_DATA_ID } from '../../src/build/rule-data';
import { builtPages, dynamicImports, linkProblems, pageDataProblems, staticImports } from '../../src/build/site-check';

// A small built site kept broken on purpose: the checks must find exactly its faults.
const dist = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

describe('site checks after the build', () => {
  it('find every page of a built site by its URL', () => {
    expect(builtPages(dist).map((p) => p.url)).toEqual(['/', '/good/', '/island/', '/placeholder/']);
  });

  it('name each broken link and anchor with its page, and pass the good ones', () => {
    expect(linkProblems(dist)).toEqual(['/: /missing/ — no such page', '/: /good/#nowhere — no #nowhere on /good/', '/: #gone — no #gone on /']);
  });

  it('name a page whose scripts read the rules without them, even on use and however deep, and a page that carries them for nothing', () => {
    expect(staticImports('import{a}from"./x.js";export{b}from"./y.js";import "./z.js";const l=()=>import("./lazy.js")')).toEqual(['./x.js', './y.js', './z.js']);
    expect(dynamicImports('const l=()=>import("./lazy.js");import("./x.js")')).toEqual(['./lazy.js', './x.js']);
    expect(pageDataProblems(dist, { what: 'the rules', id: RULE_DATA_ID, component: '<RuleData />', marker: MISSING_RULE_DATA })).toEqual([
      expect.stringMatching(/^\/good\/: carries the rules, but no script of the page reads them/),
      expect.stringMatching(/^\/island\/: its scripts read the rules, but the page does not carry them/),
      expect.stringMatching(/^\/placeholder\/: carries the rules, but no script of the page reads them/),
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

  it('leave alone the templates an island or the engine fills: props, script code, and rule data the page can fill', () => {
    const page = readFileSync(`${dist}placeholder/index.html`, 'utf8');
    const shown = readerText(page).join('\n');
    expect(shown).toContain('Question 1');
    expect(shown).not.toMatch(/\{n\}|quiz\.question|const hint/);
    expect(readerText('<div data-x="a > {n}" title="Rule &#123;maxRounds&#125;">ok</div>')).toEqual([' ok ', 'Rule {maxRounds}']);

    const ruleData = '[{"id":"CLAIM-1","figures":{"replyWithin":{"value":3,"unit":"days","label":{"en":"reply","zh-cn":"回复"}}}}]';
    const withData = (id: string, json: string) =>
      `<html><body><p>Ok</p><script type="application/json" id="rule-data">${ruleData}</script><script type="application/json" id="${id}">${json}</script></body></html>`;
    const url = '/quiz/';
    expect(
      pagePlaceholderProblems({
        url,
        html: withData('rule-prose', '{"CLAIM-1":{"title":{"en":"Claims","zh-cn":"索赔"},"text":{"en":"Reply within {replyWithin}.","zh-cn":"{replyWithin}内回复。"}}}'),
      }),
    ).toEqual([]);
    expect(
      pagePlaceholderProblems({
        url,
        html: withData('rule-prose', '{"CLAIM-1":{"title":{"en":"Claims","zh-cn":"索赔"},"text":{"en":"Reply within {replyWithn}.","zh-cn":"{replyWithin}内回复。"}}}'),
      }),
    ).toEqual(["/quiz/: rule CLAIM-1 text (en): {replyWithn} names no figure of CLAIM-1 (in the page's rule prose)"]);
  });
});
