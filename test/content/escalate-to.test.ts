import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root, Text } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/handbook/frontmatter';
import { mdxFiles } from './mdx';

/**
 * Who an agent escalates to is the team's setting (team.yaml `escalateTo`), said in prose with
 * <EscalateTo />. A page that types "ask your team lead" or "告诉组长" would tell a team whose
 * escalateTo is "the after-sales manager" to ask someone else.
 */

const typedEscalation = [
  'ask your team lead',
  'tell your team lead',
  'check with your team lead',
  'ask your lead',
  'tell your lead',
  'check with your lead',
  'the team lead decides',
  '问组长',
  '告诉组长',
  '告知组长',
  '报组长',
  '请示组长',
  '上报给组长',
  '团队主管决定',
];

/** Every phrase of `typedEscalation` in the prose of an MDX source (tables read as the site reads them; code and JSX attributes left out), as `line: "phrase"`. */
function typedEscalationIn(source: string): string[] {
  const { body, bodyLine } = splitFrontmatter(source);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).parse(body) as Root;
  const found: string[] = [];
  visit(tree, 'text', (node: Text) => {
    const text = node.value.toLowerCase();
    for (const phrase of typedEscalation) if (text.includes(phrase)) found.push(`${(node.position?.start.line ?? 0) + bodyLine - 1}: "${phrase}"`);
  });
  return found;
}

const handbook = fileURLToPath(new URL('../../src/content/handbook/', import.meta.url));

// Read while collecting, as test/content/handbook.test.ts does: parsing every page is too slow for one test's time limit on a busy machine.
const pages = mdxFiles(handbook).map((file) => ({ file: relative(handbook, file).replace(/\\/g, '/'), source: readFileSync(file, 'utf8') }));

describe('who to escalate to is the team’s setting', () => {
  it('is read from every handbook page', () => {
    expect(pages.length).toBeGreaterThan(40);
  });

  it.each(pages.map((p) => [p.file, p.source] as const))('%s does not type it in prose: it says <EscalateTo />', (_file, source) => {
    expect(typedEscalationIn(source)).toEqual([]);
  });

  it('the pages that escalate say it through the component, in both languages', () => {
    for (const lang of ['en', 'zh-cn']) expect(pages.find((p) => p.file === `${lang}/amazon/property-damage-claims.mdx`)?.source, lang).toMatch(/<EscalateTo \/>/);
  });
});

describe('the escalation guard bites', () => {
  const page = [
    '---',
    'title: A page',
    '---',
    '',
    'If in doubt, **ask your team lead** before you offer it.',
    '',
    '| Status | What to do |',
    '| --- | --- |',
    '| Overdue | act at once, tell your lead |',
    '',
    '- 拿不准时请示组长。',
    '',
    'Said through the setting: ask <EscalateTo /> before you offer it; 请告诉<EscalateTo />。',
    '',
    '```',
    'tell your team lead (a quoted template, not prose)',
    '```',
    '',
    'A note to a colleague or a team lead names the rule; 写给同事或组长的备注。',
  ].join('\n');

  it('refuses the typed phrases in prose, a table cell and a list item, by line; passes the component, code and the reader role', () => {
    expect(typedEscalationIn(page)).toEqual(['5: "ask your team lead"', '9: "tell your lead"', '11: "请示组长"']);
  });
});
