import { describe, expect, it } from 'vitest';
import { groupsOf, neighboursOf, readingOrder, splitEntryId, type NavPage } from '../../src/handbook/nav';

const pages: NavPage[] = [
  { slug: 'ebay/inr', title: 'INR', group: 'ebay', order: 3 },
  { slug: 'start/how-to-use', title: 'How to use', group: 'start', order: 1 },
  { slug: 'amazon/feedback', title: 'Feedback', group: 'amazon', order: 9 },
  { slug: 'amazon/account-health', title: 'Account health', group: 'amazon', order: 1 },
];

describe('handbook navigation', () => {
  it('reads the groups in sidebar order, then by order within each', () => {
    expect(readingOrder(pages).map((p) => p.slug)).toEqual(['start/how-to-use', 'amazon/account-health', 'amazon/feedback', 'ebay/inr']);
    expect(groupsOf(pages).map((g) => g.group)).toEqual(['start', 'amazon', 'ebay']);
  });

  it('finds the previous and next page across groups, and none past the ends', () => {
    expect(neighboursOf(pages, 'amazon/feedback')).toEqual({ prev: pages[3], next: pages[0] });
    expect(neighboursOf(pages, 'start/how-to-use').prev).toBeUndefined();
    expect(neighboursOf(pages, 'ebay/inr').next).toBeUndefined();
  });

  it('splits entry IDs and refuses one outside the language folders', () => {
    expect(splitEntryId('zh-cn/amazon/feedback')).toEqual({ lang: 'zh-cn', slug: 'amazon/feedback' });
    expect(() => splitEntryId('fr/amazon/feedback')).toThrow(/not under en\/ or zh-cn\//);
  });
});
