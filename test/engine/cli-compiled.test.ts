import { spawnSync } from 'node:child_process';
import { rmSync, statSync, utimesSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// bin/casebook.mjs runs dist-cli/casebook.mjs and compiles it only when it is missing or stale.
const root = fileURLToPath(new URL('../../', import.meta.url));
const compiled = `${root}dist-cli/casebook.mjs`;
const advise = () => spawnSync('node', [`${root}bin/casebook.mjs`, 'advise', 'examples/amazon-atoz.json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const builtAt = () => statSync(compiled).mtimeMs;

describe('the compiled command line', () => {
  it('is compiled once, and again only when missing or older than its sources', () => {
    expect(advise().status).toBe(0);
    const first = builtAt();

    const again = advise();
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).recommended.length).toBeGreaterThan(0);
    expect(builtAt()).toBe(first);

    // Older than its sources: compiled again before it runs.
    utimesSync(compiled, new Date(0), new Date(0));
    expect(advise().status).toBe(0);
    expect(builtAt()).toBeGreaterThan(0);

    // Without the list of its sources it cannot tell, however new it looks: compiled again.
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(compiled, future, future);
    rmSync(`${root}dist-cli/inputs.json`);
    expect(advise().status).toBe(0);
    expect(builtAt()).toBeLessThan(future.getTime());
    expect(statSync(`${root}dist-cli/inputs.json`).isFile()).toBe(true);
  }, 120_000);
});
