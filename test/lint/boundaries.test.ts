import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers of the README's architecture table are ESLint rules (eslint-layers.js). Each
 * fixture breaks one, and is linted as if it sat in the layer it breaks: the rule must fire.
 */

const root = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(fixture: string, pretendPath: string): Promise<{ ruleId: string | null; message: string }[]> {
  const code = fs.readFileSync(path.join(root, 'test/lint/fixtures', fixture), 'utf8');
  const [result] = await eslint.lintText(code, { filePath: path.join(root, pretendPath) });
  return result.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

// The first lint loads the config and parses what the fixture imports: seconds on a busy machine.
describe('layer boundaries', { timeout: 60_000 }, () => {
  it('the engine may not import a store', async () => {
    const messages = await ruleIdsFor('engine-imports-store.ts', 'src/engine/boundary-fixture.ts');
    expect(messages).toEqual([{ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('src/engine may import only its own files') }]);
  });

  it("i18n may import the engine's text.ts and what say.ts needs of its messages, and nothing else of it", async () => {
    const messages = await ruleIdsFor('i18n-imports-engine.ts', 'src/i18n/boundary-fixture.ts');
    expect(messages).toEqual([{ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining('src/i18n may import only engine/text.ts') }]);
    expect(messages[0].message).toContain('../engine/advise');
  });

  it('the engine may not import a UI package', async () => {
    const messages = await ruleIdsFor('engine-imports-preact.ts', 'src/engine/boundary-fixture.ts');
    expect(messages.map((m) => m.ruleId)).toEqual(['no-restricted-imports']);
  });

  it('engine code may not load the rules: only the two composition files import #loaded-rules or are imported', async () => {
    const messages = await ruleIdsFor('engine-imports-loaded-rules.ts', 'src/engine/simulator/boundary-fixture.ts');
    expect(messages).toEqual([
      { ruleId: 'no-restricted-imports', message: expect.stringContaining("'#loaded-rules'") },
      { ruleId: 'no-restricted-imports', message: expect.stringContaining("'../loaded-policy'") },
      { ruleId: 'no-restricted-imports', message: expect.stringContaining("'../loaded-engine'") },
    ]);
    expect(messages[0]!.message).toContain('only src/engine/loaded-policy.ts and src/engine/loaded-engine.ts load the app');
    // Where the rules are loaded, and outside the engine, the same imports pass.
    expect(await ruleIdsFor('engine-imports-loaded-rules.ts', 'src/engine/loaded-policy.ts')).toEqual([]);
    expect(await ruleIdsFor('engine-imports-loaded-rules.ts', 'src/components/boundary-fixture.ts')).toEqual([]);
  });

  it('the same imports are allowed where the table allows them', async () => {
    expect(await ruleIdsFor('engine-imports-store.ts', 'src/components/boundary-fixture.ts')).toEqual([]);
    expect(await ruleIdsFor('engine-imports-preact.ts', 'src/components/boundary-fixture.ts')).toEqual([]);
  });
});
