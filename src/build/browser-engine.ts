import type { Plugin } from 'vite';
import { isRegistry, registryFromPage } from './registry-from-page';

/**
 * The browser's registry reads the rules the page carries (`<RuleData />`) instead of the rule
 * files, which only Node can read. Used for the islands' bundle and for the quiz worker's, which
 * Vite builds with its own plugins.
 */
export function browserEngine(): Plugin {
  return {
    name: 'casebook-browser-engine',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !isRegistry(id)) return undefined;
      return { code: registryFromPage(code), map: null };
    },
  };
}
