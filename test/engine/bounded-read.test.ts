import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readBounded } from '../../src/engine/bounded-read';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'casebook-read-'));
const casebook = (...args: string[]) => spawnSync('node', [`${root}bin/casebook.mjs`, ...args], { encoding: 'utf8', timeout: 30_000 });

describe('the command line reads files within bounds', () => {
  it('drops a UTF-8 byte-order mark, as the trainer page does', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, `\uFEFF${readFileSync(`${root}examples/amazon-return.json`, 'utf8')}`);
    expect(readBounded(file).startsWith('{')).toBe(true);
    const run = casebook('advise', file);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).recommended.length).toBeGreaterThan(0);
  });

  it('stops one byte past the limit, naming the file', () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, 'x'.repeat(101));
    expect(() => readBounded(file, 100)).toThrow(/larger than 100 bytes/);
    expect(readBounded(join(dir, 'bom.json'), 10_000)).toContain('amazon-return');
  });

  it('exits 2 on an endless file instead of hanging', () => {
    const run = casebook('advise', '/dev/zero');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('/dev/zero: cannot read the file (larger than 1 MB)');
  });
});
