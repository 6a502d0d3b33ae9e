import type { Plugin } from 'vite';

/**
 * A rule's `title` and `text` are prose for the handbook, the rule pages and the CLI. No
 * island shows them, yet they are most of the registry's weight, so the browser's copy of
 * the registry leaves them out. Server rendering keeps the whole rule.
 *
 * A rule's own properties sit at four spaces of indentation in `src/engine/policy/*.ts`
 * (checked by test/build/browser-policy.test.ts on every policy file); in the browser they
 * become `undefined`, so a component that reached for them would fail loudly, not quietly.
 */
const ruleProse = /^ {4}(title|text): (?:\{[^\n]*\}|\{\n[\s\S]*?\n {4}\}),$/gm;

export function withoutRuleProse(source: string): { code: string; removed: number } {
  let removed = 0;
  const code = source.replace(ruleProse, (_, key: string) => {
    removed += 1;
    return `    ${key}: undefined,`;
  });
  return { code, removed };
}

export const isPolicyFile = (id: string): boolean => /\/src\/engine\/policy\/[\w-]+\.ts$/.test(id);

export function browserPolicy(): Plugin {
  return {
    name: 'casebook-browser-policy',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !isPolicyFile(id)) return undefined;
      return { code: withoutRuleProse(code).code, map: null };
    },
  };
}
