import type { ComponentChild } from 'preact';
import type { Lang } from '../../engine/text';

/** A UI string with its `{name}` placeholders filled: `Module {n}` → `Module 3`. */
export const fillText = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * The same with rich parts (a name in bold, a `<time>`): the template is split around its
 * placeholders, because word order differs between the languages.
 */
export function fillParts(template: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name !== undefined && name in parts ? parts[name] : piece;
  });
}

/** A colon between a label and what follows it, as each language writes it. */
export const colon: Record<Lang, string> = { en: ': ', 'zh-cn': '：' };
