import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { isPolicyFile, withoutRuleProse } from '../../src/build/browser-policy';
import { rules } from '../../src/engine/policy/registry';

const policyDir = join(process.cwd(), 'src/engine/policy');
const rulesIn = (source: string) => source.match(/^ {4}id: '/gm)?.length ?? 0;

/** The guard: every rule in a file loses exactly its title and its text. */
const proseLeft = (source: string) => {
  const { removed } = withoutRuleProse(source);
  return 2 * rulesIn(source) - removed;
};

describe('the browser copy of the registry', () => {
  const files = readdirSync(policyDir).filter((f) => f.endsWith('.ts'));

  it('loses the title and text of every rule, and still compiles', () => {
    let counted = 0;
    for (const file of files) {
      const source = readFileSync(join(policyDir, file), 'utf8');
      expect(proseLeft(source), file).toBe(0);
      const { code } = withoutRuleProse(source);
      expect(code, file).not.toMatch(/^ {4}(title|text): \{/m);
      expect(() => transformSync(code, { loader: 'ts' }), file).not.toThrow();
      counted += rulesIn(source);
    }
    expect(counted).toBe(rules.length);
  });

  it('bites on a rule whose prose is not where a rule keeps it', () => {
    const fixture = readFileSync(join(process.cwd(), 'test/fixtures/policy/misindented-rule.ts'), 'utf8');
    expect(proseLeft(fixture)).toBe(1);
  });

  it('touches policy files only', () => {
    expect(isPolicyFile('/repo/src/engine/policy/atoz.ts')).toBe(true);
    expect(isPolicyFile('/repo/src/engine/advise.ts')).toBe(false);
    expect(isPolicyFile('/repo/src/engine/policy/atoz.ts?raw')).toBe(false);
  });
});
