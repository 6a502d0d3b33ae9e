import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import { createSearch, suggestTerms, termsOf } from '../../src/search/query';
import { aliasesOfFiles } from '../../src/search/types';
import type { PageSource } from '../../src/search/sections';
import type { GlossaryEntry } from '../../src/handbook/schema';

const page = (lang: 'en' | 'zh-cn', slug: string, title: string, group: string, body: string): PageSource => ({
  lang,
  slug,
  title,
  group,
  body,
  url: `${lang === 'en' ? '' : '/zh-cn'}/handbook/${slug}/`,
});

const pages: PageSource[] = [
  page(
    'en',
    'amazon/a-to-z-claims',
    'A-to-z claims',
    'amazon',
    '## Respond in time \\{#respond-in-time}\n\nAnswer the claim before the clock runs out.\n\n<Rule id="AZ-2" />\n\n## Grounds for an appeal \\{#grounds-for-an-appeal}\n\nProof of delivery wins.\n',
  ),
  page(
    'zh-cn',
    'amazon/a-to-z-claims',
    'A-to-z 索赔',
    'amazon',
    '## 按时回应索赔 \\{#respond-in-time}\n\n在期限内回应。\n\n<Rule id="AZ-2" />\n\n## 申诉的依据 \\{#grounds-for-an-appeal}\n\n妥投证明可以申诉成功。\n',
  ),
  page(
    'en',
    'amazon/return-requests',
    'Return requests',
    'amazon',
    '## Who pays return shipping \\{#who-pays-return-shipping}\n\nThe seller pays when the return address is in China.\n\n<Rule id="RET-3" />\n',
  ),
  page(
    'zh-cn',
    'amazon/return-requests',
    '退货请求',
    'amazon',
    '## 退货运费由谁承担 \\{#who-pays-return-shipping}\n\n退货地址在中国时由卖家承担退货运费。\n\n<Rule id="RET-3" />\n',
  ),
  page(
    'en',
    'ebay/inr',
    'Item not received',
    'ebay',
    '## Item not received \\{#item-not-received}\n\nCheck tracking and ask the buyer to look around.\n\n<Rule id="EBAY-5" />\n',
  ),
  page('en', 'amazon/chargebacks', 'Chargebacks', 'amazon', '## Refund or dispute \\{#refund-or-dispute}\n\nUsually refund.\n\n<Rule id="CB-1" />\n'),
  page('zh-cn', 'amazon/chargebacks', '拒付', 'amazon', '## 退款还是申诉 \\{#refund-or-dispute}\n\n通常直接退款。\n\n<Rule id="CB-1" />\n'),
];

const glossary: GlossaryEntry[] = [
  {
    id: 'a-to-z',
    term: { en: 'A-to-z', 'zh-cn': 'A-to-z' },
    aliases: ['AtoZ', 'A2Z', 'A-z', 'AZ'],
    definition: { en: 'A claim.', 'zh-cn': '索赔。' },
    see: '/handbook/amazon/a-to-z-claims/#respond-in-time',
  },
  {
    id: 'inr',
    term: { en: 'INR', 'zh-cn': 'INR' },
    expansion: { en: 'item not received', 'zh-cn': '未收到物品' },
    aliases: ['未收到货'],
    definition: { en: 'A case.', 'zh-cn': '纠纷。' },
    see: '/handbook/ebay/inr/#item-not-received',
  },
  {
    id: 'chargeback',
    term: { en: 'chargeback', 'zh-cn': '拒付' },
    aliases: ['退单'],
    definition: { en: 'A card dispute.', 'zh-cn': '信用卡争议。' },
    see: '/handbook/amazon/chargebacks/#refund-or-dispute',
  },
];

const index = buildSearchIndex(pages, glossary, { en: 'Glossary', 'zh-cn': '术语表' });
const files = JSON.parse(JSON.stringify(Object.values(index)));
const search = createSearch(files);
const top = (q: string, lang: 'en' | 'zh-cn' = 'en') => search(q, { lang }).map((h) => `${h.section.lang}:${h.section.key}`);

