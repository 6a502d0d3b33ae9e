import type { Plugin } from 'vite';
import { isPolicyFile, withoutRuleProse } from './browser-policy';
import { isRegistry, registryFromPage } from './registry-from-page';

/** What the browser build makes of an engine module: the registry's rules and the rules' prose read from the page; the engine's words stay in the code. */
export function browserSource(id: string, source: string): string {
  if (isRegistry(id)) return registryFromPage(source);
  return isPolicyFile(id) ? withoutRuleProse(source).code : source;
}

export function browserEngine(): Plugin {
  return {
    name: 'casebook-browser-engine',
    enforce: 'pre',
    transform(code, id, options) {
      if (options?.ssr || !(isRegistry(id) || isPolicyFile(id))) return undefined;
      return { code: browserSource(id, code), map: null };
    },
  };
}
