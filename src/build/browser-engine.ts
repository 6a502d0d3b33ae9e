import type { Plugin } from 'vite';
import { isPolicyFile, withoutRuleProse } from './browser-policy';
import { isEngineTextModule, withTextFromPage } from './engine-text';
import { isRegistry, registryFromPage } from './registry-from-page';

/** What the browser build makes of an engine module: the registry's rules, rule prose and then all other words read from the page. */
export function browserSource(id: string, source: string): string {
  if (isRegistry(id)) return registryFromPage(source);
  const withoutProse = isPolicyFile(id) ? withoutRuleProse(source).code : source;
  return isEngineTextModule(id) ? withTextFromPage(id, withoutProse).code : withoutProse;
}

/** Before the words are replaced: the source the page's text table is read from. */
export const textSource = (id: string, source: string): string => (isPolicyFile(id) ? withoutRuleProse(source).code : source);

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
