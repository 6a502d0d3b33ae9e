import { raiseNotice } from './notices';
import { KEPT_PREFIX } from './storage-keys';
import { storageNow, storageSetup } from './storage-setup';

/**
 * Copies one entry of a store that cannot be used to `casebook-kept:<store>:<entry>:<time>` and
 * tells the trainee where (the progress pages offer it for download). Returns the kept-aside key,
 * or undefined when the copy could not be written: the trainee is told that too.
 */
export function keepEntryAside(store: string, entry: string, raw: string): string | undefined {
  const storage = storageSetup()?.storage;
  let keptAs: string | undefined;
  if (storage) {
    try {
      const base = `${KEPT_PREFIX}${store}:${entry}:${storageNow().toISOString()}`;
      keptAs = base;
      for (let n = 2; storage.getItem(keptAs) !== null; n++) keptAs = `${base}:${n}`;
      storage.setItem(keptAs, raw);
    } catch {
      keptAs = undefined;
    }
  }
  raiseNotice(keptAs ? { key: store, reason: 'wrong-shape', keptAs } : { key: store, reason: 'wrong-shape' });
  return keptAs;
}
