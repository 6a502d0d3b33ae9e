import { atom } from 'nanostores';
import { KEPT_PREFIX } from './storage-keys';
import { storageNow, storageSetup } from './storage-setup';

/**
 * What the trainee must be told about stored progress: a value that could not be read and was
 * kept aside (`keptAs` names where), a value from a newer version left in place until a reload
 * (`too-new`), or storage that does not keep anything.
 */
export const storageNoticeReasons = ['invalid-json', 'wrong-shape', 'too-new', 'unknown-version', 'migration-failed', 'unavailable'] as const;
export type StorageNoticeReason = (typeof storageNoticeReasons)[number];

export interface StorageNotice {
  /** The store the notice is about (`course-progress`, not the storage key). */
  key: string;
  reason: StorageNoticeReason;
  /** The storage key the unreadable value was copied to. Absent when it was left in place (a newer version, or a copy that failed). */
  keptAs?: string;
}

export const $storageNotices = atom<StorageNotice[]>([]);

const sameNotice = (a: StorageNotice, b: StorageNotice): boolean => a.key === b.key && a.reason === b.reason && a.keptAs === b.keptAs;

/** Adds a notice, unless the very same one is already shown. */
export function raiseNotice(notice: StorageNotice): void {
  const notices = $storageNotices.get();
  if (!notices.some((n) => sameNotice(n, notice))) $storageNotices.set([...notices, notice]);
}

export function dismissNotice(notice: StorageNotice): void {
  $storageNotices.set($storageNotices.get().filter((n) => !sameNotice(n, notice)));
}

export interface KeptAsideEntry {
  key: string;
  raw: string;
}

/** Every value kept aside, raw text untouched, in key order (so by store, then by time). */
export function keptAsideEntries(): KeptAsideEntry[] {
  const storage = storageSetup()?.storage;
  if (!storage) return [];
  const entries: KeptAsideEntry[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const raw = key?.startsWith(KEPT_PREFIX) ? storage.getItem(key) : null;
      if (key && raw !== null) entries.push({ key, raw });
    }
  } catch {
    // Storage went away while reading: offer what was read.
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** One JSON file with everything kept aside, for the trainee to download and hand to a trainer. */
export function keptAsideFile(): { name: string; text: string } {
  const now = storageNow();
  const file = { format: 'casebook-kept-aside', exportedAt: now.toISOString(), entries: keptAsideEntries() };
  return { name: `casebook-kept-aside-${now.toISOString().slice(0, 10)}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}
