import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * The handbook's Markdown links are written as site paths (`/handbook/ebay/cases/`); under a
 * sub-path build (`BASE=/casebook/`) they must carry the base, like every link the components
 * write through `localePath`. Links to other sites, `//host` links and `#anchors` stay as written.
 */
export function rehypeBaseLinks(options: { base?: string } = {}) {
  const base = `/${(options.base ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith(base)) {
          node.properties[attribute] = base + value.slice(1);
        }
      }
    });
  };
}
