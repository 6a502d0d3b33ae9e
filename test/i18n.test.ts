import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlLang, langFromPath, langs, localePath, otherLang, pageTitle, stripLocale, switchLocalePath, t } from '../src/i18n';
import { normaliseBase, withBase, withoutBase } from '../src/i18n/base-path';
import { en } from '../src/i18n/en';
import { zhCn } from '../src/i18n/zh-cn';

describe('UI dictionaries', () => {
  it('have the same keys in both languages', () => {
    expect(Object.keys(zhCn).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty strings', () => {
    for (const dict of [en, zhCn]) {
      for (const [key, value] of Object.entries(dict)) {
        expect(value.trim(), key).not.toBe('');
      }
    }
  });

  it('looks strings up by language', () => {
    expect(t('en', 'nav.home')).toBe('Home');
    expect(t('zh-cn', 'nav.home')).toBe('首页');
    expect(t('zh-cn', 'lang.name')).toBe('中文');
  });
});

describe('paths', () => {
  it('detects the language of a path', () => {
    expect(langFromPath('/')).toBe('en');
    expect(langFromPath('/handbook/')).toBe('en');
    expect(langFromPath('/zh-cn/')).toBe('zh-cn');
    expect(langFromPath('/zh-cn')).toBe('zh-cn');
    expect(langFromPath('/zh-cn/handbook/?q=1')).toBe('zh-cn');
    expect(langFromPath('/zh-cnx/')).toBe('en');
  });

  it('builds localized paths with trailing slashes', () => {
    expect(localePath('en', '/')).toBe('/');
    expect(localePath('zh-cn', '/')).toBe('/zh-cn/');
    expect(localePath('zh-cn', '/handbook')).toBe('/zh-cn/handbook/');
    expect(localePath('en', 'handbook/returns/')).toBe('/handbook/returns/');
    expect(localePath('en', '/zh-cn/handbook/')).toBe('/handbook/');
    expect(localePath('zh-cn', '/404.html')).toBe('/zh-cn/404.html');
    expect(localePath('zh-cn', '/handbook/amazon/feedback/#feedback-time-limits')).toBe('/zh-cn/handbook/amazon/feedback/#feedback-time-limits');
    expect(localePath('en', '/zh-cn/search/?q=INR')).toBe('/search/?q=INR');
  });

  it('switches language on the same page', () => {
    expect(switchLocalePath('/', 'zh-cn')).toBe('/zh-cn/');
    expect(switchLocalePath('/zh-cn/', 'en')).toBe('/');
    expect(switchLocalePath('/x/', 'zh-cn')).toBe('/zh-cn/x/');
    expect(switchLocalePath('/zh-cn/x/', 'en')).toBe('/x/');
    expect(switchLocalePath('/zh-cn/x/', 'zh-cn')).toBe('/zh-cn/x/');
    expect(switchLocalePath('/x/?case=3#reply', 'zh-cn')).toBe('/zh-cn/x/?case=3#reply');
  });

  it('round-trips any page path through both languages', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
        const path = segments.length ? `/${segments.join('/')}/` : '/';
        fc.pre(langFromPath(path) === 'en');
        const zh = switchLocalePath(path, 'zh-cn');
        expect(langFromPath(zh)).toBe('zh-cn');
        expect(stripLocale(zh)).toBe(path);
        expect(switchLocalePath(zh, 'en')).toBe(path);
      }),
    );
  });
});

describe('paths under a sub-path (BASE=/casebook/)', () => {
  const base = '/casebook/';

  it('normalises the base however it is written', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('casebook')).toBe(base);
    expect(normaliseBase('/casebook')).toBe(base);
    expect(normaliseBase('/casebook//')).toBe(base);
  });

  it('joins and removes the base', () => {
    expect(withBase('/favicon.svg', base)).toBe('/casebook/favicon.svg');
    expect(withBase('/', base)).toBe('/casebook/');
    expect(withBase('/x/', '/')).toBe('/x/');
    expect(withoutBase('/casebook/handbook/', base)).toBe('/handbook/');
    expect(withoutBase('/casebook', base)).toBe('/');
    expect(withoutBase('/casebookx/', base)).toBe('/casebookx/');
  });

  it('builds, reads and switches localized paths under the base', () => {
    expect(localePath('en', '/', base)).toBe('/casebook/');
    expect(localePath('zh-cn', '/', base)).toBe('/casebook/zh-cn/');
    expect(localePath('zh-cn', '/handbook/returns/#x', base)).toBe('/casebook/zh-cn/handbook/returns/#x');
    expect(langFromPath('/casebook/zh-cn/quiz/', base)).toBe('zh-cn');
    expect(langFromPath('/casebook/quiz/', base)).toBe('en');
    expect(stripLocale('/casebook/zh-cn/quiz/', base)).toBe('/quiz/');
    expect(switchLocalePath('/casebook/zh-cn/x/?q=1', 'en', base)).toBe('/casebook/x/?q=1');
    expect(switchLocalePath('/casebook/', 'zh-cn', base)).toBe('/casebook/zh-cn/');
  });
});

describe('helpers', () => {
  it('maps languages to BCP 47 tags', () => {
    expect(langs.map(htmlLang)).toEqual(['en', 'zh-CN']);
    expect(otherLang('en')).toBe('zh-cn');
    expect(otherLang('zh-cn')).toBe('en');
  });

  it('formats page titles', () => {
    expect(pageTitle('en', 'Home')).toBe('Home · Casebook');
    expect(pageTitle('zh-cn', '首页')).toBe('首页 · Casebook');
    expect(pageTitle('en')).toBe('Casebook');
  });
});
