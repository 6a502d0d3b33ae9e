import { describe, expect, it } from 'vitest';
import { fillParts, fillText } from '../../src/components/site/fill-text';
import { en } from '../../src/i18n/en';
import { zhCn } from '../../src/i18n/zh-cn';

const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings with placeholders', () => {
  it('are filled, and a placeholder without a value throws instead of showing', () => {
    expect(fillText('Module {n} of {total}', { n: 3, total: 9 })).toBe('Module 3 of 9');
    expect(() => fillText('Module {n}', { m: 1 })).toThrow('UI string "Module {n}": {n} has no value');
    expect(fillParts('Signed by {name}.', { name: 42 })).toEqual(['Signed by ', 42, '.']);
    expect(() => fillParts('Signed by {name}', { who: 'x' })).toThrow('UI string "Signed by {name}": {name} has no value');
  });

  it('name only plain parameters, the same ones in both languages, so one set of values fills either', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    expect(keys.filter((key) => names(en[key]).join() !== names(zhCn[key]).join())).toEqual([]);
    expect(keys.flatMap((key) => [en[key], zhCn[key]]).filter((text) => /\{(?!\w+\})/.test(text))).toEqual([]);
  });
});
