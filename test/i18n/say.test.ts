import { describe, expect, it } from 'vitest';
import { countCodes, isListCode, messageCodes, type MessageCode } from '../../src/engine/message-codes';
import { message, type Message } from '../../src/engine/message';
import { PlaceholderError } from '../../src/engine/placeholders';
import { langs } from '../../src/engine/text';
import { stringsWith } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { inBothLangs, sayBoth } from '../../src/i18n/say-both';
import { keyOf, say } from '../../src/i18n/say';
import { zhCn } from '../../src/i18n/zh-cn';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const isCount = (code: MessageCode) => (countCodes as readonly string[]).includes(code);

/** A message of `code` with a value for every placeholder its English words have (a count's `n` a number). */
function sample(code: MessageCode): Message {
  if (isListCode(code)) return message(code, { items: ['<x>', message('sim.right'), { en: '<z>', 'zh-cn': '<z>' }] });
  const keys = isCount(code) ? [`engine.${code}.one`, `engine.${code}.other`] : [`engine.${code}`];
  const names = new Set(keys.flatMap((key) => placeholders(en[key as keyof typeof en])));
  return message(code, Object.fromEntries([...names].map((name) => [name, name === 'n' ? 2 : `<${name}>`])));
}

describe('say: the engine’s messages in words', () => {
  it('fills values as the engine did: numbers, strings, a text in both languages by language, a message in turn', () => {
    const missed = message('sim.deadlineMissed', { label: { en: 'reply', 'zh-cn': '回复' } });
    expect(sayBoth(missed)).toEqual({ en: 'Missed: reply.', 'zh-cn': '已超时：回复。' });
    expect(say(en, 'en', message('sim.policyNote', { full: 2, count: 3 }))).toBe('2 of 3 decisions as the playbook says; each one is reviewed below.');
    const triage = message('sim.triageChosen', { kind: { en: 'Return request', 'zh-cn': '退货请求' }, deadline: message('sim.noDeadline'), urgency: 'none' });
    expect(sayBoth(triage)).toEqual({ en: 'Return request; no deadline is running; none', 'zh-cn': '退货请求；没有正在计时的时限；none' });
    // A text the engine holds in both languages is said as it is.
    expect(say(zhCn, 'zh-cn', { en: 'Refund in full', 'zh-cn': '全额退款' })).toBe('全额退款');
  });

  it('says one check, two checks, by each language’s plural rules: no "check(s)"', () => {
    expect(say(en, 'en', message('sim.wastedTime', { n: 1 }))).toBe('1 check the case did not need.');
    expect(say(en, 'en', message('sim.wastedTime', { n: 2 }))).toBe('2 checks the case did not need.');
    expect(say(en, 'en', message('sim.skippedChecks', { n: 1, points: 5 }))).toBe('1 check or question the rules needed was skipped: 5 policy points off.');
    expect(say(zhCn, 'zh-cn', message('sim.skippedChecks', { n: 3, points: 15 }))).toBe('遗漏了 3 项规则要求的调查或询问：合规得分扣 15 分。');
    expect(keyOf('en', message('sim.wastedTime', { n: 1 }))).toBe('engine.sim.wastedTime.one');
    expect(keyOf('zh-cn', message('sim.wastedTime', { n: 1 }))).toBe('engine.sim.wastedTime.other');
    for (const code of countCodes) for (const form of ['one', 'other']) expect(en[`engine.${code}.${form}` as keyof typeof en]).not.toContain('(s)');
  });

  it('says a list item by item, each language with its own marks: nothing for none, the one item for one', () => {
    const ids = message('list.comma', { items: ['MSG-1', 'MSG-2', 'AZ-9'] });
    expect(sayBoth(ids)).toEqual({ en: 'MSG-1, MSG-2, AZ-9', 'zh-cn': 'MSG-1、MSG-2、AZ-9' });
    const sentences = message('list.sentences', { items: [message('advice.noRecommendation'), message('advice.rulesApply', { rules: ids })] });
    expect(sayBoth(sentences)).toEqual({
      en: 'The playbook has no recommendation for this case. Rules that apply: MSG-1, MSG-2, AZ-9.',
      'zh-cn': '手册对这个案例没有推荐做法。适用的规则：MSG-1、MSG-2、AZ-9。',
    });
    expect(say(en, 'en', message('list.semicolon', { items: [] }))).toBe('');
    expect(say(zhCn, 'zh-cn', message('list.semicolon', { items: [{ en: 'Reship', 'zh-cn': '补发' }] }))).toBe('补发');
    expect(() => say(en, 'en', message('list.comma'))).toThrow(/list\.comma: a list needs its items/);
    expect(() => say(en, 'en', message('advice.rulesApply', { rules: ['MSG-1'] }))).toThrow(/\{rules\} is a list; only a list code's items are/);
  });

  it('refuses what it cannot say, naming the key and the text: a value missing, a stray placeholder, a key not given, a count without n', () => {
    expect(() => say(en, 'en', message('sim.deadlineMet', { n: 1 }))).toThrow(/engine\.sim\.deadlineMet "Met: \{label\}\.": \{label\} has no value/);
    expect(() => say({ 'engine.sim.deadlineMet': 'About {CB-1.decisionAfter}.' }, 'en', message('sim.deadlineMet'))).toThrow(PlaceholderError);
    expect(() => say({ 'engine.sim.deadlineMet': 'About {CB-1.decisionAfter}.' }, 'en', message('sim.deadlineMet'))).toThrow(
      /\{CB-1\.decisionAfter\} is not a placeholder this text can fill/,
    );
    expect(() => say(stringsWith('en', 'sim.'), 'en', message('sim.closed'))).toThrow('engine message sim.closed: the en strings given have no "engine.sim.closed"');
    expect(() => say(en, 'en', message('sim.wastedTime'))).toThrow(/sim\.wastedTime: a count needs a number n/);
  });

  it('every code has the same placeholders in both catalogs, and says them all from the strings an island is given', () => {
    for (const code of messageCodes) {
      const keys = isCount(code) ? [`engine.${code}.one`, `engine.${code}.other`] : [`engine.${code}`];
      for (const key of keys) expect(placeholders(zhCn[key as keyof typeof zhCn]), key).toEqual(placeholders(en[key as keyof typeof en]));
      for (const lang of langs) expect(say(stringsWith(lang, code.startsWith('sim.') ? 'engine.sim.' : 'engine.'), lang, sample(code)), code).not.toMatch(/\{\w+\}/);
    }
  });

  it('inBothLangs says every message in a value and leaves the rest as it was, in order', () => {
    const value = { a: 1, note: message('sim.right'), list: [message('sim.draft', { n: 2 }), { en: 'x', 'zh-cn': '甲' }], nested: { code: 7 } };
    const said = inBothLangs(value);
    expect(said).toEqual({
      a: 1,
      note: { en: 'Right.', 'zh-cn': '正确。' },
      list: [
        { en: 'Draft 2', 'zh-cn': '第 2 份草稿' },
        { en: 'x', 'zh-cn': '甲' },
      ],
      nested: { code: 7 },
    });
    expect(JSON.stringify(Object.keys(said))).toBe(JSON.stringify(Object.keys(value)));
  });
});
