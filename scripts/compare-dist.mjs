#!/usr/bin/env node
// Compares two builds page by page: `node scripts/compare-dist.mjs dist-before dist [--without-site-links]`.
// Lists pages only in one build and pages whose HTML differs once asset hashes (`/_astro/x.Ab12Cd.js`) are set
// aside (and island uids, hashed from them); --without-site-links also sets aside canonical and hreflang <link>s (a build without SITE writes none).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const [before, after, ...flags] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: node scripts/compare-dist.mjs <before-dir> <after-dir> [--without-site-links]');
  process.exit(2);
}
const withoutSiteLinks = flags.includes('--without-site-links');
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(html|json|xml)$/.test(name) ? [path] : [];
  });
const listed = (dir) => new Set(files(dir).map((f) => relative(dir, f)));
const normalised = (text) => {
  // An island's uid is a hash of its props and component URL, so it moves with the asset hash.
  let out = text.replace(/(\/_astro\/[\w.-]+?)\.[\w-]{8}\.(js|css)/g, '$1.#.$2').replace(/<astro-island uid="[^"]*"/g, '<astro-island uid="#"');
  if (withoutSiteLinks) out = out.replace(/<link rel="(canonical|alternate)"[^>]*>/g, '');
  return out;
};

const a = listed(before);
const b = listed(after);
const onlyBefore = [...a].filter((f) => !b.has(f)).sort();
const onlyAfter = [...b].filter((f) => !a.has(f)).sort();
const changed = [...a].filter((f) => b.has(f) && normalised(readFileSync(join(before, f), 'utf8')) !== normalised(readFileSync(join(after, f), 'utf8'))).sort();
console.log(`${a.size} files before, ${b.size} after; ${onlyBefore.length} only before, ${onlyAfter.length} only after, ${changed.length} changed`);
for (const f of onlyBefore) console.log(`  only before: ${f}`);
for (const f of onlyAfter) console.log(`  only after:  ${f}`);
for (const f of changed.slice(0, 20)) {
  const x = normalised(readFileSync(join(before, f), 'utf8'));
  const y = normalised(readFileSync(join(after, f), 'utf8'));
  let i = 0;
  while (x[i] === y[i]) i += 1;
  console.log(`  changed: ${f}\n    before: …${x.slice(Math.max(0, i - 60), i + 100)}…\n    after:  …${y.slice(Math.max(0, i - 60), i + 100)}…`);
}
if (changed.length > 20) console.log(`  … and ${changed.length - 20} more`);
process.exitCode = onlyBefore.length + onlyAfter.length + changed.length ? 1 : 0;
