import fs from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve(process.cwd(), 'dist');

/**
 * Every built page's URL path, found by walking dist/ for .html files:
 * `dist/x/index.html` → `/x/`, `dist/404.html` → `/404.html`.
 */
export function builtPages(dir = distDir): string[] {
  if (!fs.existsSync(dir)) return [];
  const pages: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        walk(full);
      } else if (entry.isFile() && entry.name.endsWith('.html')) {
        const rel = path.relative(dir, full).split(path.sep).join('/');
        if (rel === 'index.html') pages.push('/');
        else if (rel.endsWith('/index.html')) pages.push(`/${rel.slice(0, -'index.html'.length)}`);
        else pages.push(`/${rel}`);
      }
    }
  };
  walk(dir);
  return pages.sort();
}
