import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatIssues } from '../../src/engine/issues';
import { ruleById, rules } from '../../src/engine/loaded-policy';
import { glossaryEntry, handbookFrontmatter } from '../../src/handbook/schema';
import { mdxFiles, readPage, type Page } from './mdx';

const root = fileURLToPath(new URL('../../src/content/handbook/', import.meta.url));
const pages = mdxFiles(root).map((file) => readPage(file, root));
const en = pages.filter((p) => p.lang === 'en');
const zh = pages.filter((p) => p.lang === 'zh-cn');
const twin = (page: Page) => pages.find((p) => p.lang !== page.lang && p.slug === page.slug);

describe('handbook pages', () => {
  it('exist in both languages', () => {
    expect(en.length).toBeGreaterThan(0);
    expect(zh.map((p) => p.slug).sort()).toEqual(en.map((p) => p.slug).sort());
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s has valid frontmatter', (_file, page) => {
    const parsed = handbookFrontmatter.safeParse(page.frontmatter);
    expect(parsed.success ? [] : formatIssues(parsed.error)).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s passes the build-time checks (no typed figures, known rules)', (_file, page) => {
    expect(page.problems).toEqual([]);
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s gives every section an ID shared with its twin', (_file, page) => {
    const sections = page.headings.filter((h) => h.depth === 2 || h.depth === 3);
    expect(sections.filter((h) => !h.id).map((h) => h.text)).toEqual([]);
    expect(sections.map((h) => h.id)).toEqual(
      twin(page)
        ?.headings.filter((h) => h.depth === 2 || h.depth === 3)
        .map((h) => h.id),
    );
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s keeps the group and order of its twin', (_file, page) => {
    const mine = page.frontmatter as { group?: string; order?: number };
    const other = twin(page)?.frontmatter as { group?: string; order?: number } | undefined;
    expect([mine?.group, mine?.order]).toEqual([other?.group, other?.order]);
  });
});

describe('every rule in the handbook', () => {
  it.each(rules.map((r) => [r.id, r] as const))('%s is shown in both languages, in its home section', (id, rule) => {
    for (const lang of ['en', 'zh-cn'] as const) {
      const home = pages.find((p) => p.lang === lang && p.slug === rule.handbook.page);
      expect(home, `${lang} page ${rule.handbook.page}`).toBeDefined();
      expect(
        home!.headings.map((h) => h.id),
        `${lang} ${rule.handbook.page}`,
      ).toContain(rule.handbook.anchor);
      expect(home!.ruleIds, `${lang} ${rule.handbook.page}`).toContain(id);
    }
  });

  it('is cited by ID only where the ID exists', () => {
    const unknown = pages.flatMap((p) => p.ruleIds.filter((id) => !ruleById.has(id)).map((id) => `${p.file}: ${id}`));
    expect(unknown).toEqual([]);
  });
});

describe('the glossary', () => {
  it('is valid, with unique IDs and no typed figures', () => {
    const entries = parseYaml(readFileSync(fileURLToPath(new URL('../../src/content/glossary.yaml', import.meta.url)), 'utf8')) as unknown[];
    const problems = entries.flatMap((entry, i) => {
      const parsed = glossaryEntry.safeParse(entry);
      if (!parsed.success) return formatIssues(parsed.error).map((p) => `[${i}] ${p}`);
      const { definition } = parsed.data;
      return /[0-9]/.test(definition.en + definition['zh-cn']) ? [`${parsed.data.id}: definition holds a digit`] : [];
    });
    expect(problems).toEqual([]);
    const ids = entries.map((e) => (e as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
