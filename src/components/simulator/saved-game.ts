/**
 * Play survives a reload: a case's trace, or a shift's state, is kept in localStorage as
 * `{ version: 1, … }`. A stored value that cannot be read is never thrown away: it is moved
 * to a key of its own, and the caller tells the trainee where it went.
 */

const PREFIX = 'casebook-case:';
const KEPT = 'casebook-case-kept:';

export type Loaded<T> = { value: T } | { keptAs: string } | null;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The saved value under `key`, read by `read` (null when it does not fit). */
export function loadSaved<T>(key: string, read: (saved: { version?: unknown } & Record<string, unknown>) => T | null): Loaded<T> {
  const store = storage();
  const raw = store?.getItem(PREFIX + key);
  if (!store || raw == null) return null;
  try {
    const saved = JSON.parse(raw) as ({ version?: unknown } & Record<string, unknown>) | null;
    const value = saved && saved.version === 1 ? read(saved) : null;
    if (value !== null) return { value };
  } catch {
    // not JSON: kept aside below
  }
  const keptAs = `${KEPT}${key}:${new Date().toISOString()}`;
  try {
    store.setItem(keptAs, raw);
    store.removeItem(PREFIX + key);
  } catch {
    return { keptAs: PREFIX + key };
  }
  return { keptAs };
}

/** False when the browser keeps nothing (private mode, storage full): play goes on in memory. */
export function save(key: string, value: Record<string, unknown>): boolean {
  try {
    const store = storage();
    store?.setItem(PREFIX + key, JSON.stringify({ version: 1, ...value }));
    return store !== null;
  } catch {
    return false;
  }
}

export function forget(key: string): void {
  try {
    storage()?.removeItem(PREFIX + key);
  } catch {
    // nothing stored, nothing to forget
  }
}
