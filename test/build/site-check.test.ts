import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { placeholderProblems, readerText } from '../../src/build/placeholder-check';
import { builtPages, linkProblems } from '../../src/build/site-check';

// A small built site kept broken on purpose: the checks must find exactly its faults.
const dist = fileURLToPath(new URL('../fixtures/broken-site/', import.meta.url));

describe('site checks after the build', () => {
  it('find every page of a built site by its URL', () => {
    expect(builtPages(dist).map((p) => p.url)).toEqual(['/', '/good/', '/placeholder/']);
  });

  it('name each broken link and anchor with its page, and pass the good ones', () => {
    expect(linkProblems(dist)).toEqual(['/: /missing/ — no such page', '/: /good/#nowhere — no #nowhere on /good/', '/: #gone — no #gone on /']);
  });

  it('name each {placeholder} a reader would see, with its page: in the text, code and read-out attributes, and in the JSON the site serves, the served rules’ templates included', () => {
    expect(placeholderProblems(dist)).toEqual([
      expect.stringMatching(/^\/placeholder\/: \{decisionAfter\} in the page's text \(".*takes about \{decisionAfter\} to be decided/),
      expect.stringMatching(/^\/placeholder\/: \{CLAIM-1\.replyWithin\} in the page's text/),
      expect.stringMatching(/^\/placeholder\/: \{maxRounds\} in the page's text \("Settle within \{maxRounds\}"\)/),
      '/policy/rules.json (en): rule CB-1: {noSuchFigure} names no figure of CB-1',
      '/policy/rules.json (zh-cn): rule CB-1: {noSuchFigure} names no figure of CB-1',
      expect.stringMatching(/^\/search-index\/en\.json: \{removeWindow\} in a text it serves/),
    ]);
  });

  it('leave alone the templates an island fills: props and script code', () => {
    const page = readFileSync(`${dist}placeholder/index.html`, 'utf8');
    const shown = readerText(page).join('\n');
    expect(shown).toContain('Question 1');
    expect(shown).not.toMatch(/\{n\}|quiz\.question|const hint/);
    expect(readerText('<div data-x="a > {n}" title="Rule &#123;maxRounds&#125;">ok</div>')).toEqual([' ok ', 'Rule {maxRounds}']);
  });
});
