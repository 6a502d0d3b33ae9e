import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { auditRules } from '../../src/engine/policy/audit';
import { ruleById, rules } from '../../src/engine/loaded-policy';
import type { Rule } from '../../src/engine/policy/types';

const factsSheet = fileURLToPath(new URL('../../../shared/playbook/FACTS.md', import.meta.url));
const snapshot = fileURLToPath(new URL('./fixtures/facts-ids.json', import.meta.url));
const idPattern = /\*\*([A-Z]+-\d+)\*\*/g;

/** The IDs of FACTS.md; a committed copy stands in where the sheet is not beside the repo. */
const snapshotIds: string[] = JSON.parse(readFileSync(snapshot, 'utf8'));
const sheetIds = existsSync(factsSheet) ? [...readFileSync(factsSheet, 'utf8').matchAll(idPattern)].map((m) => m[1]!) : null;

describe('the rule registry', () => {
  it('knows the same FACTS.md IDs as the committed copy', () => {
    if (!sheetIds) return expect(snapshotIds.length).toBeGreaterThan(0);
    expect(sheetIds).toEqual(snapshotIds);
  });

  it('has an entry for every fact of FACTS.md', () => {
    const missing = (sheetIds ?? snapshotIds).filter((id) => !ruleById.has(id));
    expect(missing).toEqual([]);
  });

  it('holds no entry that FACTS.md does not name, except labelled general knowledge', () => {
    const known = new Set(sheetIds ?? snapshotIds);
    const extra = rules.filter((r) => !known.has(r.id) && !r.general).map((r) => r.id);
    expect(extra).toEqual([]);
  });

  it('passes its own audit: no typed figures in prose, every placeholder and fact known', () => {
    expect(auditRules(rules)).toEqual([]);
  });

  it('gives every rule a source or marks it as general knowledge', () => {
    expect(rules.filter((r) => r.sources.length === 0 && !r.general).map((r) => r.id)).toEqual([]);
  });
});

describe('the audit guard bites', () => {
  const bad: Rule = {
    id: 'TEST-1',
    area: 'product',
    platform: 'amazon',
    sources: ['000'],
    title: { en: 'A bad rule', 'zh-cn': '错误的规则' },
    text: { en: 'Refund up to 35% within {days}.', 'zh-cn': '在 {days} 内退款，最多 ３５%。' },
    figures: {
      limit: { value: 35, unit: 'percent', label: { en: 'limit', 'zh-cn': '' } },
    },
    branches: [{ key: 'b', when: { fact: 'noSuchFact', is: true }, verdicts: [] }],
    handbook: { page: 'x', anchor: 'y' },
  };
  const problems = auditRules([bad, { ...bad }]);

  it.each([
    ['an ASCII digit in English prose', 'TEST-1 text.en: holds a digit'],
    ['a full-width digit in Chinese prose', 'TEST-1 text.zh-cn: holds a digit'],
    ['a placeholder with no figure', 'TEST-1 text.en: {days} is not a figure'],
    ['an empty label', 'TEST-1 figures.limit.label.zh-cn: empty'],
    ['a figure never shown', 'TEST-1 figures.limit: never shown'],
    ['an unknown fact in a condition', 'TEST-1 branches.b: reads an unknown fact "noSuchFact"'],
    ['a duplicate ID', 'TEST-1: the ID is used twice'],
  ])('flags %s', (_what, expected) => {
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });
});
