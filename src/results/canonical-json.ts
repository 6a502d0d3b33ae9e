/**
 * JSON with object keys sorted at every level and no whitespace, so the same data always gives
 * the same text whatever order its keys were written in. Checksums and statement IDs hash it.
 * Undefined values are left out, as JSON.stringify does.
 *
 * Written with a stack of its own rather than recursion: a file nested a million levels deep is
 * refused before it gets here, and even if one got through it would not overflow the page's stack.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // Work still to do, last first: a value to write, or text to write as it is.
  const todo: ({ value: unknown } | string)[] = [{ value }];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (typeof next === 'string') {
      out.push(next);
      continue;
    }
    const at = next.value;
    if (at === null || typeof at !== 'object') {
      out.push(JSON.stringify(at) ?? 'null');
      continue;
    }
    // Pushed in reverse, one at a time (a spread of a long array would overflow the stack itself).
    if (Array.isArray(at)) {
      todo.push(']');
      for (let i = at.length - 1; i >= 0; i--) {
        const entry: unknown = at[i];
        todo.push(entry === undefined ? 'null' : { value: entry });
        if (i > 0) todo.push(',');
      }
      todo.push('[');
      continue;
    }
    const entries = Object.entries(at)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    todo.push('}');
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, entry] = entries[i]!;
      todo.push({ value: entry }, `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`);
    }
    todo.push('{');
  }
  return out.join('');
}
