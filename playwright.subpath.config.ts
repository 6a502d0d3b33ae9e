import { defineConfig } from '@playwright/test';
import main from './playwright.config';

/**
 * The site built under a sub-path and served from it, as a deployment at
 * https://example.org/casebook/ would be: `scripts/test-subpath.sh` builds `dist-subpath/`
 * with BASE and SITE set, and this config serves it with `astro preview` and browses it.
 */
export const subpathBase = '/casebook/';
const port = Number(process.env.E2E_SUBPATH_PORT ?? Number(process.env.E2E_PORT ?? 4321) + 100);
const host = '127.0.0.1';
export const subpathSite = `http://${host}:${port}`;

export default defineConfig({
  ...main,
  testDir: 'test/e2e-subpath',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-subpath.json' }]],
  outputDir: 'test-results/e2e-subpath-artifacts',
  use: { ...main.use, baseURL: `${subpathSite}${subpathBase}` },
  webServer: {
    command: `npx astro preview --outDir dist-subpath --port ${port} --host ${host}`,
    env: { BASE: subpathBase, SITE: subpathSite },
    url: `${subpathSite}${subpathBase}`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
