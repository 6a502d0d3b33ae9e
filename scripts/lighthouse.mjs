#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse (mobile settings) on the production build, served by
 * `astro preview`, in the system Chromium. Prints one table; exits 1 when a page misses a
 * target; a word after `--` keeps only the pages whose name contains it. Not part of `npm test`: its scores are figures, not pass/fail checks of behaviour.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// Lighthouse and chrome-launcher (some 185 MB on disk) are not in the project's install: they are
// fetched here on first use, at these versions, into a cache folder that `npm ci` clears.
const tools = { lighthouse: '12.8.2', 'chrome-launcher': '1.2.1' };
const toolsDir = process.env.LIGHTHOUSE_TOOLS_DIR ?? `node_modules/.cache/casebook-lighthouse-${tools.lighthouse}`;
const specs = Object.entries(tools).map(([name, version]) => `${name}@${version}`);
if (!existsSync(`${toolsDir}/node_modules/lighthouse/package.json`) || !existsSync(`${toolsDir}/node_modules/chrome-launcher/package.json`)) {
  console.log(`Fetching ${specs.join(' and ')} into ${toolsDir}…`);
  mkdirSync(toolsDir, { recursive: true });
  writeFileSync(`${toolsDir}/package.json`, '{ "private": true }\n');
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', toolsDir, ...specs];
  if (spawnSync('npm', args, { stdio: 'inherit' }).status !== 0) process.exit(1);
}
// Imported through a module inside the cache folder, so Node resolves them from its node_modules.
writeFileSync(`${toolsDir}/tools.mjs`, "export { default as lighthouse } from 'lighthouse';\nexport * as chromeLauncher from 'chrome-launcher';\n");
const { lighthouse, chromeLauncher } = await import(pathToFileURL(`${toolsDir}/tools.mjs`).href);

const port = 4329;
const origin = `http://127.0.0.1:${port}`;
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const pages = [
  ['home', '/'],
  ['handbook (en)', '/handbook/amazon/a-to-z-claims/'],
  ['handbook (zh-cn)', '/zh-cn/handbook/amazon/a-to-z-claims/'],
  ['case clock', '/tools/case-clock/'],
  ['reply checker', '/tools/reply-checker/'],
  ['decision helper', '/tools/decision-helper/'],
  ['simulator', '/simulator/'],
  ['simulator case', '/simulator/ebay-inr-porch-delivered-us/'],
  ['practice case', '/simulator/practice/?seed=3'],
  ['shift mode', '/simulator/shift/?seed=1'],
  ['quiz', '/quiz/'],
  ['quiz question', '/quiz/?seed=lighthouse&count=10'],
];
// `npm run lighthouse -- quiz`: only the pages whose name contains "quiz".
const only = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
const chosen = only ? pages.filter(([name]) => name.includes(only)) : pages;
const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };

if (!existsSync('dist/index.html') || process.argv.includes('--build')) {
  console.log('Building the site…');
  if (spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
}

const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
const stopServer = () => {
  try {
    process.kill(-server.pid);
  } catch {}
};
process.on('exit', stopServer);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer on ${origin}`);
}

await waitForServer();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});

const rows = [];
let missed = 0;
try {
  for (const [name, path] of chosen) {
    const exists = (await fetch(origin + path)).ok;
    if (!exists) {
      rows.push([name, path, 'not built yet', '', '', '']);
      continue;
    }
    const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(targets) });
    const scores = Object.keys(targets).map((key) => Math.round((result.lhr.categories[key]?.score ?? 0) * 100));
    const low = Object.values(targets).some((target, i) => scores[i] < target);
    if (low) missed++;
    rows.push([name, path, ...scores.map(String), low ? 'below target' : 'ok']);
  }
} finally {
  await chrome.kill();
  stopServer();
}

const header = ['page', 'path', 'perf', 'a11y', 'best', 'seo', ''];
const all = [header, [`target`, '', ...Object.values(targets).map((t) => `≥${t}`), ''], ...rows];
const widths = header.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
for (const row of all)
  console.log(
    row
      .map((cell, i) => String(cell ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );
process.exit(missed ? 1 : 0);
