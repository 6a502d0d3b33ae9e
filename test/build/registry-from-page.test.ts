import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { isRegistry, registryFromPage } from '../../src/build/registry-from-page';
import { MISSING_RULE_DATA, pageRules, setRuleData } from '../../src/build/rule-data';
import { ruleDataJson } from '../../src/build/rule-data-json';
import { setRuleProse } from '../../src/build/rule-prose-data';
import { rules } from '../../src/engine/policy/registry';

const registryPath = join(process.cwd(), 'src/engine/policy/registry.ts');
/** A rule without what only the server-drawn rule boxes read: its prose and its provenance. */
const serverOnly = new Set(['title', 'text', 'checked', 'platformToday']);
const withoutProse = (list: readonly object[]) =>
  list.map((rule) => JSON.parse(JSON.stringify(rule, (key, value: unknown) => (serverOnly.has(key) ? undefined : value))) as object);

describe("the browser's registry, read from the page", () => {
  afterEach(() => {
    setRuleData(null);
    setRuleProse(null);
  });

  it('imports no policy module and still compiles, keeping the lookups', () => {
    const code = registryFromPage(readFileSync(registryPath, 'utf8'));
    expect(isRegistry(registryPath)).toBe(true);
    expect(code).not.toMatch(/from '\.\/(?!types'|policy')[\w-]+'/);
    expect(code).toContain('__pageRules()');
    expect(code).toMatch(/export const \{ ruleById, ruleOf, figureOf \} = createPolicy\(rules\)/);
    expect(() => transformSync(code, { loader: 'ts' })).not.toThrow();
  });

  it('refuses a registry written another way rather than guess', () => {
    expect(() => registryFromPage(readFileSync(join(process.cwd(), 'test/fixtures/policy/unexpected-registry.ts'), 'utf8'))).toThrow(
      /registry\.ts: expected its policy imports/,
    );
  });

  it('gives back every rule as the server has it, prose aside, and reads prose from the page when asked', () => {
    setRuleData(ruleDataJson(rules));
    const fromPage = pageRules();
    expect(withoutProse(fromPage)).toEqual(withoutProse(rules));
    expect(fromPage[0]!.title).toBeUndefined();
    setRuleProse({ [rules[0]!.id]: { title: rules[0]!.title, text: rules[0]!.text } });
    expect(fromPage[0]!.title).toEqual(rules[0]!.title);
  });

  it("gives a tool page's rules in its language only", () => {
    setRuleData(ruleDataJson(rules, 'zh-cn'));
    const figure = pageRules().find((r) => r.id === 'PROD-1')!.figures!.maxCompensation!;
    const server = rules.find((r) => r.id === 'PROD-1')!.figures!.maxCompensation!;
    expect(figure.label).toEqual({ en: server.label['zh-cn'], 'zh-cn': server.label['zh-cn'] });
    expect(figure.value).toBe(server.value);
  });

  it('names the missing data on a page without it', () => {
    expect(() => pageRules()).toThrow(MISSING_RULE_DATA);
  });
});
