/** Drafts for the reply-checker benchmarks: real sentences, some of them breaking the message rules. */
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

/** A draft of `length` characters mixing clean sentences with ones the checker flags. */
export function draftFrom(seed: number, length: number): string {
  let text = '';
  let i = seed;
  while (text.length < length) {
    text += `${sentences[i % sentences.length]} `;
    i = (i * 7 + 3) % 9973;
  }
  return text.slice(0, length);
}
