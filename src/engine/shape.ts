/** Small checks for plain data from outside (a saved game, a link): what `JSON.parse` can give, tested without a schema library. */

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export const hasOwn = <K extends string>(object: Record<K, unknown>, key: string): key is K => Object.prototype.hasOwnProperty.call(object, key);

export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
