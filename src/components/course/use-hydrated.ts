import { useEffect, useState } from 'preact/hooks';

/**
 * False for the server's render and the browser's first (hydrating) one, true afterwards.
 * What depends on stored progress waits for it: hydration keeps the server's attributes, so a
 * first render that differed from the server's would leave stale `aria-pressed` or `href`s.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
