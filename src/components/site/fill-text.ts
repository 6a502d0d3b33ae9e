import type { ComponentChild } from 'preact';
import { fillNamed, PlaceholderError } from '../../engine/placeholders';

/** A UI string with its `{name}` placeholders filled: `Module {n}` → `Module 3`. One without a value throws, naming it. */
export const fillText = (template: string, values: Record<string, string | number>): string => fillNamed(template, values, 'UI string');

/**
 * The same with rich parts (a name in bold, a `<time>`): the template is split around its
 * placeholders, because word order differs between the languages.
 */
export function fillParts(template: string, parts: Record<string, ComponentChild>): ComponentChild[] {
  return template.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === undefined) return piece;
    if (!(name in parts)) throw new PlaceholderError(`UI string "${template}": ${piece} has no value`);
    return parts[name];
  });
}
