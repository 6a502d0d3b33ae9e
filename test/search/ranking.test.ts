import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/build-index';
import { createSearch } from '../../src/search/query';
import type { PageSource } from '../../src/search/sections';
import { bigrams, contentWords, isFiller, pieceBigrams } from '../../src/search/words';

/**
 * How search ranks a question: each mechanism with a small index that it decides. Made-up
 * words keep the synonym list out of it.
 */
const page = (slug: string, body: string, lang: 'en' | 'zh-cn' = 'en'): PageSource => ({
  lang,
  slug,
  title: slug,
  group: 'start',
  body,
  url: `${lang === 'en' ? '' : '/zh-cn'}/handbook/${slug}/`,
});
const searchOver = (pages: PageSource[]) => createSearch(JSON.parse(JSON.stringify(Object.values(buildSearchIndex(pages, [], { en: 'Glossary', 'zh-cn': '术语表' })))));
const keys = (search: ReturnType<typeof createSearch>, q: string, lang: 'en' | 'zh-cn' = 'en') => search(q, { lang }).map((h) => h.section.key);

describe('ranking by how much of the question a section holds', () => {
  // One section has the rarest word in its heading and nothing else of the question; another
  // holds every word of it in its text. Two other sections share the two commoner words; a few
  // hold none (without the weighed share, the heading wins by about a point).
  const unrelated = Array.from({ length: 4 }, (_, i) => `## Unrelated ${i} \\{#unrelated-${i}}\n\nSomething else entirely, number ${i}.\n`);
  const others = Array.from({ length: 2 }, (_, i) => `## Other ${i} \\{#other-${i}}\n\nA frindle and a quibbet, nothing more ${i}.\n`);
  const search = searchOver([
    page('start/heading', '## Zorblax rules \\{#zorblax-rules}\n\nNothing further is said under this heading at all.\n'),
    page('start/holds-all', '## Handling \\{#handling}\n\nWhen a zorblax comes with a frindle and a quibbet, it is handled here in full.\n'),
    page('start/others', others.join('\n')),
    page('start/unrelated', unrelated.join('\n')),
  ]);

  it('puts the section holding the whole question above the one matching one word in its heading', () => {
    const found = keys(search, 'zorblax frindle quibbet');
    expect(found.indexOf('start/holds-all#handling')).toBeLessThan(found.indexOf('start/heading#zorblax-rules'));
  });

  it('still ranks a heading first for a one-word query', () => {
    expect(keys(search, 'zorblax')[0]).toBe('start/heading#zorblax-rules');
  });
});

describe('a word said twice in a question', () => {
  const search = searchOver([
    page('start/a', '## Alpha \\{#alpha}\n\nThe plonk is here, and the plonk again.\n'),
    page('start/b', '## Beta \\{#beta}\n\nThe snurl lives here, the snurl and the snurl.\n'),
  ]);

  it('counts once: the ranking and scores are those of the question said once', () => {
    const once = search('plonk snurl', { lang: 'en' });
    const twice = search('plonk snurl plonk plonk', { lang: 'en' });
    expect(twice.map((h) => [h.section.key, h.score])).toEqual(once.map((h) => [h.section.key, h.score]));
  });
});

describe('Chinese pieces of a question', () => {
  it('are matched by pairs that can be words, not by pairs spanning two words', () => {
    // 觉得 and 产品 are words the segmenter knows: 得产 is neither.
    expect(bigrams('觉得产品')).toContain('得产');
    expect(pieceBigrams('觉得产品')).not.toContain('得产');
    expect(pieceBigrams('觉得产品')).toEqual(expect.arrayContaining(['觉得', '产品']));
  });

  it('keep the pairs across a cut into single characters, which is where the segmenter splits a word it does not know', () => {
    // The segmenter cuts 买家 into 买|家; its pair must stay.
    expect(pieceBigrams('买家')).toEqual(['买家']);
    expect(pieceBigrams('退货运费')).toEqual(expect.arrayContaining(['退货', '运费']));
  });

  it('a pair spanning two words does not pull a question to a section that only has that pair', () => {
    // 物流|显示: 流显 is in 电流显示器 (a current meter), and means nothing in the question.
    const search = searchOver([
      page('start/meter', '## 电流显示器 \\{#meter}\n\n别的内容。\n', 'zh-cn'),
      page('start/tracking', '## 物流信息 \\{#tracking}\n\n物流页面会显示包裹到了哪里。\n', 'zh-cn'),
    ]);
    expect(keys(search, '物流显示', 'zh-cn')[0]).toBe('start/tracking#tracking');
  });

  it('drop connectives and "I think" as filler', () => {
    for (const word of ['觉得', '但是', '所以', '顺便']) expect(isFiller(word), word).toBe(true);
    expect(contentWords('我觉得产品有问题')).toEqual(['产品', '问题']);
  });
});

describe('English as agents type it', () => {
  it('drop contractions typed without the apostrophe, and phrasal verbs that name no topic', () => {
    expect(contentWords('customer cant figure out how to set it up')).toEqual(['customer', 'set', 'up']);
    expect(contentWords('buyer doesnt want to wait, im not sure')).toEqual(['buyer', 'wait', 'sure']);
    // A word that only looks like one stays: "ID" names a field.
    expect(contentWords('order id wrong')).toEqual(['order', 'id', 'wrong']);
  });

  it("read agents' shorthand as the words it stands for", async () => {
    const { synonymGroups } = await import('../../src/search/synonyms');
    const groupOf = (word: string) => synonymGroups.find((g) => g.includes(word)) ?? [];
    for (const [short, word] of [
      ['cx', 'customer'],
      ['cust', 'buyer'],
      ['客人', '买家'],
      ['msg', 'message'],
      ['pkg', 'parcel'],
      ['neg feedback', 'negative feedback'],
    ])
      expect(groupOf(short), short).toContain(word);
  });
});

describe('everyday words for a case (the synonym list), on the real index', async () => {
  const { searchIndexFromFiles } = await import('../../src/search/from-files');
  const search = createSearch(Object.values(searchIndexFromFiles()));
  const top3 = (q: string) => keys(search, q, /[\u3400-\u9fff]/.test(q) ? 'zh-cn' : 'en').slice(0, 3);

  it.each([
    // A colour or variant other than the one ordered is a wrong item.
    ['sent the red version but they ordered white', 'amazon/product-problems#wrong-item'],
    ['收到的是蓝色的，买的是黑色', 'amazon/product-problems#wrong-item'],
    // A piece, part or accessory short is a missing part.
    ['a piece is not in the box', 'amazon/product-problems#missing-parts'],
    ['少了一个零件', 'amazon/product-problems#missing-parts'],
    ['配件没有', 'amazon/product-problems#missing-parts'],
    // Closing a return request is refusing it.
    ['关闭退货请求', 'amazon/return-requests#when-to-close'],
    // A shipping confirmation is a proactive message.
    ['can I send a shipping confirmation', 'writing/platform-messaging-rules#amazon-what-you-may-send'],
  ])('"%s" finds %s', (q, key) => {
    expect(top3(q)).toContain(key);
  });
});
