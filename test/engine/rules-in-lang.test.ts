import { describe, expect, it } from 'vitest';
import { rulesInLang } from '../../src/engine/policy/rules-in-lang';
import { createPolicy } from '../../src/engine/policy/policy';
import { loadRules } from '../../src/engine/policy/rule-files';
import type { L10n } from '../../src/engine/text';
import { GET } from '../../src/pages/policy/[lang].json';
import { servedRulesProblems } from '../../src/build/placeholder-check';

const rules = loadRules();

/** Every text in a value, however deep. */
function textsIn(value: unknown, out: L10n[] = []): L10n[] {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).sort().join() === 'en,zh-cn') out.push(value as L10n);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => textsIn(v, out));
  return out;
}
const stringsIn = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : []);

const served = async (lang: string): Promise<unknown> => JSON.parse(await (await GET({ params: { lang } } as never)).text());

describe('the rules in one language (/policy/<lang>.json)', () => {
  const texts = textsIn(rules).filter((t) => t.en !== t['zh-cn']);

  it('holds no text of the other language, and every text of its own', async () => {
    expect(texts.length).toBeGreaterThan(300);
    for (const [lang, other] of [
      ['en', 'zh-cn'],
      ['zh-cn', 'en'],
    ] as const) {
      const strings = new Set(stringsIn(await served(lang)));
      expect(texts.filter((t) => strings.has(t[other])).map((t) => t[other])).toEqual([]);
      expect(texts.filter((t) => !strings.has(t[lang])).map((t) => t[lang])).toEqual([]);
    }
  });

  it('keeps everything else of every rule as it is', async () => {
    const zh = (await served('zh-cn')) as ReturnType<typeof rulesInLang>;
    expect(zh.map((r) => r.id)).toEqual(rules.map((r) => r.id));
    // Every text (a string here, a pair on the server) and every other string blanked: numbers, keys and shapes must match.
    const isPair = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).sort().join() === 'en,zh-cn';
    const noTexts = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === 'string' || isPair(v) ? '' : v));
    expect(noTexts(zh)).toEqual(noTexts(rules));
    expect(zh.find((r) => r.id === 'PROD-1')!.title).toBe(rules.find((r) => r.id === 'PROD-1')!.title['zh-cn']);
  });

  it('gives a policy that finds rules and figures, and refuses unknown ones', () => {
    const policy = createPolicy(rules);
    expect(policy.ruleOf('AZ-2').id).toBe('AZ-2');
    expect(policy.figureOf('PROD-1', 'maxCompensation').unit).toBe('percent');
    expect(() => policy.ruleOf('AZ-99')).toThrow('unknown rule AZ-99');
    expect(() => policy.figureOf('AZ-2', 'nope')).toThrow('rule AZ-2 has no figure "nope"');
  });

  it('fills every text from its own figures, and the site check bites on one that does not', () => {
    for (const lang of ['en', 'zh-cn'] as const) expect(servedRulesProblems(`/policy/${lang}.json`, rulesInLang(rules, lang), lang)).toEqual([]);
    const broken = rulesInLang(rules, 'en').map((rule) => (rule.id === 'AZ-2' ? { ...rule, text: `${rule.text} Within {respondWithn}.` } : rule));
    expect(servedRulesProblems('/policy/en.json', broken, 'en')).toEqual(['/policy/en.json: rule AZ-2: {respondWithn} names no figure of AZ-2']);
  });
});
