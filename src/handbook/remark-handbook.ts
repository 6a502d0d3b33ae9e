import type { Heading, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ruleById } from '../engine/loaded-policy';

/**
 * Build-time guards and conventions for handbook MDX, run by Astro on every page:
 * - `<Rule id>` and `<Figure of>` must name a rule and a figure that exist;
 * - a heading may end with `\{#some-id}` to give it an ID that is the same in both
 *   languages, so the language switch can land on the same section;
 * - prose may not type a policy figure: digits, and number words followed by a unit,
 *   are refused outside code. Figures are written `<Figure of="PROD-1.maxCompensation" />`.
 *   A calendar year after a month or "in/since/of" ("in 2020", "November 2020", "2020 年") is
 *   a date, not a policy figure, and is let through.
 * A failure stops the build and names the file, the line and the problem.
 */

const idMarker = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;
const ruleIdInProse = /\b[A-Z]+-\d+(?:-[A-Z]+)?\b/g;
const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const notAFigureAfter = String.raw`(?![\d%]|[.,]\d|\s*(?:hours?|days?|weeks?|months?|years?|rounds?|percent|per cent|USD|GBP|EUR|CAD|AUD|JPY|MXN)\b)`;
const yearInProse = new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Oo]f|[Uu]ntil|[Bb]efore|[Aa]fter|${months})\s+(?:19|20)\d\d${notAFigureAfter}|(?:19|20)\d\d\s*年`, 'g');
const digit = /[0-9０-９]/;
const englishNumberWithUnit =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty|forty-five|forty-eight|sixty|ninety|hundred|thousand)[\s-]+(?:hours?|days?|weeks?|months?|rounds?|percent|per cent)\b/i;
const chineseNumberWithUnit = /[零一二两三四五六七八九十百千]+个?(?:小时|天|日|周|轮|个月|%|％|成)/;

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

const attribute = (node: Jsx, name: string): string | undefined => {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
};

/** Problems with the rule and figure references of one JSX element. */
function referenceProblem(node: Jsx): string | null {
  if (node.name === 'Rule') {
    const id = attribute(node, 'id');
    return id && ruleById.has(id) ? null : `<Rule id="${id ?? ''}">: no rule has this ID`;
  }
  if (node.name === 'Figure') {
    const exists = (ref: string) => {
      const [id, name] = ref.split('.');
      return !!(id && name && ruleById.get(id)?.figures?.[name]);
    };
    const of = attribute(node, 'of') ?? '';
    const to = attribute(node, 'to');
    if (!exists(of)) return `<Figure of="${of}">: no such figure (write RULE-ID.figureName)`;
    return to === undefined || exists(to) ? null : `<Figure to="${to}">: no such figure (write RULE-ID.figureName)`;
  }
  return null;
}

/** Why a piece of prose holds a figure typed by hand, or null. */
export function typedFigure(text: string): string | null {
  const prose = text.replace(ruleIdInProse, '').replace(yearInProse, '');
  const found = digit.exec(prose)?.[0] ?? englishNumberWithUnit.exec(prose)?.[0] ?? chineseNumberWithUnit.exec(prose)?.[0];
  return found ? `prose holds a typed figure ("${found}" in "${text.trim().slice(0, 60)}"); use <Figure of="RULE-ID.name" /> or a rule callout` : null;
}

function setHeadingId(node: Heading): void {
  const last = node.children.at(-1);
  if (last?.type !== 'text') return;
  const match = idMarker.exec(last.value);
  if (!match) return;
  last.value = last.value.slice(0, match.index);
  node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), id: match[1]! } };
}

export function remarkHandbook() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node: Root | RootContent) => {
      if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
        const problem = referenceProblem(node);
        if (problem) file.fail(problem, node);
      }
      if (node.type === 'heading') setHeadingId(node);
    });
    visit(tree, 'text', (node: Text) => {
      const problem = typedFigure(node.value);
      if (problem) file.fail(problem, node);
    });
  };
}
