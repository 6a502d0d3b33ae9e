import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { filesUnder } from '../../src/build/files';
import { hasHan } from '../../src/i18n/zh-text-check';

/**
 * Every Chinese text of the site, each with where it is (`file:line` and, for data, its key):
 * the zh-cn handbook pages line by line (frontmatter values, prose; code blocks left out), every
 * YAML string with a Han character (rules, templates, course, glossary, scenarios), and every
 * string literal with one in the code (the UI dictionary and the engine's own word tables).
 */

export interface ZhText {
  where: string;
  text: string;
  /** An English text that quotes Chinese (the English dictionary, an `en` field): its punctuation is English. */
  english?: boolean;
}

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const rel = (file: string) => relative(repoRoot, file).replace(/\\/g, '/');

/** A handbook page's Chinese lines: frontmatter values and prose, fenced code left out. */
export function mdxTexts(file: string, source = readFileSync(file, 'utf8')): ZhText[] {
  const lines = source.split('\n');
  const texts: ZhText[] = [];
  let inFrontmatter = lines[0] === '---';
  let inFence = false;
  lines.forEach((line, i) => {
    if (i > 0 && inFrontmatter && line === '---') return void (inFrontmatter = false);
    if (/^\s*(```|~~~)/.test(line)) return void (inFence = !inFence);
    if (inFence || !hasHan(line)) return;
    // A frontmatter line's key and its colon are YAML, not text.
    const text = inFrontmatter ? line.replace(/^\s*[\w-]+:\s*/, '') : line;
    texts.push({ where: `${rel(file)}:${i + 1}`, text });
  });
  return texts;
}

/** Keys whose strings may hold refused variants on purpose: search aliases. */
const searchOnlyKeys = new Set(['aliases']);

/** Every YAML string with a Han character, as `file:line (key.path)`; search aliases left out. */
export function yamlTexts(file: string, source = readFileSync(file, 'utf8')): ZhText[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter });
  const texts: ZhText[] = [];
  const walk = (node: unknown, path: string[]) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        if (!searchOnlyKeys.has(key)) walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, String(i)]));
    else if (isScalar(node) && typeof node.value === 'string' && hasHan(node.value)) {
      const line = lineCounter.linePos((node as YamlNode).range?.[0] ?? 0).line;
      texts.push({ where: `${rel(file)}:${line} (${path.join('.')})`, text: node.value, english: path.at(-1) === 'en' });
    }
  };
  walk(doc.contents, []);
  return texts;
}

/** Every string literal (and template literal piece) with a Han character in a TS/TSX file, named by its property key when it has one. */
export function codeTexts(file: string, source = readFileSync(file, 'utf8')): ZhText[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const texts: ZhText[] = [];
  const visit = (node: ts.Node) => {
    let text: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) text = node.text;
    else if (ts.isJsxText(node)) text = node.text;
    if (text !== undefined && hasHan(text)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
      const owner = node.parent;
      const key = owner && ts.isPropertyAssignment(owner) && owner.initializer === node ? owner.name.getText(sf).replace(/^['"]|['"]$/g, '') : '';
      texts.push({ where: `${rel(file)}:${line}${key ? ` (${key})` : ''}`, text, english: key === 'en' || rel(file) === 'src/i18n/en.ts' });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return texts;
}

/**
 * Code whose Chinese strings are not the site's text: search synonyms and word lists keep
 * refused variants so an agent typing one still finds the page.
 */
export const codeLeftOut = [/^src\/search\//, /^src\/i18n\/zh-terms\.ts$/];

/** Every Chinese text of the site. */
export function allZhTexts(): ZhText[] {
  const src = `${repoRoot}src/`;
  const pages = filesUnder(`${src}content/handbook/zh-cn`, '.mdx').flatMap((f) => mdxTexts(f));
  const yamlFiles = [
    ...filesUnder(`${src}engine/policy/rules`, '.yaml'),
    `${src}content/reply-templates.yaml`,
    `${src}content/course.yaml`,
    `${src}content/glossary.yaml`,
    ...filesUnder(`${src}content/scenarios`, '.yaml'),
  ];
  const code = [...filesUnder(src, '.ts'), ...filesUnder(src, '.tsx')].filter((f) => !codeLeftOut.some((p) => p.test(rel(f))));
  return [...pages, ...yamlFiles.flatMap((f) => yamlTexts(f)), ...code.flatMap((f) => codeTexts(f))];
}
