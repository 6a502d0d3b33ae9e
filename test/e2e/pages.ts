import fs from 'node:fs';
import path from 'node:path';
import { builtPages } from '../../src/build/site-check';

export const distDir = path.resolve(process.cwd(), 'dist');

/** Every built page's URL path (`/x/`, `/404.html`), from the files in dist/. */
export const builtPageUrls = (): string[] => (fs.existsSync(distDir) ? builtPages(distDir).map((p) => p.url) : []);
