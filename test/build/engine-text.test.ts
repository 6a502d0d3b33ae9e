import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { browserSource, textSource } from '../../src/build/browser-engine';
import { engineTextTable, isEngineTextModule, textLiterals, textModuleName, unquote, withTextFromPage } from '../../src/build/engine-text';
import { engineTexts, MISSING_ENGINE_TEXT, setEngineText } from '../../src/build/engine-text-data';
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
      replaced += withTextFromPage(path, textSource(path, source)).replaced;
    }
    expect(replaced).toBeGreaterThan(300);
  });

  it("holds none of the rules' texts: they are data in the rule files, not engine code", () => {
    const texts = rules.flatMap((rule) => textsIn(rule));
    expect(texts.length).toBeGreaterThan(200);
    const tableTexts = new Set(Object.values(table).flatMap((list) => list.map(([en, zh]) => `${en}|${zh}`)));
    expect(texts.filter((text) => tableTexts.has(`${text.en}|${text['zh-cn']}`)).map((t) => t.en)).toEqual([]);
  });

  it('reads the n-th text of a module as the n-th literal the module held', () => {
    for (const [path, source] of sources) {
      const code = browserSource(path, source);
      const indexes = [...code.matchAll(/__text\((\d+)\)/g)].map((m) => Number(m[1]));
      expect(indexes, path).toEqual(indexes.map((_, i) => i));
      if (indexes.length) expect(code, path).toContain(`__texts('${textModuleName(path)}')`);
      expect(table[textModuleName(path)]?.length ?? 0, path).toBe(indexes.length);
    }
    const [first] = textLiterals(readFileSync(join(process.cwd(), 'src/engine/simulator/words.ts'), 'utf8'));
    expect(table['simulator/words']![0]).toEqual([first!.en, first!['zh-cn']]);
  });

  it('reads a quoted literal as the script would', () => {
    const quote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t')}'`;
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unquote(quote(text)) === text));
    expect(unquote(`"it's \\"fine\\""`)).toBe(`it's "fine"`);
    expect(() => unquote(`'\\u00e9'`)).toThrow(/unsupported escape/);
  });

  it('looks a text up when it is read, and names the missing table', () => {
    const [module, [[en, zh]]] = Object.entries(table)[0]! as [string, [string, string][]];
    const text = engineTexts(module)(0);
    expect(() => text.en).toThrow(MISSING_ENGINE_TEXT);
    setEngineText(table);
    expect({ ...text }).toEqual({ en, 'zh-cn': zh });
    expect(() => engineTexts(module)(table[module]!.length).en).toThrow(/is not on this page/);
  });

  it("gives a page that carries one language that language, whichever is asked for", () => {
    const zh = engineTextTable(sources.map(([path, source]) => [path, textSource(path, source)]), 'zh-cn');
    expect(Object.keys(zh)).toEqual(Object.keys(table));
    const [module, texts] = Object.entries(table)[0]!;
    expect(zh[module]).toEqual(texts.map(([, chinese]) => [chinese]));
    setEngineText(zh);
    expect({ ...engineTexts(module)(0) }).toEqual({ en: texts[0]![1], 'zh-cn': texts[0]![1] });
  });
});
