import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkReply, type FindingKind, type ReplyContext } from '../../src/engine/reply-check';
import cleanSet from './fixtures/reply-clean.json';

/**
 * Properties over many drafts, not a fixed list: a forbidden sentence put anywhere into a
 * clean draft is an error (MSG-4, FB-4, AZ-9), and any text made of clean sentences is not.
 */

const cleanDrafts = (cleanSet as { draft: string }[]).map((r) => r.draft);
/** The clean drafts' sentences, each a whole sentence with its full stop. */
const sentencesOf = (draft: string): string[] =>
  draft
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
/** Whole sentences only: a list item such as "a refund of €12.50" stands on its own line in a draft. */
const cleanSentences = [...new Set(cleanDrafts.flatMap(sentencesOf))].filter((s) => /[.!?]$/.test(s) && s.length > 3);

const contextArb: fc.Arbitrary<ReplyContext> = fc.record({
  platform: fc.constantFrom('amazon' as const, 'ebay' as const),
  caseKind: fc.constantFrom(undefined, 'amazon-message' as const, 'amazon-atoz' as const, 'amazon-feedback' as const, 'ebay-snad' as const),
});
const joinerArb = fc.constantFrom(' ', '\n', '\n\n', '  ');
const errorsIn = (text: string, ctx: ReplyContext) => checkReply(text, ctx).filter((f) => f.severity === 'error');

// ---- What gets put in ------------------------------------------------------------------

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Phone numbers as people write them: international, North American, French, German. */
const phoneNumberArb = fc.oneof(
  fc
    .tuple(fc.integer({ min: 1, max: 998 }), fc.array(digits(3), { minLength: 2, maxLength: 4 }), fc.constantFrom(' ', '-', '.'))
    .map(([cc, groups, sep]) => `+${cc} ${groups.join(sep)}`),
  fc.tuple(digits(3), digits(3), digits(4), fc.boolean()).map(([a, b, c, paren]) => (paren ? `(${a}) ${b}-${c}` : `${a}-${b}-${c}`)),
  fc.tuple(fc.integer({ min: 1, max: 9 }), fc.array(digits(2), { minLength: 4, maxLength: 4 })).map(([d, pairs]) => `0${d} ${pairs.join(' ')}`),
  fc.tuple(digits(2), digits(7)).map(([area, rest]) => `0${area} ${rest}`),
);
const phoneSentenceArb = fc
  .tuple(
    phoneNumberArb,
    fc.constantFrom(
      'You can also call us on {n}.',
      'Our number is {n} if that is easier.',
      'Rufen Sie uns gerne an: {n}.',
      'Sie erreichen uns unter {n}.',
      'Appelez-nous au {n}.',
      'Notre service client répond au {n}.',
    ),
  )
  .map(([n, template]) => template.replace('{n}', n));
const callSentenceArb = fc.constantFrom(
  'Feel free to give us a call.',
  'Text me and I will sort it out.',
  'Sie können uns jederzeit anrufen.',
  "N'hésitez pas à nous appeler.",
);

const appArb = fc.constantFrom('WhatsApp', 'WeChat', 'Telegram', 'Skype', 'Viber', 'Facebook', 'Instagram', 'whatsapp', 'WECHAT');
const appSentenceArb = fc
  .tuple(appArb, fc.constantFrom('Add me on {app} for a faster reply.', 'We can also chat on {app}.', 'Schreiben Sie uns per {app}.', 'Contactez-nous sur {app}.'))
  .map(([app, template]) => template.replace('{app}', app));

const positiveRequestArb = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('Please leave us', 'Could you give us', 'We hope you will write', 'Kindly leave'),
      fc.constantFrom('a positive', 'a 5-star', 'a five-star', 'a great', 'an excellent', 'a good'),
      fc.constantFrom('review', 'rating', 'feedback'),
    )
    .map(([verb, adjective, noun]) => `${verb} ${adjective} ${noun}.`),
  fc.constantFrom(
    'Please rate us 5 stars.',
    'Bitte hinterlassen Sie uns eine positive Bewertung.',
    'Könnten Sie uns 5 Sterne geben?',
    'Merci de nous laisser un avis positif.',
    'Pourriez-vous nous donner 5 étoiles ?',
  ),
);

