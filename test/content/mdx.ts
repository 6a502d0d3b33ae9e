import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { filesUnder } from '../../src/build/files';
import { splitFrontmatter } from '../../src/handbook/frontmatter';
import { remarkHandbook } from '../../src/handbook/remark-handbook';

/** One handbook MDX file as the tests see it: frontmatter, headings with IDs, rule callouts. */
export interface Page {
  file: string;
  lang: 'en' | 'zh-cn';
  slug: string;
  frontmatter: unknown;
  headings: { depth: number; id: string | undefined; text: string }[];
  ruleIds: string[];
  /** What the build-time plugin refused, as `file:line:column: message`. */
  problems: string[];
}

export function readPage(file: string, root: string): Page {
  const rel = relative(root, file).replace(/\\/g, '/');
  const [lang, ...rest] = rel.replace(/\.mdx$/, '').split('/');
  const { data, body, bodyLine } = splitFrontmatter(readFileSync(file, 'utf8'));
  // Keep line numbers true to the file: blank lines stand in for the frontmatter.
  const padded = '\n'.repeat(bodyLine - 1) + body;
  const vfile = new VFile({ path: file, value: padded });
  const problems: string[] = [];
  let tree: Root | undefined;
  try {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHandbook);
    tree = processor.runSync(processor.parse(vfile), vfile) as Root;
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    problems.push(`${rel}:${e.line ?? '?'}:${e.column ?? '?'}: ${e.reason ?? e.message}`);
  }
  const headings: Page['headings'] = [];
  const ruleIds: string[] = [];
  if (tree) {
    visit(tree, 'heading', (node: Heading) => {
      const id = (node.data?.hProperties as { id?: string } | undefined)?.id;
      headings.push({ depth: node.depth, id, text: toString(node) });
    });
    visit(tree, (node) => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && 'name' in node && node.name === 'Rule') {
        const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        if (attr && typeof attr.value === 'string') ruleIds.push(attr.value);
      }
    });
  }
  return { file: rel, lang: lang as Page['lang'], slug: rest.join('/'), frontmatter: data, headings, ruleIds, problems };
}

export const mdxFiles = (dir: string): string[] => filesUnder(dir, '.mdx');
