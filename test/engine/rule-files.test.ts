import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck, loadRuleFiles, loadRules, readRuleFile, RuleFileError, rulesDir } from '../../src/engine/policy/rule-files';
import { rules } from '../../src/engine/loaded-policy';
import { areas } from '../../src/engine/policy/types';

const fixtures = join(process.cwd(), 'test/fixtures/policy/bad-rules');
const problemsOf = (files: { area?: string; path: string }[]): readonly string[] => {
  try {
    loadRuleFiles(files);
  } catch (error) {
    if (error instanceof RuleFileError) return error.problems;
    throw error;
  }
  return [];
};

describe('the rule files', () => {
  it('hold every rule, one file per area, in the order of FACTS.md', () => {
    expect(loadRules()).toBe(loadRules());
    expect(rules).toBe(loadRules());
    expect([...new Set(rules.map((r) => r.area))]).toEqual([...areas]);
    expect(rules.length).toBeGreaterThanOrEqual(70);
    expect(rulesDir).toMatch(/src\/engine\/policy\/rules\/$/);
  });

  it('fail on a wrong field, naming the file and the field', () => {
    const problems = problemsOf([{ area: 'atoz', path: join(fixtures, 'atoz.yaml') }]);
    expect(problems).toEqual(['test/fixtures/policy/bad-rules/atoz.yaml: rules[0].branches[0].verdicts[1].verdict: expected recommended|acceptable|wrong, got "good"']);
    expect(() => loadRuleFiles([{ area: 'atoz', path: join(fixtures, 'atoz.yaml') }])).toThrow(
      /bad rule file:\n {2}test\/fixtures\/policy\/bad-rules\/atoz\.yaml: rules\[0\]/,
    );
  });

  it('fail on references that point nowhere, a duplicate ID and a rule in another area’s file', () => {
    const problems = problemsOf([{ area: 'ebay', path: join(fixtures, 'ebay.yaml') }]);
    expect(problems).toEqual([`test/fixtures/policy/bad-rules/ebay.yaml: rules[1].area: expected ebay, the file's area, got shipping`]);
    // The cross-checks, with the file taken without its area.
    expect(problemsOf([{ path: join(fixtures, 'ebay.yaml') }])).toEqual([
      'test/fixtures/policy/bad-rules/ebay.yaml: rules[1].id: EBAY-90 is already a rule in test/fixtures/policy/bad-rules/ebay.yaml',
      'test/fixtures/policy/bad-rules/ebay.yaml: rules[0].text.en: {EBAY-91.window} names no figure of EBAY-91',
      'test/fixtures/policy/bad-rules/ebay.yaml: rules[0].branches[0].when.all[1].fact: unknown fact "parcelColour"',
      'test/fixtures/policy/bad-rules/ebay.yaml: rules[0].branches[0].when.all[2].above: EBAY-90 has no figure "priceLine"',
    ]);
  });

  it('fail on a bad platform note, naming each field: a date that does not exist, a confidence not in the list, a link that is not https', () => {
    const file = join(fixtures, 'platform-today.yaml');
    const at = 'test/fixtures/policy/bad-rules/platform-today.yaml: rules[0]';
    expect(problemsOf([{ area: 'atoz', path: file }])).toEqual([
      `${at}.checked: expected a date written YYYY-MM-DD`,
      `${at}.platformToday.note.zh-cn: required (string)`,
      `${at}.platformToday.confidence: expected confirmed|likely|unsure, got "certain"`,
      `${at}.platformToday.checked: expected a date that exists`,
      `${at}.platformToday.links[0].url: expected an https:// address`,
    ]);
  });

  it('fail on a platform figure the rule does not own', () => {
    const source = readFileSync(join(fixtures, 'platform-today.yaml'), 'utf8');
    // The second rule alone, whose note is well formed, reaches the cross-check.
    const second = source.replace(/ {2}- id: AZ-91[\s\S]*?(?= {2}- id: AZ-92)/, '');
    const read = readRuleFile('x.yaml', second, 'atoz');
    expect(read.problems).toEqual([]);
    expect(crossCheck([{ file: 'x.yaml', rules: read.rules }])).toEqual(['x.yaml: rules[0].platformToday.figures.replyWithin: AZ-92 has no figure "replyWithin"']);
  });

  it('name a missing field, an unknown one, a bad condition and a file that is not YAML', () => {
    const one = (body: string) => readRuleFile('x.yaml', body).problems;
    const rule = `{ id: X-1, area: atoz, platform: amazon, sources: [], title: { en: a, zh-cn: 甲 }, text: { en: a, zh-cn: 甲 }, handbook: { page: p, anchor: a } }`;
    expect(one(`rules: [${rule}]`)).toEqual([]);
    expect(one(`rules: [${rule.replace('title: { en: a, zh-cn: 甲 }, ', '')}]`)).toEqual(['x.yaml: rules[0].title: required (object)']);
    expect(one(`rules: [${rule.replace('platform: amazon', 'platform: amazon, colour: red')}]`)).toEqual(['x.yaml: rules[0]: unknown field colour']);
    expect(one(`rules: [${rule.replace('handbook', 'branches: [{ key: k, when: { fact: kind, is: [] }, verdicts: [] }], handbook')}]`)).toEqual([
      'x.yaml: rules[0].branches[0].when.is: Array must contain at least 1 element(s)',
      'x.yaml: rules[0].branches[0].verdicts: Array must contain at least 1 element(s)',
    ]);
    expect(one(`rules: [${rule.replace('handbook', 'branches: [{ key: k, when: { kind: atoz }, verdicts: [] }], handbook')}]`)[0]).toBe(
      'x.yaml: rules[0].branches[0].when: expected a condition: all, any, not, or fact with is|above|atMost|present',
    );
    expect(one('rules: [')[0]).toMatch(/^x\.yaml: not YAML: /);
  });
});
