/**
 * A rule's `title` and `text` are prose for the handbook, the rule pages, the CLI and the
 * quiz's explanations. The tools and the simulator never show them, yet they are most of the
 * registry's weight, so the browser's copy of the registry reads them from the page instead:
 * a page whose islands need them carries them as JSON data (`<RuleProse />`), in one script
 * tag the browser does not run; every other page leaves them out. Server rendering keeps the
 * whole rule.
 *
 * A rule's own properties sit at four spaces of indentation in `src/engine/policy/*.ts`
 * (checked by test/build/browser-policy.test.ts on every policy file).
 */
const ruleProse = /^ {4}(title|text): (?:\{[^\n]*\}|\{\n[\s\S]*?\n {4}\}),$/gm;
const proseModule = '/src/build/rule-prose-data.ts';

export function withoutRuleProse(source: string): { code: string; removed: number } {
  let removed = 0;
  const code = source.replace(ruleProse, (_, key: string) => {
    removed += 1;
    return `    get ${key}() { return __ruleProse(this.id, '${key}'); },`;
  });
  return { code: removed ? `import { ruleProse as __ruleProse } from '${proseModule}';\n${code}` : code, removed };
}

export const isPolicyFile = (id: string): boolean => /\/src\/engine\/policy\/[\w-]+\.ts$/.test(id);
