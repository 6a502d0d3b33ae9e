import { describe, expect, it } from 'vitest';
import { replyChecks } from '../../src/engine/policy/reply-checks';
import { checkReply, type FindingKind, type ReplyContext } from '../../src/engine/reply-check';
import { bestPath, draftsFor, initialState, parseScenario, step, type Decision } from '../../src/engine/simulator';
import { damagedKettle } from './simulator/fixtures/authored';
import { policy } from '../../src/engine/loaded-policy';
import { sayBoth } from '../../src/i18n/say-both';

/** Drafts that were once "Ready to send", each with what the checker must now say. */

const amazon: ReplyContext = { platform: 'amazon' };
const errorKinds = (draft: string, ctx: ReplyContext = amazon): FindingKind[] =>
  checkReply(draft, ctx)
    .filter((f) => f.severity === 'error')
    .map((f) => f.kind);

describe('reply checker: drafts that were let through', () => {
  it.each([
    ['FB-4, AZ-9: five stars for a discount code', 'If you leave us 5 stars we will send you a 10% discount code', ['incentive', 'feedback-request']],
    ['FB-4: asking for positive feedback', 'Please leave positive feedback if you are happy', ['feedback-request']],
    ['FB-4: asking to raise a review', 'Could you now update your review to five stars?', ['feedback-change']],
    ['MSG-4: a phone number', 'Please call us on +1 415 555 0134', ['phone']],
    ['MSG-4: a messaging app', 'Add me on WhatsApp', ['off-platform']],
    ['AZ-9: a refund for withdrawing the claim', 'Withdraw the claim and we refund you.', ['incentive']],
  ] as const)('%s', (_, draft, kinds) => {
    const found = errorKinds(draft);
    for (const kind of kinds) expect(found, draft).toContain(kind);
  });

  it('AZ-9: a refund tied to withdrawing the claim is an error in English, German and French', () => {
    const atoz: ReplyContext = { platform: 'amazon', caseKind: 'amazon-atoz' };
    for (const draft of [
      'Withdraw the claim and we refund you.',
      'Ziehen Sie den Antrag zurück und wir erstatten Ihnen den Kaufpreis.',
      'Retirez votre réclamation et nous vous remboursons.',
    ]) {
      const incentive = checkReply(draft, atoz).find((f) => f.kind === 'incentive');
      expect(incentive, draft).toMatchObject({ severity: 'error', ruleId: 'AZ-9', text: draft });
    }
  });

  it('MSG-10: blaming the buyer is an error, not a warning', () => {
    const blame = replyChecks.filter((c) => c.kind === 'blame');
    expect(blame.length).toBeGreaterThan(0);
    for (const check of blame) expect(check.severity).toBe('error');
    expect(checkReply('This is your own fault.', amazon).map((f) => [f.kind, f.severity, f.ruleId])).toEqual([['blame', 'error', 'MSG-10']]);
  });

  it('cites the fact each new check enforces, with an explanation and a fix in both languages', () => {
    const cited: Partial<Record<FindingKind, string>> = { 'feedback-request': 'FB-4', 'feedback-change': 'FB-4', phone: 'MSG-4', 'off-platform': 'MSG-4' };
    for (const [kind, ruleId] of Object.entries(cited)) {
      const checks = replyChecks.filter((c) => c.kind === kind);
      expect(checks.length, kind).toBeGreaterThan(0);
      for (const check of checks) {
        expect([check.ruleId, check.severity]).toEqual([ruleId, 'error']);
        for (const text of [sayBoth(check.explanation), sayBoth(check.fix)]) {
          expect(text.en.length).toBeGreaterThan(40);
          expect(text['zh-cn']).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    }
    const reward = checkReply('Leave us a review and get a free gift.', amazon).find((f) => f.kind === 'incentive');
    expect(reward?.ruleId).toBe('AZ-9');
  });

  it('a reply on the best path that asks for five stars for a discount, with an e-mail and a link, is full of errors', () => {
    const parsed = parseScenario(policy, damagedKettle);
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const scenario = parsed.scenario;
    let state = initialState(scenario);
    let reply: Decision | undefined;
    for (const decision of bestPath(policy, scenario)) {
      if (decision.type === 'pick-draft' || decision.type === 'write-reply') {
        // The draft the best path would send, plus the slips.
        const best = draftsFor(policy, scenario, state)
          .map((d) => d.text)
          .find((text) => errorKinds(text, { platform: scenario.platform, caseKind: scenario.facts.kind }).length === 0)!;
        const slips =
          'Please leave us 5-star feedback and we will send you a 10% discount code. You can also write to care@homegoods-shop.com or see www.homegoods-shop.com/help.';
        reply = { type: 'write-reply', text: best.replace('Kind regards,', `${slips}\n\nKind regards,`) };
        break;
      }
      state = step(policy, scenario, state, decision).state;
    }
    expect(reply).toBeDefined();
    const result = step(policy, scenario, state, reply!);
    const checked = result.effects.find((e) => e.type === 'reply-checked');
    const findings = checked?.type === 'reply-checked' ? checked.findings : [];
    const errors = findings.filter((f) => f.severity === 'error');
    expect(new Set(errors.map((f) => f.kind))).toEqual(new Set(['feedback-request', 'incentive', 'email', 'link']));
    expect(new Set(errors.map((f) => f.ruleId))).toEqual(new Set(['FB-4', 'AZ-9', 'MSG-4']));
  });
});