const rewardArb = fc.constantFrom('a 10% discount code', 'a free gift', 'a $10 gift card', 'a partial refund', 'a coupon for your next order');
const rewardForReviewArb = fc.oneof(
  fc
    .tuple(
      rewardArb,
      fc.constantFrom(
        'If you leave us a review, we will send you {r}.',
        'Write a review and we will give you {r}.',
        'We offer {r} for every review.',
        'Once you post your rating, you will get {r}.',
      ),
    )
    .map(([reward, template]) => template.replace('{r}', reward)),
  fc.constantFrom(
    'Wenn Sie uns eine Bewertung hinterlassen, erhalten Sie einen Gutschein.',
    'Für eine Bewertung schicken wir Ihnen einen Rabattcode.',
    'Laissez un avis et recevez un code promo.',
    "Si vous nous laissez un avis, nous vous offrirons un bon d'achat.",
  ),
);

const injections: [string, fc.Arbitrary<string>, readonly FindingKind[]][] = [
  ['a phone number', phoneSentenceArb, ['phone']],
  ['an invitation to call or text', callSentenceArb, ['phone']],
  ['a messaging app', appSentenceArb, ['off-platform']],
  ['a request for positive feedback', positiveRequestArb, ['feedback-request']],
  ['a reward for a review', rewardForReviewArb, ['incentive']],
];

describe('reply checker: properties', () => {
  it('has clean sentences to build from, each clean on its own', () => {
    expect(cleanSentences.length).toBeGreaterThan(100);
    for (const sentence of cleanSentences)
      expect(
        errorsIn(sentence, { platform: 'amazon' }).map((f) => f.text),
        sentence,
      ).toEqual([]);
  });

  it.each(injections)(
    'finds %s put between the sentences of any clean draft',
    (_, sentenceArb, kinds) => {
      fc.assert(
        fc.property(fc.constantFrom(...cleanDrafts), sentenceArb, fc.nat(), joinerArb, contextArb, (draft, sentence, at, joiner, ctx) => {
          const parts = sentencesOf(draft);
          parts.splice(at % (parts.length + 1), 0, sentence);
          const text = parts.join(joiner);
          const errors = errorsIn(text, ctx);
          expect(
            errors.some((f) => kinds.includes(f.kind)),
            `${JSON.stringify(text)} → ${JSON.stringify(errors.map((f) => f.kind))}`,
          ).toBe(true);
          // The finding points at the sentence that was put in (a sentence finding may take in a
          // neighbour the splitter does not part from it, such as "We can offer:").
          const start = text.indexOf(sentence);
          expect(errors.some((f) => kinds.includes(f.kind) && f.start < start + sentence.length && f.end > start)).toBe(true);
        }),
        { numRuns: 300 },
      );
    },
    60_000,
  );

  it('finds no error in any text built from clean sentences', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...cleanSentences), { minLength: 1, maxLength: 8 }), joinerArb, contextArb, (sentences, joiner, ctx) => {
        const text = sentences.join(joiner);
        expect(
          errorsIn(text, ctx).map((f) => `${f.kind}: ${f.text}`),
          text,
        ).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('reply checker: hostile drafts', () => {
  // Long runs of what the phone, app and feedback patterns look for: a pattern that backtracks
  // badly takes seconds or minutes on these; a linear one takes milliseconds.
  const LENGTH = 20_000;
  const fill = (unit: string) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const units = [
    '9',
    ' ',
    '+',
    '+1 ',
    '1 ',
    '0 ',
    '01 ',
    '1-',
    '(1',
    'whatsapp',
    'whatsapp ',
    'WhatsApp +49 ',
    '+ 1 2 ',
    '5 stars ',
    'leave us a ',
    'if you ',
    'Sie ',
    'vous ',
    "l'",
    'é',
    'für ',
    '. ',
    '\n',
    'a@',
    'a.',
    'call us ',
  ];
  const mixed = units.map((u, i) => fill(units.slice(i, i + 4).join(''))).concat(fill(units.join('')));

  it.each([...units.map(fill), ...mixed].map((text) => [JSON.stringify(text.slice(0, 24)), text] as const))('checks %s … (20 kB) quickly', (_, text) => {
    const started = performance.now();
    const findings = checkReply(text, { platform: 'amazon', problem: true });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(2_000);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
