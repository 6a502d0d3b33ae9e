/**
 * The browser's registry reads its rules from the page (rule-data.ts) instead of loading the
 * rule files: the `loadRules` import and call of `src/engine/policy/registry.ts` give way to
 * one call. Everything else in the module (the lookups by ID, `figureOf`) stays as written.
 */
const policyImport = /^import \{ loadRules \} from '\.\/rule-files';\n/gm;
const rulesArray = /^export const rules: readonly Rule\[\] = loadRules\(\);$/m;
const dataModule = '/src/build/rule-data.ts';

export const isRegistry = (id: string): boolean => /\/src\/engine\/policy\/registry\.ts$/.test(id);

export function registryFromPage(source: string): string {
  const imports = source.match(policyImport)?.length ?? 0;
  if (!imports || !rulesArray.test(source))
    throw new Error("registry.ts: expected its policy imports: `import { loadRules } from './rule-files';` and `export const rules: readonly Rule[] = loadRules();`");
  const code = source.replace(policyImport, '').replace(rulesArray, 'export const rules: readonly Rule[] = __pageRules();');
  return `import { pageRules as __pageRules } from '${dataModule}';\n${code}`;
}
