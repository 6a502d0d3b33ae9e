import { atom, type WritableAtom } from 'nanostores';
import { $storageNotices, raiseNotice } from './notices';
import { KEPT_PREFIX, storeKeyOf } from './storage-keys';
import { enterMemoryMode, resetStorageMode } from './storage-mode';
import { replaceStorageSetup, storageSetup } from './storage-setup';
import { formatPath } from './issue-paths';
import { decodeEnvelope, decodeStored, encodeStored, type DecodeFailure, type Migrations } from './stored-value';
import type { z } from 'zod';

/**
 * A nanostores atom kept in localStorage under `casebook:<key>` as `{ version, value }`.
 * Loading never throws and never destroys: a value that cannot be read is copied to
 * `casebook-kept:<key>:<time>` first, and only then removed. A value from a newer Casebook
 * (another tab running a newer build) is not this page's to judge: it stays exactly where it
 * is, and this store writes nothing until the page is reloaded. Every `set` writes; a write
 * that fails puts the app in memory mode. Another tab's change arrives through the `storage` event.
 */

export interface PersistedOptions<T> {
  key: string;
  version: number;
  /** The current version's value. */
  schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  /** From version n to n+1, for every n below `version`. */
  migrations: Migrations;
  initial: T;
}

/** What the progress file and reset see of each persisted store, whatever its value type. */
export interface PersistedStore {
  key: string;
  version: number;
  snapshot(): { version: number; value: unknown };
  /** Checks a `{ version, value }` from a file without touching anything; `commit` then applies it. */
  prepare(envelope: unknown, at: readonly (string | number)[]): { ok: true; commit: () => void } | DecodeFailure;
  reset(): void;
}

interface RegisteredStore extends PersistedStore {
  reload(): void;
  receive(storage: Storage, raw: string | null, keepMemory?: boolean): void;
}

const registry = new Map<string, RegisteredStore>();

export function persistedAtom<T>(options: PersistedOptions<T>): WritableAtom<T> {
  const { key, version, initial } = options;
  if (registry.has(key)) throw new Error(`persisted store "${key}" is defined twice`);
  if (!Number.isInteger(version) || version < 1) throw new Error(`persisted store "${key}": version must be a positive integer`);
  for (let from = 1; from < version; from++) if (!options.migrations[from]) throw new Error(`persisted store "${key}": no migration from version ${from}`);

  const storageKey = storeKeyOf(key);
  const $store = atom<T>(initial);
  const setInMemory = $store.set;
  // Why this store does not write: an unreadable value sits in place because it could not be
  // copied aside ('left-in-place'), or the stored value is a newer version ('newer', with its
  // envelope, which an export carries as it is). Writing would destroy either.
  let hold: { kind: 'left-in-place' } | { kind: 'newer'; envelope: { version: number; value: unknown } } | null = null;
  // The stored text as this page last read or wrote it: any other text found before a write is
  // a change this page has not seen yet (another tab whose event is still on its way).
  let lastSeen: string | null = null;

  /** Takes in stored text. `keepMemory`: an event from another tab, where a newer value leaves what the page shows alone. */
  function receive(storage: Storage, raw: string | null, keepMemory = false): void {
    const wasNewer = hold?.kind === 'newer';
    hold = null;
    lastSeen = raw;
    if (raw === null) return setInMemory(initial);
    const decoded = decodeStored(raw, options);
    if (decoded.ok) return setInMemory(decoded.value);
    if (decoded.reason === 'too-new') {
      holdNewer(raw, wasNewer);
      if (!keepMemory) setInMemory(initial);
      return;
    }
    const keptAs = keepAside(storage, key, raw);
    setInMemory(initial);
    raiseNotice(keptAs ? { key, reason: decoded.reason, keptAs } : { key, reason: decoded.reason });
    if (!keptAs) {
      hold = { kind: 'left-in-place' };
      enterMemoryMode(key);
    }
  }

  /** Leaves a newer version's value where it is and says so (once, not on every write of the newer tab). */
  function holdNewer(raw: string, told: boolean): void {
    hold = { kind: 'newer', envelope: JSON.parse(raw) as { version: number; value: unknown } };
    if (!told) raiseNotice({ key, reason: 'too-new' });
  }

  function reload(): void {
    const setup = storageSetup();
    if (!setup) return;
    // A load starts afresh: whatever held this store before is read again, and told again.
    hold = null;
    if (!setup.storage) {
      setInMemory(initial);
      return enterMemoryMode(key);
    }
    let raw: string | null;
    try {
      raw = setup.storage.getItem(storageKey);
    } catch {
      setInMemory(initial);
      return enterMemoryMode(key);
    }
    receive(setup.storage, raw);
  }

  /**
   * Before a write: stored text this page has not seen is looked at first. A newer version stops
   * the write; an unreadable value is kept aside (or, when it cannot be copied, stops it); a
   * readable one is replaced, as the later of two tabs' writes always was.
   */
  function beforeWrite(storage: Storage): 'write' | 'newer' | 'left-in-place' {
    const current = storage.getItem(storageKey);
    if (current === null || current === lastSeen) return 'write';
    const decoded = decodeStored(current, options);
    if (decoded.ok) return 'write';
    if (decoded.reason === 'too-new') {
      holdNewer(current, false);
      return 'newer';
    }
    const keptAs = keepAside(storage, key, current);
    raiseNotice(keptAs ? { key, reason: decoded.reason, keptAs } : { key, reason: decoded.reason });
    if (keptAs) return 'write';
    hold = { kind: 'left-in-place' };
    return 'left-in-place';
  }

  function save(value: T): void {
    const setup = storageSetup();
    if (!setup || hold?.kind === 'newer') return;
    if (!setup.storage || hold) return enterMemoryMode(key);
    try {
      const verdict = beforeWrite(setup.storage);
      if (verdict === 'left-in-place') return enterMemoryMode(key);
      if (verdict === 'newer') return;
      const text = encodeStored(version, value);
      setup.storage.setItem(storageKey, text);
      lastSeen = text;
    } catch {
      enterMemoryMode(key);
    }
  }

  $store.set = (value: T) => {
    setInMemory(value);
    save(value);
  };

  registry.set(key, {
    key,
    version,
    reload,
    receive,
    // While a newer version is held, an export carries that value, not this page's stand-in for it.
    snapshot: () => (hold?.kind === 'newer' ? hold.envelope : { version, value: $store.get() }),
    prepare(envelope, at) {
      if (hold?.kind === 'newer')
        return {
          ok: false,
          reason: 'too-new',
          problems: [`${formatPath(at) || '(root)'}: the progress saved in this browser comes from a newer version of Casebook; reload the page first`],
        };
      const decoded = decodeEnvelope(envelope, options, at);
      return decoded.ok ? { ok: true, commit: () => $store.set(decoded.value) } : decoded;
    },
    reset() {
      const storage = storageSetup()?.storage;
      if (storage && !hold) {
        try {
          storage.removeItem(storageKey);
          lastSeen = null;
        } catch {
          // Nothing removable: memory goes back to the start all the same.
        }
      }
      setInMemory(initial);
    },
  });
  reload();
  return $store;
}

