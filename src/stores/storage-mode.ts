import { atom } from 'nanostores';
import { raiseNotice } from './notices';

/**
 * 'local': progress is written to localStorage. 'memory': a write or read failed (storage full,
 * private mode), so the app goes on in memory. The server reports 'local' too: nothing runs there
 * that could fail, and server HTML should not carry a warning the browser may not need.
 */
export type StorageMode = 'local' | 'memory';

export const $storageMode = atom<StorageMode>('local');

/** Switch to memory mode and tell the trainee once, not on every failed write. */
export function enterMemoryMode(key: string): void {
  if ($storageMode.get() === 'memory') return;
  $storageMode.set('memory');
  raiseNotice({ key, reason: 'unavailable' });
}

export function resetStorageMode(): void {
  $storageMode.set('local');
}
