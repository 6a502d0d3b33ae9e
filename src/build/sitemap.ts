import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from './site-check';

/**
 * `sitemap.xml` for a site built with `SITE` set: every built page, under the base, as an
 * absolute URL. The 404 page is no page to list. Written from the built files, so it lists
 * exactly what was built (no integration, nothing to keep in step with the routes).
 */
export function sitemapXml(urls: readonly string[], site: string, base = '/'): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const entries = urls.filter((url) => url.endsWith('/')).map((url) => `  <url><loc>${escape(new URL(base + url.slice(1), site).href)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** Writes `dist/sitemap.xml`; returns how many pages it lists. */
export function writeSitemap(dist: string, site: string, base = '/'): number {
  const xml = sitemapXml(
    builtPages(dist).map((page) => page.url),
    site,
    base,
  );
  writeFileSync(join(dist, 'sitemap.xml'), xml);
  return (xml.match(/<url>/g) ?? []).length;
}
