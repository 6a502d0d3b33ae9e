import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReply, type FindingKind, type ReplyContext } from '../../src/engine/reply-check';
import { foldDraft, spanInDraft } from '../../src/engine/reply-folding';
import catchSet from './fixtures/reply-catch.json';

/**
 * A forbidden thing typed so a plain pattern would miss it: in full-width letters, with
 * invisible characters inside, spelled out with "dot", or named in other words (another
 * marketplace, the seller's own website, "DM me"). Each is still caught, where it was typed;
 * the plain words that look like them are not.
 */

const amazon: ReplyContext = { platform: 'amazon', caseKind: 'amazon-message' };
const ebay: ReplyContext = { platform: 'ebay', caseKind: 'ebay-message' };
const kindsIn = (draft: string, ctx = amazon) =>
  checkReply(draft, ctx)
    .filter((f) => f.severity === 'error')
    .map((f) => f.kind);

describe('reply checker: what is typed or said to slip past it', () => {
  it.each<[string, FindingKind]>([
    ['The manual is at ｗｗｗ．ｏｕｒｓｈｏｐ．ｃｏｍ for you.', 'link'],
    ['Write to support@our\u200bshop.com please.', 'email'],
    ['Write to support\uff20ourshop\uff0ecom please.', 'email'],
    ['Visit www dot ourshop dot com for the manual.', 'link'],
    ['See ourshop (dot) com for the manual.', 'link'],
    ['It is on shop[dot]co[dot]uk.', 'link'],
    ['The full list is at ourshop。com.', 'link'],
    ['Please DM me on insta @ourshop.', 'off-platform'],
    ['Please check the manual on our website.', 'off-platform'],
    ['Next time buy directly from us and save 10%.', 'off-platform'],
    ['Die Anleitung finden Sie auf unserer Webseite. Vielen Dank für Ihre Geduld.', 'off-platform'],
    ['Vous trouverez le manuel sur notre site web. Merci pour votre patience.', 'off-platform'],
    // Said another way: steering the feedback, refusing the problem.
    ["Please don't leave negative feedback, contact us first.", 'feedback-request'],
    ["Instead of leaving a review, message us and we'll fix it.", 'feedback-request'],
    ['Please contact us before leaving negative feedback.', 'feedback-request'],
    ['As stated in the listing, this is not our responsibility.', 'blame'],
  ])('catches %s', (draft, kind) => {
    for (const ctx of [amazon, ebay]) expect(kindsIn(draft, ctx)).toContain(kind);
  });

  it('counts another marketplace or payment service as a competitor on Amazon (MSG-5), a plain word that is also a name not', () => {
    for (const draft of [
      'We can refund you through P.P. quickly.',
      'It is cheaper on Walmart.',
      'AliExpress has it too.',
      'Our Temu store has it in stock.',
      'You can pay us by Venmo.',
      'It is cheaper on Wish.',
      '淘宝上也有。',
    ])
      expect(kindsIn(draft), draft).toContain('competitor');
    for (const draft of ['I wish you a nice day.', 'If you wish, we can send a new one.', 'Our target is to answer within a day.', 'We sell only on Amazon.'])
      expect(kindsIn(draft), draft).toEqual([]);
    expect(kindsIn('It is cheaper on Walmart.', ebay)).not.toContain('competitor');
  });

  it('lets through what only looks like it', () => {
    for (const draft of [
      'A dot net developer built the app.',
      'Put a dot on the box where it is scratched.',
      'We accept returns at our warehouse.',
      'The instant pot works with any app.',
      '我们会尽快处理。谢谢。',
      "This isn't your fault at all.",
      'See pp. 4-5 of the manual.',
      'If you have a moment, we would be glad to hear about your experience.',
    ])
      for (const ctx of [amazon, ebay]) expect(kindsIn(draft, ctx), draft).toEqual([]);
  });
});

/** Full-width forms of the printable ASCII letters and signs, as a Chinese input method types them. */
const fullWidth = (text: string) => text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const catches = (catchSet as { lang: string; kind: FindingKind; draft: string }[]).filter((r) => r.lang === 'en');

describe('reply checker: folding', () => {
  it('finds in a catch draft typed in full width, or with invisible characters anywhere, what it finds in the draft, where it was typed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catches),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('\u200b', '\u200d', '\u00ad', '\ufeff'),
        (row, wide, at, invisible) => {
          let draft = wide ? fullWidth(row.draft) : row.draft;
          for (const n of at) draft = `${draft.slice(0, n % (draft.length + 1))}${invisible}${draft.slice(n % (draft.length + 1))}`;
          const found = checkReply(draft, amazon).filter((f) => f.severity === 'error');
          expect(found.map((f) => f.kind)).toContain(row.kind);
          for (const f of found) {
            expect(draft.slice(f.start, f.end)).toBe(f.text);
            // A span starts and ends on a character that was typed, never on an invisible one.
            expect(f.text).toBe(f.text.replace(/^[\u00ad\u200b-\u200d\ufeff]+|[\u00ad\u200b-\u200d\ufeff]+$/g, ''));
          }
        },
      ),
      { numRuns: 300, seed: 44 },
    );
  });

  it('maps every folded position back to the draft', () => {
    const folded = foldDraft('a\u200bＢ。c');
    expect(folded.text).toBe('aB.c');
    expect(folded.origin).toEqual([0, 2, 3, 4, 5]);
    expect(spanInDraft(folded, 1, 3)).toEqual([2, 4]);
    expect(spanInDraft(folded, 0, 0)).toEqual([0, 0]);
  });
});
