import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { formatFigure } from '../engine/figures';
import { figureOf, ruleById } from '../engine/policy/registry';
import { readableRuleOf } from '../engine/readable-rule';
import type { Lang } from '../engine/text';
import type { SearchSection } from './types';

/**
 * How much of a section's text the index keeps: enough to find it, small enough to ship.
 * Chinese says more per character and compresses less, so it keeps fewer characters.
 */
export const BODY_CAP: Record<Lang, number> = { en: 280, 'zh-cn': 150 };

const idMarker = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
const attr = (node: Jsx, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** The words a node contributes to the index, figures rendered; rule callouts go to `rules`. */
function textOf(node: RootContent | Root, lang: Lang, rules: string[]): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.name === 'Rule') {
      const rule = ruleById.get(attr(node, 'id') ?? '');
      if (rule) rules.push(rule.id);
      return '';
    }
    if (node.name === 'Figure') {
      const [id = '', name = ''] = (attr(node, 'of') ?? '').split('.');
      return formatFigure(figureOf(id, name), lang);
    }
  }
  if (node.type === 'code' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return '';
  if ('children' in node) return node.children.map((child) => textOf(child as RootContent, lang, rules)).join(' ');
  return 'value' in node && typeof node.value === 'string' ? node.value : '';
}

export interface PageSource {
  lang: Lang;
  slug: string;
  title: string;
  group: string;
  body: string;
  url: string;
}

/** Splits one handbook page into its H2/H3 sections. */
export function sectionsOf(page: PageSource): Omit<SearchSection, 'aliases' | 'platform' | 'topic'>[] {
  const tree = parser.parse(page.body) as Root;
  const sections: Omit<SearchSection, 'aliases' | 'platform' | 'topic'>[] = [];
  let h2 = '';
  let current: { heading: string; anchor: string; depth: number; parts: string[]; rules: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    // The rule comes first: its text is short and holds the figures agents search for.
    const ruleText = current.rules.map((id) => {
      const rule = readableRuleOf(id);
      return `${rule.title[page.lang]} ${rule.text[page.lang]}`;
    });
    const body = [...ruleText, ...current.parts].join(' ').replace(/\s+/g, ' ').trim();
    const cap = BODY_CAP[page.lang];
    sections.push({
      lang: page.lang,
      key: `${page.slug}#${current.anchor}`,
      url: `${page.url}#${current.anchor}`,
      page: page.title,
      path: current.depth === 3 && h2 ? [page.title, h2] : [page.title],
      heading: current.heading,
      body: body.length > cap ? `${body.slice(0, cap)}…` : body,
      ruleIds: [...new Set(current.rules)],
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      flush();
      const raw = toString(node as Heading);
      const match = idMarker.exec(raw);
      const heading = match ? raw.slice(0, match.index).trim() : raw.trim();
      if (node.depth === 2) h2 = heading;
      current = { heading, anchor: match?.[1] ?? heading.toLowerCase().replace(/\s+/g, '-'), depth: node.depth, parts: [], rules: [] };
      continue;
    }
    if (current) current.parts.push(textOf(node, page.lang, current.rules));
  }
  flush();
  return sections;
}
