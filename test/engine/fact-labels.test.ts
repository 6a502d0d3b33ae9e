import { describe, expect, it } from 'vitest';
import { caseKinds } from '../../src/engine/case-kinds';
import { factLabels } from '../../src/engine/fact-labels';
import { caseSubject, factWordsBoth } from '../../src/engine/fact-words-both';
import type { Message } from '../../src/engine/message';
import { factCodes } from '../../src/engine/message-codes';
import { sayBoth } from '../../src/i18n/say-both';

const messagesOf = (labels: typeof factLabels): Message[] => Object.values(labels).flatMap(({ label, values }) => [label, ...Object.values(values ?? {})]);

describe('the facts’ names', () => {
  it('are messages of the fact codes, each code named by the facts (none left over)', () => {
    const used = new Set(messagesOf(factLabels).map((m) => m.code));
    expect([...used].sort()).toEqual([...factCodes].sort());
    for (const m of messagesOf(factLabels)) expect(m, m.code).toEqual({ code: m.code });
    for (const [fact, { label, values }] of Object.entries(factLabels)) {
      expect(label.code, fact).toBe(`fact.${fact}`);
      for (const [value, name] of Object.entries(values ?? {}))
        expect(name.code, `${fact}: ${value}`).toBe(/^(true|false)$/.test(value) ? `fact.${value === 'true' ? 'yes' : 'no'}` : `fact.${fact}.${value}`);
    }
  });

  it('name every case kind', () => {
    for (const kind of caseKinds) expect(factLabels.kind?.values?.[kind], kind).toBeDefined();
  });

  // The engine's sentence builders still read the names in both languages (fact-words-both.ts):
  // the catalogs and that table must say the same, word for word, until they take messages.
  it('are worded in the catalogs exactly as the engine’s table in both languages says them', () => {
    expect(Object.keys(factWordsBoth)).toEqual(Object.keys(factLabels));
    expect(differences(factWordsBoth)).toEqual([]);
  });

  it('the drift check bites: a table one word off, or with a value the catalogs lack, is told apart', () => {
    const damage = factWordsBoth.damage!;
    const off = { ...factWordsBoth, damage: { ...damage, values: { ...damage.values, minor: { ...damage.values!.minor!, en: 'minor' } } } };
    expect(differences(off)).toEqual(['damage: minor']);
    const more = { ...factWordsBoth, damage: { ...damage, values: { ...damage.values, total: { en: 'total', 'zh-cn': '全损' } } } };
    expect(differences(more)).toEqual(['damage']);
  });

  it('a case’s subject reads its kind, then its topic or reason', () => {
    expect(caseSubject({ kind: 'amazon-return', reason: 'size' })).toEqual(sayBothJoined('amazon-return', factLabels.reason!.values!.size!));
    expect(caseSubject({ kind: 'ebay-inr' })).toEqual(sayBoth(factLabels.kind!.values!['ebay-inr']!));
  });
});

/** Where a table in both languages says a fact or value otherwise than the catalogs. */
function differences(table: typeof factWordsBoth): string[] {
  return Object.entries(factLabels).flatMap(([fact, { label, values }]) => {
    const both = table[fact];
    if (!both) return [fact];
    const valueNames = Object.keys(values ?? {});
    if (JSON.stringify(sayBoth(label)) !== JSON.stringify(both.label) || valueNames.join() !== Object.keys(both.values ?? {}).join()) return [fact];
    return valueNames.filter((value) => JSON.stringify(sayBoth(values![value]!)) !== JSON.stringify(both.values![value])).map((value) => `${fact}: ${value}`);
  });
}

function sayBothJoined(kind: string, topic: Message) {
  const k = sayBoth(factLabels.kind!.values![kind]!);
  const t = sayBoth(topic);
  return { en: `${k.en}: ${t.en}`, 'zh-cn': `${k['zh-cn']}：${t['zh-cn']}` };
}
