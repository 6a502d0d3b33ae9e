import type { Plugin } from 'vite';
import { isEngineTextModule, withTextFromPage } from './engine-text';
import { isRegistry, registryFromPage } from './registry-from-page';

/** What the browser build makes of an engine module: the registry's rules and then all other words read from the page. */
export function browserSource(id: string, source: string): string {
  if (isRegistry(id)) return registryFromPage(source);
  return isEngineTextModule(id) ? withTextFromPage(id, source).code : source;
}

/** Before the words are replaced: the source the page's text table is read from. */
export const textSource = (_id: string, source: string): string => source;

export function browserEngine(): Plugin {
  return {
    name: 'casebook-browser-engine',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !isEngineTextModule(id)) return undefined;
      return { code: browserSource(id, code), map: null };
    },
  };
}

/**
 * For the quiz worker's bundle, which Vite builds with its own plugins: its registry reads the
 * rules it is handed (rule-data.ts) instead of the rule files, which only Node can read.
 */
export function workerRegistry(): Plugin {
  return {
    name: 'casebook-worker-registry',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !isRegistry(id)) return undefined;
      return { code: registryFromPage(code), map: null };
    },
  };
}
