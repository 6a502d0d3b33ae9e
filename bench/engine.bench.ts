/**
 * Engine benchmark: median and p95 per call of `advise` and `checkReply` over 10,000
 * generated inputs each. It prints figures; it is not part of the test command.
 * Targets: advise p95 ≤ 0.05 ms, checkReply p95 ≤ 0.2 ms on 1,000-character drafts.
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { advise } from '../src/engine/advise';
import { caseFactsSchema } from '../src/engine/case';
import { checkReply } from '../src/engine/reply-check';
import { caseFactsArbitrary } from '../test/engine/case-arbitrary';

const COUNT = 10_000;
const DRAFT_LENGTH = 1_000;

const sentences = [
  'Dear customer, thank you for your message about order 113-4021785-6611432.',
  'We are very sorry that the kettle arrived with a crack in the lid.',
  'Could you send us a photo of the damage so we can sort this out quickly?',
  'We can offer you one of these options: 1. a partial refund of 20% 2. a replacement unit.',
  'We will update you within 24 hours with the tracking number of the new parcel.',
  'Please wait until the carrier delivers it.',
  'You can also reach us at help (at) shop (dot) com or visit www.example-shop.com for more.',
  'If you remove the negative feedback we will refund you in full.',
  'Your tracking number is 1Z999AA10123456784 and the parcel is in Chicago now.',
  '如果您有任何问题，请随时联系我们。',
  'Kind regards, the Casebook Home team.',
];

function draftFrom(seed: number): string {
  let text = '';
  let i = seed;
  while (text.length < DRAFT_LENGTH) {
    text += `${sentences[i % sentences.length]} `;
    i = (i * 7 + 3) % 9973;
  }
  return text.slice(0, DRAFT_LENGTH);
}

function measure<T>(name: string, inputs: T[], run: (input: T) => unknown, target: number): void {
  for (const input of inputs.slice(0, 500)) run(input); // warm up the JIT
  const times = inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const p95 = at(0.95);
  console.log(
    `${name.padEnd(11)} n=${inputs.length}  median ${at(0.5).toFixed(4)} ms  p95 ${p95.toFixed(4)} ms  target p95 ≤ ${target} ms  ${p95 <= target ? 'met' : 'MISSED'}`,
  );
}

const cases = fc.sample(caseFactsArbitrary, { numRuns: COUNT, seed: 7 }).map((input) => caseFactsSchema.parse(input));
const drafts = Array.from({ length: COUNT }, (_, i) => draftFrom(i));

measure('advise', cases, advise, 0.05);
measure('checkReply', drafts, (text) => checkReply(text, { platform: 'amazon', caseKind: 'amazon-atoz' }), 0.2);
