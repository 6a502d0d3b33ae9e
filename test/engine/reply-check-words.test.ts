import { describe, expect, it } from 'vitest';
import { replyCodes } from '../../src/engine/message-codes';
import { isMessage, type Message } from '../../src/engine/message';
import { replyChecks } from '../../src/engine/policy/reply-checks';
import { checkReply, neverDoWhy } from '../../src/engine/reply-check';
import { replyNeverDos } from '../../src/engine/simulator/never-do';
import { generateQuiz, quizSettings } from '../../src/engine/quiz';
import { policy } from '../../src/engine/loaded-policy';
import { langs, type L10n } from '../../src/engine/text';
import { inBothLangs, sayBoth } from '../../src/i18n/say-both';

/**
 * The reply checker's words are the catalogs' (engine.reply.*): each check's explanation, fix
 * and, for an error, the reason the simulator's review gives for the never-do. The review names
 * the rule apart, so that reason is the explanation without its rule ID, sentence-cased: these
 * tests hold the two catalog strings to each other, and the messages to the checks.
 */

/** What the review showed before the reason had words of its own: the explanation, its rule ID cut off, its first letter a capital. */
function withoutRuleId(text: string): string {
  const rest = text.replace(/^[A-Z]+(?:-[A-Z0-9]+)+\s*[:：]\s*/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The languages in which `why` is not `explanation` without its rule ID. */
const whyMismatches = (explanation: Message, why: Message): string[] => {
  const [said, reason] = [sayBoth(explanation), sayBoth(why)];
  return langs.filter((lang) => reason[lang] !== withoutRuleId(said[lang]));
};

describe('the reply checker’s words', () => {
  it('every explanation, fix and reason is a message of the reply codes', () => {
    for (const check of replyChecks)
      for (const words of [check.explanation, check.fix, ...(check.why ? [check.why] : [])]) {
        expect(isMessage(words)).toBe(true);
        expect(replyCodes).toContain(words.code);
      }
  });

  it('each check has its own explanation, so a finding leads back to its check', () => {
    const codes = replyChecks.map((check) => check.explanation.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('every reply code is said by some check', () => {
    const used = new Set(replyChecks.flatMap((check) => [check.explanation.code, check.fix.code, ...(check.why ? [check.why.code] : [])]));
    expect(replyCodes.filter((code) => !used.has(code))).toEqual([]);
  });

  it('an explanation opens with its check’s rule ID, in each language’s punctuation', () => {
    for (const check of replyChecks) {
      const said = sayBoth(check.explanation);
      expect(said.en.startsWith(`${check.ruleId}: `), said.en).toBe(true);
      expect(said['zh-cn'].startsWith(`${check.ruleId}：`), said['zh-cn']).toBe(true);
    }
  });

  it('an error’s reason in the review is its explanation without the rule ID; a warning or a suggestion has none', () => {
    for (const check of replyChecks) {
      if (check.severity !== 'error') {
        expect(check.why, check.explanation.code).toBeUndefined();
        continue;
      }
      expect(whyMismatches(check.explanation, check.why), check.why.code).toEqual([]);
    }
    // The comparison bites: another check's reason does not pass for this one's.
    const [email, link] = [
      replyChecks.find((c) => c.explanation.code === 'reply.explanation.email')!,
      replyChecks.find((c) => c.explanation.code === 'reply.explanation.link')!,
    ];
    expect(whyMismatches(email.explanation, link.why!)).toEqual(['en', 'zh-cn']);
  });

  it('a finding’s reason is its own check’s, also for the kinds with several checks', () => {
    const findings = checkReply('Please do not leave us negative feedback. We would appreciate a 5-star review. You can also pay with Venmo or PayPal.', {
      platform: 'amazon',
    });
    const reasons = findings.flatMap((f) => (f.severity === 'error' ? [[f.explanation.code, neverDoWhy(f)?.code]] : []));
    expect(reasons).toEqual(
      expect.arrayContaining([
        ['reply.explanation.feedback-request-not-negative', 'reply.why.feedback-request-not-negative'],
        ['reply.explanation.feedback-request-good-rating', 'reply.why.feedback-request-good-rating'],
        ['reply.explanation.competitor-elsewhere', 'reply.why.competitor-elsewhere'],
        ['reply.explanation.competitor-paypal-ebay', 'reply.why.competitor-paypal-ebay'],
      ]),
    );
    const missing = checkReply('ok', { platform: 'amazon', problem: true }).find((f) => f.kind === 'missing-apology')!;
    expect(neverDoWhy(missing)).toBeUndefined();
  });

  it('a reply never-do gives the reason in both languages, its rule apart', () => {
    const [never] = inBothLangs(replyNeverDos({ index: 2, round: 1, at: '2026-03-01T09:00:00.000Z' }, checkReply('Write to help@shop.com.', { platform: 'amazon' })));
    expect(never!.ruleId).toBe('MSG-4');
    expect(never!.why).toEqual<L10n>({
      en: 'No e-mail addresses in a buyer message. An address spelled out with "(at)" or "dot" is still an address.',
      'zh-cn': '买家消息里不能出现电子邮箱地址。用 "(at)"、"dot" 之类拼写出来的地址同样算邮箱地址。',
    });
  });

  it('a fix-the-reply answer explains each kind found, one on each line', () => {
    const quiz = generateQuiz(policy, quizSettings(policy, { seed: 'reply-lines', count: 20, difficulty: 3, platform: 'amazon', kinds: ['fix-reply'] }), { say: sayBoth });
    const several = quiz.items.find((item) => item.kind === 'fix-reply' && item.answer.length >= 2);
    if (!several || several.kind !== 'fix-reply') throw new Error('no fix-the-reply item with two kinds found in this quiz');
    const findings = checkReply(several.draft, several.context);
    const each = several.answer.map((kind) => sayBoth(findings.find((f) => f.kind === kind)!.explanation));
    const said = sayBoth(several.explanation);
    for (const lang of langs) expect(said[lang]).toBe(each.map((e) => e[lang]).join('\n'));
  });
});
