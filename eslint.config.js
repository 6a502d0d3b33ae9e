// ESLint for Casebook: correctness rules, no import cycles, and the layers of the README's
// architecture table as rules, so a layer that reaches into another fails `npm run lint`.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about style.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { layerZones, engineForbiddenPackages, engineCompositionRoot, engineRulesImports, engineRulesLoader } from './eslint-layers.js';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-subpath/',
      'dist-cli/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'test/lint/fixtures/',
      'test/fixtures/',
      '**/fixtures/broken-*/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json', '.astro'] })],
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      // Dependencies are parsed as TypeScript whichever file imports them (an .astro file included).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mjs', '.js'] },
    },
    rules: {
      // A cycle, type-only ones included, means two modules are one module: put what both need in a third.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // The layers table of the README (see eslint-layers.js).
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // `catch {}` is how the code says "storage may refuse; carry on".
      'no-empty': ['error', { allowEmptyCatch: true }],
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // The engine runs unchanged in Node and in the browser: no UI, storage or site packages.
    // And it reads only the rules it is handed: only the composition root loads the app's.
    files: ['src/engine/**'],
    ignores: engineCompositionRoot,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: engineRulesLoader, message: `Engine code takes its rules as a Policy; only ${engineCompositionRoot.join(' and ')} load the app's rules and engine.` },
          ],
          patterns: [
            { group: engineForbiddenPackages, message: 'The engine is pure TypeScript: no UI, storage or site packages.' },
            { group: engineRulesImports, message: `Engine code takes its rules as a Policy; only ${engineCompositionRoot.join(' and ')} load the app's rules and engine.` },
          ],
        },
      ],
    },
  },
  {
    files: engineCompositionRoot,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: engineForbiddenPackages, message: 'The engine is pure TypeScript: no UI, storage or site packages.' }] }],
    },
  },
  {
    // Tests and benchmarks use `as any` and empty callbacks on purpose to feed bad input.
    files: ['test/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-empty-function': 'off' },
  },
);