/**
 * Copies the raw text to a kept-aside key and only then removes the original.
 * Returns the kept-aside key, or undefined when the copy could not be written (the original stays).
 */
function keepAside(storage: Storage, key: string, raw: string): string | undefined {
  const setup = storageSetup();
  let keptAs: string;
  try {
    keptAs = freeKeptKey(storage, key, (setup ? setup.now() : new Date()).toISOString());
    storage.setItem(keptAs, raw);
  } catch {
    return undefined;
  }
  try {
    storage.removeItem(storeKeyOf(key));
  } catch {
    // The copy is safe; a later write replaces the original.
  }
  return keptAs;
}

/** `casebook-kept:<key>:<time>`, with a counter when that key is already taken (two in one millisecond). */
function freeKeptKey(storage: Storage, key: string, time: string): string {
  const base = `${KEPT_PREFIX}${key}:${time}`;
  let candidate = base;
  for (let n = 2; storage.getItem(candidate) !== null; n++) candidate = `${base}:${n}`;
  return candidate;
}

/** Every persisted store defined so far, in definition order. */
export const persistedStores = (): PersistedStore[] => [...registry.values()];

/**
 * Point every store at another storage and clock, and load them again from it. Tests use it
 * with an in-memory Storage; `storage: null` behaves like a browser that refuses storage.
 */
export function configureStorage(next: { storage: Storage | null; now?: () => Date }): void {
  replaceStorageSetup({ storage: next.storage, now: next.now ?? (() => new Date()) });
  resetStorageMode();
  $storageNotices.set([]);
  for (const store of registry.values()) store.reload();
}

/** The `storage` event from another tab. `key` null means that tab cleared all storage. */
export function receiveStorageEvent(event: { key: string | null; newValue: string | null; storageArea?: Storage | null }): void {
  const storage = storageSetup()?.storage;
  if (!storage || (event.storageArea && event.storageArea !== storage)) return;
  if (event.key === null) {
    for (const store of registry.values()) store.reload();
    return;
  }
  for (const store of registry.values()) if (storeKeyOf(store.key) === event.key) store.receive(storage, event.newValue, true);
}

if (typeof window !== 'undefined') window.addEventListener('storage', receiveStorageEvent);
