import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from '../engine/text';
import { figureText, isRuleId, ruleWords } from './rule-source';

const idMarker = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
const attr = (node: Jsx, name: string) => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** What a section collects besides its words: rule callouts and the template lists it shows. */
interface Found {
  rules: string[];
  lists: string[];
}

/** The words a node contributes to the index, figures rendered; rule callouts and template lists go to `found`. */
function textOf(node: RootContent | Root, lang: Lang, found: Found): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    if (node.name === 'Rule') {
      const id = attr(node, 'id') ?? '';
      if (isRuleId(id)) found.rules.push(id);
      return '';
    }
    if (node.name === 'Figure') {
      const [id = '', name = ''] = (attr(node, 'of') ?? '').split('.');
      return figureText(id, name, lang);
    }
    if (node.name === 'TemplateList') {
      found.lists.push(...(attr(node, 'kinds') ?? '').split(/\s+/).filter(Boolean));
      return '';
    }
  }
  if (node.type === 'code' || node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression') return '';
  if ('children' in node) return node.children.map((child) => textOf(child as RootContent, lang, found)).join(' ');
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

/** A section of a handbook page as it is split out, before the index adds glossary names and topics. */
export interface PageSection {
  lang: Lang;
  key: string;
  url: string;
  page: string;
  path: string[];
  heading: string;
  body: string;
  ruleIds: string[];
  /** Case kinds of the reply-template lists the section shows. */
  lists: string[];
}

/** Splits one handbook page into its H2/H3 sections, every word kept. */
export function sectionsOf(page: PageSource): PageSection[] {
  const tree = parser.parse(page.body) as Root;
  const sections: PageSection[] = [];
  let h2 = '';
  let current: { heading: string; anchor: string; depth: number; parts: string[]; found: Found } | null = null;
  const flush = () => {
    if (!current) return;
    // The rule comes first: its text is short and holds the figures agents search for.
    const ruleText = current.found.rules.map((id) => ruleWords(id, page.lang));
    const body = [...ruleText, ...current.parts].join(' ').replace(/\s+/g, ' ').trim();
    sections.push({
      lang: page.lang,
      key: `${page.slug}#${current.anchor}`,
      url: `${page.url}#${current.anchor}`,
      page: page.title,
      path: current.depth === 3 && h2 ? [page.title, h2] : [page.title],
      heading: current.heading,
      body,
      ruleIds: [...new Set(current.found.rules)],
      lists: current.found.lists,
    });
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      flush();
      const raw = toString(node as Heading);
      const match = idMarker.exec(raw);
      const heading = match ? raw.slice(0, match.index).trim() : raw.trim();
      if (node.depth === 2) h2 = heading;
      current = { heading, anchor: match?.[1] ?? heading.toLowerCase().replace(/\s+/g, '-'), depth: node.depth, parts: [], found: { rules: [], lists: [] } };
      continue;
    }
    if (current) current.parts.push(textOf(node, page.lang, current.found));
  }
  flush();
  return sections;
}
