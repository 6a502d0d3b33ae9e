import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { filesUnder } from '../build/files';
import { splitFrontmatter } from '../handbook/frontmatter';
import { glossaryEntry, handbookFrontmatter, replyTemplate } from '../handbook/schema';
import { localePath } from '../i18n';
import type { Lang } from '../engine/text';
import { buildSearchIndex } from './build-index';
import type { PageSource } from './sections';
import type { SearchIndexFile } from './types';

/** The handbook pages as the search index needs them, read from src/content. */
export function handbookSources(root = process.cwd()): PageSource[] {
  const base = join(root, 'src/content/handbook');
  return filesUnder(base, '.mdx').map((file) => {
    const { data: raw, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    const data = handbookFrontmatter.parse(raw);
    const [lang, ...rest] = relative(base, file)
      .split(sep)
      .join('/')
      .replace(/\.mdx$/, '')
      .split('/');
    const slug = rest.join('/');
    return { lang: lang as Lang, slug, title: data.title, group: data.group, body, url: localePath(lang as Lang, `/handbook/${slug}/`) };
  });
}

/** The search index files, from the content files: what /search-index/LANG.json serves. */
export function searchIndexFromFiles(root = process.cwd()): Record<Lang, SearchIndexFile> {
  const pages = handbookSources(root);
  const glossary = (parseYaml(readFileSync(join(root, 'src/content/glossary.yaml'), 'utf8')) as unknown[]).map((e) => glossaryEntry.parse(e));
  const glossaryTitle = Object.fromEntries(pages.filter((p) => p.slug === 'reference/glossary').map((p) => [p.lang, p.title]));
  const templates = (parseYaml(readFileSync(join(root, 'src/content/reply-templates.yaml'), 'utf8')) as unknown[]).map((e) => replyTemplate.parse(e));
  return buildSearchIndex(pages, glossary, glossaryTitle, templates);
}
