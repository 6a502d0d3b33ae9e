#!/usr/bin/env node
// Runs the compiled command line (dist-cli/casebook.mjs, built by scripts/build-cli.mjs).
// It is compiled first when missing or stale: when any file it was built from (listed in
// dist-cli/inputs.json, with the build script itself) is newer than it, or is gone.
import { readFileSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist-cli/casebook.mjs', root);

function isStale() {
  try {
    const builtAt = statSync(compiled).mtimeMs;
    const inputs = JSON.parse(readFileSync(new URL('dist-cli/inputs.json', root), 'utf8'));
    return inputs.some((input) => {
      try {
        return statSync(new URL(input, root)).mtimeMs > builtAt;
      } catch {
        return true;
      }
    });
  } catch {
    return true;
  }
}

if (isStale()) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}
await import(compiled.href);
