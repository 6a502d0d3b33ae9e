import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSource, textSource } from '../../src/build/browser-engine';
import { engineTextTable, isEngineTextModule, textKey, textLiterals, unquote, withTextFromPage } from '../../src/build/engine-text';
import { engineText, MISSING_ENGINE_TEXT, setEngineText } from '../../src/build/engine-text-data';
import { rules } from '../../src/engine/policy/registry';
import type { L10n } from '../../src/engine/text';

const engineFiles = ['src/engine', 'src/engine/policy', 'src/engine/simulator'].flatMap((dir) =>
  readdirSync(join(process.cwd(), dir))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `/${dir}/${f}`),
);
const sources = engineFiles.map((path): [string, string] => [path, readFileSync(join(process.cwd(), path), 'utf8')]);
const table = engineTextTable(sources.map(([path, source]) => [path, textSource(path, source)]));

const isL10n = (value: unknown): value is L10n =>
  !!value && typeof value === 'object' && Object.keys(value).sort().join() === 'en,zh-cn' && Object.values(value).every((v) => typeof v === 'string');

/** Every text in a value, however deep. */
function textsIn(value: unknown, out: L10n[] = []): L10n[] {
  if (isL10n(value)) out.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => textsIn(v, out));
  return out;
}

describe("the engine's words, read from the page in the browser", () => {
  afterEach(() => setEngineText(null));

  it('leaves no plain text literal in any engine module the browser loads, and the modules still compile', () => {
    expect(engineFiles.every(isEngineTextModule)).toBe(true);
    let replaced = 0;
    for (const [path, source] of sources) {
      const code = browserSource(path, source);
      expect(textLiterals(code), path).toEqual([]);
      expect(() => transformSync(code, { loader: 'ts' }), path).not.toThrow();
      replaced += withTextFromPage(textSource(path, source)).replaced;
    }
    expect(replaced).toBeGreaterThan(500);
  });

  it("finds every text of the registry's rules (except their prose) in the page's table, word for word", () => {
    const texts = rules.flatMap(({ title: _title, text: _text, ...rest }) => textsIn(rest));
    expect(texts.length).toBeGreaterThan(200);
    for (const text of texts) expect(table[textKey(text)], text.en).toEqual([text.en, text['zh-cn']]);
  });

  it('references only keys the table holds', () => {
    for (const [path, source] of sources) {
      const keys = [...browserSource(path, source).matchAll(/__text\('(\w+)'\)/g)].map((m) => m[1]!);
      for (const key of keys) expect(table[key], `${path}: ${key}`).toBeDefined();
    }
  });

  it('reads a quoted literal as the script would', () => {
    const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unquote(quote(text)) === text));
    expect(unquote(`"it's \\"fine\\""`)).toBe(`it's "fine"`);
    expect(() => unquote(`'\\u00e9'`)).toThrow(/unsupported escape/);
  });

  it('refuses two different texts behind one key', () => {
    const a = { en: '8c7cx0hk', 'zh-cn': '文' };
    const b = { en: '1r3abhn7', 'zh-cn': '文' };
    expect(textKey(a)).toBe(textKey(b));
    const module = (t: L10n) => `export const x = { en: '${t.en}', 'zh-cn': '${t['zh-cn']}' };`;
    expect(() => engineTextTable([['/a.ts', module(a)], ['/b.ts', module(b)]])).toThrow(/\/b\.ts: text key \w+ is shared by two different texts/);
    expect(() => engineTextTable([['/a.ts', module(a)], ['/c.ts', module(a)]])).not.toThrow();
  });

  it('looks a text up when it is read, and names the missing table', () => {
    const [key, [en, zh]] = Object.entries(table)[0]!;
    const text = engineText(key);
    expect(() => text.en).toThrow(MISSING_ENGINE_TEXT);
    setEngineText(table);
    expect({ ...text }).toEqual({ en, 'zh-cn': zh });
  });
});
