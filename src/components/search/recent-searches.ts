/** The reader's last searches, kept in this browser only. Storage may be unavailable: then nothing is kept. */
const KEY = 'casebook-recent-searches';
const MAX = 6;

export function recentSearches(): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((q): q is string => typeof q === 'string').slice(0, MAX) : [];
  } catch {
    return [];
  }
}

export function rememberSearch(query: string): void {
  const q = query.trim();
  if (!q) return;
  try {
    localStorage.setItem(KEY, JSON.stringify([q, ...recentSearches().filter((r) => r !== q)].slice(0, MAX)));
  } catch {
    // Private mode or full storage: searching still works, it is just not remembered.
  }
}
