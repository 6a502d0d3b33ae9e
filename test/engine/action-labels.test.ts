import { describe, expect, it } from 'vitest';
import { actionLabels, describeAction } from '../../src/engine/action-labels';
import { actionTypes, appealGrounds, closeReasons } from '../../src/engine/actions';
import { advisedAction, type AdvisedAction } from '../../src/engine/advise';
import { policy } from '../../src/engine/loaded-policy';
import { isMessage, type Message } from '../../src/engine/message';
import { describeChoice } from '../../src/engine/simulator/playbook-reading';
import { sayBoth } from '../../src/i18n/say-both';

/** Every message inside a message, itself included. */
/** A message and every message inside it, in its values and in a list's items. */
const messagesIn = (m: Message): Message[] => [m, ...Object.values(m.params ?? {}).flatMap(inner)];
const inner = (p: unknown): Message[] => (isMessage(p) ? messagesIn(p) : Array.isArray(p) ? p.flatMap(inner) : []);

/** The advised actions of every verdict in the rules, their figures read as the rules set them. */
const advised: AdvisedAction[] = policy.rules.flatMap((rule) => (rule.branches ?? []).flatMap((b) => b.verdicts.map((v) => advisedAction(policy, v.action, rule.id))));

describe('the actions in words', () => {
  it('names every action by its own code, words in the catalogs', () => {
    for (const type of actionTypes) expect(actionLabels[type]).toEqual({ code: `action.${type}` });
    const names = actionTypes.map((type) => sayBoth(actionLabels[type]));
    expect(new Set(names.map((n) => n.en)).size).toBe(actionTypes.length);
    expect(new Set(names.map((n) => n['zh-cn'])).size).toBe(actionTypes.length);
  });

  it('carries a percentage as a number the message is filled with, never as words', () => {
    const capped = advised.filter((a) => a.percentAtMost !== undefined);
    expect(capped.length).toBeGreaterThan(0);
    for (const action of capped) {
      const said = messagesIn(describeAction(action)).find((m) => m.code === 'action.upTo');
      expect(said?.params).toEqual({ percent: action.percentAtMost });
      expect(sayBoth(describeAction(action)).en).toBe(`${sayBoth(actionLabels[action.type]).en} (up to ${action.percentAtMost}%)`);
      expect(sayBoth(describeAction(action))['zh-cn']).toBe(`${sayBoth(actionLabels[action.type])['zh-cn']}（不超过 ${action.percentAtMost}%）`);
    }
  });

  it('joins several details and alternatives in each language’s own way', () => {
    const action: AdvisedAction = { type: 'close-return-request', payer: 'buyer', reason: ['already-refunded', 'refund-without-return'] };
    expect(sayBoth(describeAction(action))).toEqual({
      en: 'Close the return request (buyer pays the return, already refunded or refund without return)',
      'zh-cn': '关闭退货请求（买家承担运费，已退款或退款不退货）',
    });
    const grounds = sayBoth(describeAction({ type: 'appeal-claim', ground: [...appealGrounds] }));
    expect(grounds.en.split(' or ')).toHaveLength(appealGrounds.length);
    expect(grounds['zh-cn'].split('或')).toHaveLength(appealGrounds.length);
    expect(closeReasons.every((reason) => sayBoth(describeChoice({ type: 'close-return-request', reason })).en.startsWith('Close the return request ('))).toBe(true);
  });

  it('says a chosen percentage after the name, as the simulator always has', () => {
    expect(sayBoth(describeChoice({ type: 'partial-refund', percent: 20 }))).toEqual({ en: 'Partial refund (20%)', 'zh-cn': '部分退款 (20%)' });
  });
});
