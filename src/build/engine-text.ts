import type { L10n, Lang } from '../engine/text';

/**
 * The engine's words (verdict reasons, labels, deadline names, in both languages) are half the
 * weight of its browser bundle. In the browser they are read from the page instead: each
 * `{ en: '…', 'zh-cn': '…' }` literal of an engine module becomes `__text(n)`, its place in the
 * module, and a page whose islands run the engine carries every such text as JSON
 * (`<EngineText />`), which the browser parses far faster than it compiles the same strings as
 * script. Transform and table read the same source in the same order, so they agree.
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

/** The L10n literals a module holds, in order. */
export function textLiterals(source: string): L10n[] {
  return [...source.matchAll(l10nLiteral)].map(([, en, zh]) => ({ en: unquote(en!), 'zh-cn': unquote(zh!) }));
}

/** A module's name in the table: its path under src/engine, without `.ts`. */
export const textModuleName = (id: string): string => /\/src\/engine\/(.+)\.ts$/.exec(id)?.[1] ?? id;

/** The browser's copy of a module: its n-th L10n literal becomes `__text(n)`, read from the page's table under the module's name. */
export function withTextFromPage(id: string, source: string): { code: string; replaced: number } {
  let replaced = 0;
  const code = source.replace(l10nLiteral, () => `__text(${replaced++})`);
  if (!replaced) return { code, replaced };
  const reader = `import { engineTexts as __texts } from '${textModule}';\nconst __text = __texts('${textModuleName(id)}');\n`;
  return { code: reader + code, replaced };
}

/** Engine modules whose words the browser reads from the page. The quiz's own modules run in a worker, with their words. */
export const isEngineTextModule = (id: string): boolean => /\/src\/engine\/(?:policy\/|simulator\/)?[\w-]+\.ts$/.test(id);

/** By module name, each module's texts in order, as `[en, zh-cn]`, or `[text]` on a page that carries one language. */
export type EngineTextTable = Record<string, ([en: string, zh: string] | [text: string])[]>;

/** The table a page carries, from the sources of the engine modules (as the browser build sees them). */
export function engineTextTable(sources: Iterable<[path: string, source: string]>, only?: Lang): EngineTextTable {
  const table: EngineTextTable = {};
  for (const [path, source] of sources) {
    const texts = textLiterals(source);
    if (texts.length) table[textModuleName(path)] = texts.map((t) => (only ? [t[only]] : [t.en, t['zh-cn']]));
  }
  return table;
}
