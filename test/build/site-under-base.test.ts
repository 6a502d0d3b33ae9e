import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkProblems } from '../../src/build/site-check';
import { sitemapXml, writeSitemap } from '../../src/build/sitemap';
import { rehypeBaseLinks } from '../../src/handbook/rehype-base-links';
import type { Root } from 'hast';

/** A site built with BASE=/casebook/: its files sit at the top of dist/, its links carry the base. */
function builtUnderBase(): string {
  const dist = mkdtempSync(join(tmpdir(), 'casebook-base-'));
  const files: Record<string, string> = {
    'index.html': `<main><a href="/casebook/good/">fine</a> <a href="/casebook/good/#there">fine anchor</a> <a href="good/">fine relative</a>
      <a href="/casebook/logo.svg">asset</a> <a href="https://example.org/x/">other site</a>
      <a href="/good/">outside the base</a> <a href="/casebook/missing/">broken page</a> <a href="/casebook/good/#nowhere">broken anchor</a>
      <script type="module" src="/casebook/_astro/page.js"></script></main>`,
    'good/index.html': '<h2 id="there">There</h2>',
    'logo.svg': '<svg/>',
    '_astro/page.js': 'import"./shared.js";console.log("page")',
    '_astro/shared.js': 'console.log("shared between pages")',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

describe('a site built under a sub-path', () => {
  it('has its links checked under the base: a link that leaves the base is named, as are broken pages and anchors', () => {
    const dist = builtUnderBase();
    expect(linkProblems(dist, undefined, '/casebook/')).toEqual([
      "/: /good/ — outside the site's base /casebook/",
      '/: /casebook/missing/ — no such page',
      '/: /casebook/good/#nowhere — no #nowhere on /good/',
    ]);
    // The same files checked as a root build: every /casebook/ link is then broken.
    expect(linkProblems(dist).some((p) => p.includes('/casebook/good/ — no such page'))).toBe(true);
  });

  it('lists every page, not the 404 page, at its deployed address in sitemap.xml', () => {
    expect(sitemapXml(['/', '/zh-cn/rules/A&B/', '/404.html'], 'https://example.org', '/casebook/')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://example.org/casebook/</loc></url>\n  <url><loc>https://example.org/casebook/zh-cn/rules/A&amp;B/</loc></url>\n</urlset>\n',
    );
    const dist = builtUnderBase();
    expect(writeSitemap(dist, 'https://example.org/', '/casebook/')).toBe(2);
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain('<loc>https://example.org/casebook/good/</loc>');
  });

  it("puts the base in front of the handbook's Markdown site links, and leaves other links as written", () => {
    const link = (href: string) => ({ type: 'element' as const, tagName: 'a', properties: { href }, children: [] });
    const tree: Root = {
      type: 'root',
      children: ['/handbook/ebay/cases/#when', '/zh-cn/rules/X-1/', '#local', 'https://example.org/', '//cdn.example/x', '/casebook/already/'].map(link),
    };
    rehypeBaseLinks({ base: '/casebook' })(tree);
    expect(tree.children.map((node) => (node.type === 'element' ? node.properties.href : null))).toEqual([
      '/casebook/handbook/ebay/cases/#when',
      '/casebook/zh-cn/rules/X-1/',
      '#local',
      'https://example.org/',
      '//cdn.example/x',
      '/casebook/already/',
    ]);
    const atRoot: Root = { type: 'root', children: [link('/handbook/')] };
    rehypeBaseLinks({})(atRoot);
    expect(atRoot.children[0]).toEqual(link('/handbook/'));
  });
});
