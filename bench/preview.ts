import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Browser } from '@playwright/test';

/**
 * Runs `use` against `astro preview` of dist/ in the system Chromium (or Playwright's own),
 * for benchmarks that measure the built site in a browser.
 */
export async function withBuiltSite(port: number, use: (browser: Browser, origin: string) => Promise<void>) {
  if (!existsSync('dist')) return console.log('browser: no dist/ — run `npm run build` first');
  const { chromium } = await import('@playwright/test');
  const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const origin = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`${origin}/`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(chromium.executablePath()) ? undefined : '/usr/bin/chromium');
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      await use(browser, origin);
    } finally {
      await browser.close();
    }
  } finally {
    // The server may have exited already (its port taken): nothing left to stop then.
    if (server.pid && server.exitCode === null) process.kill(-server.pid);
  }
}
