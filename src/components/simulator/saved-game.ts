/**
 * A case in play survives a reload: its trace (the decisions so far) is kept in
 * localStorage. A stored value that cannot be read is never thrown away: it is moved to a
 * key of its own, and the caller tells the trainee where it went.
 */

const PREFIX = 'casebook-case:';
const KEPT = 'casebook-case-kept:';

export type LoadedGame = { trace: unknown[] } | { keptAs: string } | null;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function loadGame(caseKey: string): LoadedGame {
  const store = storage();
  const raw = store?.getItem(PREFIX + caseKey);
  if (!store || raw == null) return null;
  try {
    const value = JSON.parse(raw) as { version?: unknown; trace?: unknown };
    if (value && value.version === 1 && Array.isArray(value.trace)) return { trace: value.trace };
  } catch {
    // fall through: kept aside below
  }
  const keptAs = `${KEPT}${caseKey}:${new Date().toISOString()}`;
  try {
    store.setItem(keptAs, raw);
    store.removeItem(PREFIX + caseKey);
  } catch {
    return { keptAs: PREFIX + caseKey };
  }
  return { keptAs };
}

/** False when the browser keeps nothing (private mode, storage full): play goes on in memory. */
export function saveGame(caseKey: string, trace: readonly unknown[]): boolean {
  try {
    storage()?.setItem(PREFIX + caseKey, JSON.stringify({ version: 1, trace }));
    return storage() !== null;
  } catch {
    return false;
  }
}

export function forgetGame(caseKey: string): void {
  try {
    storage()?.removeItem(PREFIX + caseKey);
  } catch {
    // nothing stored, nothing to forget
  }
}
