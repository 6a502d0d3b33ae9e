import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** A nanostore's value in a Preact component, updated when the store changes (in this tab or, for persisted stores, another). */
export function useStore<T>(store: ReadableAtom<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => store.subscribe(setValue), [store]);
  return value;
}
