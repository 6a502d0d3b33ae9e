import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { trimEngineText } from '../../src/build/engine-text-pages';

const fixture = new URL('../fixtures/engine-text-site/', import.meta.url).pathname;
const tableOf = (html: string) => JSON.parse(/<script type="application\/json" id="engine-text">([\s\S]*?)<\/script>/.exec(html)![1]!) as Record<string, unknown>;

describe("each page's engine words after the build", () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('keeps the words of the modules its scripts load, now or on use, and drops the rest', () => {
    dist = mkdtempSync(join(tmpdir(), 'casebook-words-'));
    cpSync(fixture, dist, { recursive: true });
    expect(trimEngineText(dist)).toBe(1);
    expect(Object.keys(tableOf(readFileSync(join(dist, 'tool/index.html'), 'utf8')))).toEqual(['policy/atoz', 'simulator/words']);
    // Every module is read on the other page: nothing to trim, the file is left as it was.
    expect(readFileSync(join(dist, 'all/index.html'), 'utf8')).toBe(readFileSync(join(fixture, 'all/index.html'), 'utf8'));
  });
});
