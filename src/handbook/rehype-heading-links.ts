import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from '../i18n';

/**
 * Every h2 and h3 with an ID gets its "#" link and a "Copy link" button in the HTML itself,
 * so nothing moves when the page's script starts. Their words come from attributes (shown
 * by CSS), so the heading's text, which feeds the table of contents, stays as written.
 */

const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '');

export function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const lang = /[\\/]zh-cn[\\/]/.test(file.history[0] ?? '') ? 'zh-cn' : 'en';
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof node.properties.id !== 'string') return;
      const id = node.properties.id;
      const title = node.children.map(textOf).join('').trim();
      node.children.push(
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-anchor'], href: `#${id}`, ariaLabel: `${t(lang, 'handbook.sectionLink')}: ${title}` },
          children: [],
        },
        {
          type: 'element',
          tagName: 'button',
          properties: {
            type: 'button',
            className: ['copy-link', 'js-only'],
            dataCopyHeading: id,
            dataLabel: t(lang, 'handbook.copyLink'),
            ariaLabel: `${t(lang, 'handbook.copyLink')}: ${title}`,
          },
          children: [],
        },
      );
    });
  };
}
