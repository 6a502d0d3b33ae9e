/**
 * A `{…}` that reaches a reader is a fault: every filler of the engine and the UI refuses a
 * placeholder it has no value for, naming the text and the placeholder, instead of showing it.
 */

/** Anything in braces that a filler left: a placeholder nobody filled. */
export const leftoverPlaceholder = /\{[^{}\n]*\}/;

/** In a rule's text, `{name}` names a figure of the owning rule; `{MSG-2.replyWithin}` one of another rule. */
export const placeholderPattern = /\{(?:([A-Z]+-\d+)\.)?(\w+)\}/g;

const namedParameter = /\{(\w+)\}/g;

export class PlaceholderError extends Error {
  override name = 'PlaceholderError';
}

/**
 * A template with its `{name}` parameters filled from `values`. A parameter without a value,
 * or any other `{…}` in the template, throws a PlaceholderError naming `what` and the placeholder.
 */
export function fillNamed(template: string, values: Readonly<Record<string, string | number>>, what: string): string {
  // Checked on the template, not the result: a value may hold braces of its own (a file name).
  const stray = leftoverPlaceholder.exec(template.replace(namedParameter, ''));
  if (stray) throw new PlaceholderError(`${what} "${template}": ${stray[0]} is not a placeholder this text can fill`);
  return template.replace(namedParameter, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) throw new PlaceholderError(`${what} "${template}": ${whole} has no value`);
    return String(value);
  });
}
