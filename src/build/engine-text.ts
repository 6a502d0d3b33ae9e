import type { L10n } from '../engine/text';

/**
 * The engine's words (verdict reasons, labels, deadline names, in both languages) are half the
 * weight of its browser bundle. In the browser they are read from the page instead: each
 * `{ en: '…', 'zh-cn': '…' }` literal of an engine module becomes `__text('<key>')`, and a page
 * whose islands run the engine carries every such text as JSON (`<EngineText />`), which the
 * browser parses far faster than it compiles the same strings as script. The key is a hash of
 * the two texts, so the build's transform and the page's table agree without a shared registry.
 * Server rendering, the CLI and the tests keep the literals.
 */

const stringLiteral = String.raw`'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"`;
const l10nLiteral = new RegExp(String.raw`\{\s*en:\s*(${stringLiteral}),\s*'zh-cn':\s*(${stringLiteral}),?\s*\}`, 'g');
const textModule = '/src/build/engine-text-data.ts';

const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };

/** The value of a quoted string literal; `\u`/`\x` escapes are not used in the engine and are refused. */
export function unquote(literal: string): string {
  let out = '';
  const body = literal.slice(1, -1);
  for (let i = 0; i < body.length; i += 1) {
    const char = body[i]!;
    if (char !== '\\') {
      out += char;
      continue;
    }
    const next = body[(i += 1)]!;
    if (next === 'u' || next === 'x') throw new Error(`unsupported escape \\${next} in ${literal}`);
    out += escapes[next] ?? next;
  }
  return out;
}

/** FNV-1a over UTF-16 units, in base 36. A collision is caught when the table is built. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

export const textKey = (text: L10n): string => hash(`${text.en}\u0000${text['zh-cn']}`);

export interface TextLiteral {
  key: string;
  text: L10n;
}

/** The L10n literals a module holds, in order. */
export function textLiterals(source: string): TextLiteral[] {
  return [...source.matchAll(l10nLiteral)].map(([, en, zh]) => {
    const text = { en: unquote(en!), 'zh-cn': unquote(zh!) };
    return { key: textKey(text), text };
  });
}

/** The browser's copy of a module: every L10n literal read from the page by its key. */
export function withTextFromPage(source: string): { code: string; replaced: number } {
  let replaced = 0;
  const code = source.replace(l10nLiteral, (_, en: string, zh: string) => {
    replaced += 1;
    return `__text('${textKey({ en: unquote(en), 'zh-cn': unquote(zh) })}')`;
  });
  return { code: replaced ? `import { engineText as __text } from '${textModule}';\n${code}` : code, replaced };
}

/** Engine modules whose words the browser reads from the page. The quiz's own modules run in a worker, with their words. */
export const isEngineTextModule = (id: string): boolean => /\/src\/engine\/(?:policy\/|simulator\/)?[\w-]+\.ts$/.test(id);

export type EngineTextTable = Record<string, [en: string, zh: string]>;

/** The table a page carries, from the sources of the engine modules (as the browser build sees them). */
export function engineTextTable(sources: Iterable<[path: string, source: string]>): EngineTextTable {
  const table: EngineTextTable = {};
  for (const [path, source] of sources) {
    for (const { key, text } of textLiterals(source)) {
      const known = table[key];
      if (known && (known[0] !== text.en || known[1] !== text['zh-cn'])) throw new Error(`${path}: text key ${key} is shared by two different texts`);
      table[key] = [text.en, text['zh-cn']];
    }
  }
  return table;
}
