import { parse as parseYaml } from 'yaml';

const block = /^---\n([\s\S]*?)\n---\n/;

/** Splits an MDX file into its YAML frontmatter (parsed, not validated) and its body. */
export function splitFrontmatter(source: string): { data: unknown; body: string; bodyLine: number } {
  const match = block.exec(source);
  if (!match) return { data: undefined, body: source, bodyLine: 1 };
  return { data: parseYaml(match[1]!), body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
