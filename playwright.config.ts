import fs from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium to drive:
 * 1. `CHROMIUM_PATH`, when set;
 * 2. Playwright's own Chromium, when it is on disk (executablePath undefined);
 * 3. the system Chromium at /usr/bin/chromium (Debian's `chromium` package).
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return fromEnv;
  try {
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return undefined;
  } catch {
    // Playwright does not know a browser for this platform: fall through.
  }
  return '/usr/bin/chromium';
}

const isCI = !!process.env.CI;
// E2E_PORT lets a second checkout run its own preview server beside this one.
const port = Number(process.env.E2E_PORT ?? 4321);
const host = '127.0.0.1';

export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: isCI,
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL: `http://${host}:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: chromiumExecutable(),
          // The machine's network is closed: keep Chromium from phoning home.
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
        },
      },
    },
  ],
  webServer: {
    command: `npx astro preview --port ${port} --host ${host}`,
    url: `http://${host}:${port}/`,
    reuseExistingServer: !isCI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
