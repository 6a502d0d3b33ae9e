import { describe, expect, it } from 'vitest';
import { factLabels } from '../../../src/engine/fact-labels';
import { sayIn } from '../../../src/i18n/say-both';
import { caseSituation, situationOf } from '../../../src/engine/quiz/situation';
import { sentenceStart } from '../../../src/engine/sentence-start';
import { generateQuiz, quizSettings } from '../../../src/engine/quiz';
import { policy } from '../../../src/engine/loaded-policy';
import { sayBoth } from '../../../src/i18n/say-both';

describe('sentenceStart', () => {
  it('capitalises a sentence’s first letter, but leaves eBay as eBay', () => {
    expect(sentenceStart('amazon buyer message')).toBe('Amazon buyer message');
    expect(sentenceStart('eBay member message')).toBe('eBay member message');
    expect(sentenceStart('iPhone')).toBe('iPhone');
    expect(sentenceStart('e')).toBe('E');
  });
});

describe('caseSituation', () => {
  const decisions = ['a', 'b', 'c', 'd'].flatMap((seed) =>
    generateQuiz(policy, quizSettings(policy, { seed, count: 30, kinds: ['decision'] }), { say: sayBoth }).items.flatMap((i) => (i.kind === 'decision' ? [i] : [])),
  );

  it('never opens with "EBay", and says times since an event in days and hours, never as a fraction', () => {
    expect(decisions.length).toBeGreaterThan(10);
    for (const item of decisions) {
      const { en, 'zh-cn': zh } = caseSituation(policy, item.facts, item.rules);
      expect(en).not.toMatch(/EBay/);
      expect(en, en).not.toMatch(/(days|hours) since [^:]*: \d/);
      expect(en, en).not.toMatch(/since [^:;]*: \d+\.\d/);
      expect(zh, zh).not.toMatch(/(天数|小时数)：/);
    }
    expect(decisions.some((i) => /time since [^:]*: \d+ (minute|hour|day)s?/.test(caseSituation(policy, i.facts, i.rules).en))).toBe(true);
  });

  it('reads an eBay case kind as "eBay …" at the start of a situation', () => {
    const ebayKind = Object.keys(factLabels.kind!.values!).find((k) => sayIn('en', factLabels.kind!.values![k]!).startsWith('eBay'))!;
    const text = situationOf(policy, { fact: 'kind', is: ebayKind } as never, 'EBAY-1');
    expect(text?.en.startsWith('eBay')).toBe(true);
  });
});