describe('search', () => {
  it('jumps to a rule typed as an ID, in any spelling', () => {
    for (const q of ['AZ-2', 'az2', 'az 2']) expect(top(q)[0]).toBe('en:amazon/a-to-z-claims#respond-in-time');
  });

  it('expands glossary aliases to every name of the term', () => {
    expect(top('a2z')[0]).toBe('en:amazon/a-to-z-claims#respond-in-time');
    expect(top('item not received')[0]).toBe('en:ebay/inr#item-not-received');
    expect(top('退单', 'zh-cn')[0]).toBe('zh-cn:amazon/chargebacks#refund-or-dispute');
  });

  it('matches a Chinese run by its character pairs; a character found nowhere finds nothing', () => {
    expect(top('退货运费', 'zh-cn')[0]).toBe('zh-cn:amazon/return-requests#who-pays-return-shipping');
    expect(top('龘啊', 'zh-cn')).toEqual([]);
  });

  it('finds a Chinese query from an English page, shown in the reader’s language where it exists', () => {
    expect(top('退货运费', 'en')[0]).toBe('en:amazon/return-requests#who-pays-return-shipping');
    expect(top('refund or dispute', 'zh-cn')[0]).toBe('zh-cn:amazon/chargebacks#refund-or-dispute');
  });

  it('tolerates typos in longer English words', () => {
    expect(top('chargbak')[0]).toBe('en:amazon/chargebacks#refund-or-dispute');
    expect(top('apeal')).toContain('en:amazon/a-to-z-claims#grounds-for-an-appeal');
  });

  it("each file carries its own language's names, and loaded together they are whole again", () => {
    const cjk = /[\u3400-\u9fff]/;
    expect(index.en.names.flat().filter((n) => cjk.test(n))).toEqual([]);
    expect(index.en.names.length).toBe(index['zh-cn'].names.length);
    const alone = aliasesOfFiles([index.en]);
    const both = aliasesOfFiles([index.en, index['zh-cn']]);
    // Chargeback's group: only its English names in the English file; 拒付 and 退单 once both are in, whichever came first.
    expect(alone['chargeback']).toEqual(['chargeback']);
    expect(both['chargeback']).toEqual(expect.arrayContaining(['chargeback', '拒付', '退单']));
    expect(new Set(aliasesOfFiles([index['zh-cn'], index.en])['chargeback'])).toEqual(new Set(both['chargeback']));
    // So the Chinese file alone leaves an everyday English word to the English file, but keeps the glossary's English terms.
    const chinese = createSearch([index['zh-cn']]);
    expect(chinese.covers('chargeback')).toBe(true);
    const withEnglishWord = buildSearchIndex([page('zh-cn', 'x/parcel', '包裹', 'amazon', '## 包裹 \\{#parcel}\n\n包裹（parcel）还在路上。\n')], [], {});
    expect(createSearch([withEnglishWord['zh-cn']]).covers('parcel')).toBe(false);
    expect(createSearch([withEnglishWord['zh-cn']]).covers('包裹')).toBe(true);
    expect(createSearch([index.en]).covers('拒付')).toBe(false);
  });

  it('finds a name as typed: inflected, negated, hyphenated, and never a part of a word or a Chinese name cut short', () => {
    const aliases = {
      'back and forth': ['back and forth', '来回'],
      'not moving': ['not moving', 'stuck'],
      'ebay 解决中心': ['resolution center', 'ebay 解决中心'],
      'ordered by mistake': ['ordered by mistake', '买错了'],
    };
    const names = (q: string) =>
      termsOf(q, aliases)
        .filter((g) => g.length > 1)
        .map((g) => g[0]);
    expect(names('how many back and forths max')).toEqual(['back and forth']);
    expect(names('back-and-forth again')).toEqual(['back and forth']);
    for (const q of ['parcel hasnt moved in days', "it hasn't moved", 'not moved since monday']) expect(names(q)).toEqual(['not moving']);
    // A word that only starts like one, or the Latin half of a mixed name: not the name.
    expect(names('nothing moving')).toEqual([]);
    expect(names('ebay buyer')).toEqual([]);
    expect(names('ebay 解决中心在哪')).toEqual(['resolution center']);
    // Up to three words between a name's words as typed, and they stay words of the query; never past a comma, never after "not".
    expect(termsOf('ordered the wrong size by mistake', aliases)).toEqual([['ordered by mistake', '买错了'], ['wrong'], ['size']]);
    expect(names('ordered a very very wrong size by mistake')).toEqual([]);
    expect(names('ordered it, by mistake')).toEqual([]);
    expect(names('not sure the parcel is moving')).toEqual([]);
  });

  it('does not find a word inside other words', () => {
    expect(termsOf('az', aliasesOfFiles([index.en]))[0]).toContain('a-to-z');
    expect(top('zon')).toEqual([]);
    expect(top('mazon')).not.toContain('en:amazon/a-to-z-claims#respond-in-time');
  });

  it('filters by platform and topic', () => {
    expect(search('item', { lang: 'en', platform: 'amazon' }).map((h) => h.section.key)).not.toContain('ebay/inr#item-not-received');
    expect(search('refund', { lang: 'en', topic: 'chargebacks' }).every((h) => h.section.topic === 'chargebacks')).toBe(true);
  });

  it('marks the matched words in the snippet', () => {
    const [hit] = search('china', { lang: 'en' });
    const [start, end] = hit!.marks[0]!;
    expect(hit!.snippet.slice(start, end).toLowerCase()).toBe('china');
  });

  it('suggests glossary terms when nothing is found, each of which finds something', () => {
    expect(top('zzqx')).toEqual([]);
    const suggested = suggestTerms('chargbeck', files);
    expect(suggested).toContain('chargeback');
    for (const s of suggested) expect(top(s).length, s).toBeGreaterThan(0);
  });

  it('says when a query needs the other language: Chinese words on an English-only search, unknown words', () => {
    const english = createSearch([files.find((f: { lang: string }) => f.lang === 'en')]);
    expect(english.covers('refund')).toBe(true);
    expect(english.covers('退货运费')).toBe(false);
    expect(english.covers('qqzzv')).toBe(false);
    expect(search.covers('退货运费')).toBe(true);
  });

  it('ranks the platform a query names, and the page it was opened from, higher', () => {
    const rank = (o: { from?: string } = {}) => search('refund', { lang: 'en', ...o }).findIndex((h) => h.section.key === 'ebay/inr#item-not-received');
    expect(rank()).toBeGreaterThan(0);
    expect(rank({ from: 'ebay/inr' })).toBeLessThan(rank());
    expect(search('refund amazon', { lang: 'en' })[0]!.section.platform).toBe('amazon');
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swaps, and stops past the limit', async () => {
    const { editDistance } = await import('../../src/search/query');
    expect(editDistance('refnd', 'refund', 2)).toBe(1);
    expect(editDistance('chargbak', 'chargeback', 2)).toBe(2);
    expect(editDistance('recieve', 'receive', 2)).toBe(1);
    expect(editDistance('warranty', 'feedback', 2)).toBe(3);
  });
});

describe('Chinese queries that are not found whole', () => {
  it('find the section by the pieces the handbook has, question words dropped', () => {
    expect(top('退货运费怎么算', 'zh-cn')[0]).toBe('zh-cn:amazon/return-requests#who-pays-return-shipping');
    expect(top('退货运费谁出吗？', 'zh-cn')[0]).toBe('zh-cn:amazon/return-requests#who-pays-return-shipping');
  });

  it('give the best partial match rather than nothing when a single character is all that matches', () => {
    expect(top('运啊', 'zh-cn')[0]).toBe('zh-cn:amazon/return-requests#who-pays-return-shipping');
  });
});
