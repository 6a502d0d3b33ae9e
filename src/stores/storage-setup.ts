/**
 * The storage and clock the persisted stores use. In the browser: localStorage and the real
 * clock. On the server there is no setup at all, so stores stay at their initial values.
 * Tests put in a fake storage and a fixed clock with `configureStorage` (persisted.ts).
 */
export interface StorageSetup {
  /** null: the browser refuses storage (private mode, disabled); the app runs in memory. */
  storage: Storage | null;
  now: () => Date;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage ?? null;
  } catch {
    // Some browsers throw on merely reading `localStorage` when storage is blocked.
    return null;
  }
}

let setup: StorageSetup | undefined = typeof window === 'undefined' ? undefined : { storage: browserStorage(), now: () => new Date() };

/** The current setup, or undefined on the server. */
export const storageSetup = (): StorageSetup | undefined => setup;

export function replaceStorageSetup(next: StorageSetup): void {
  setup = next;
}

/** The time as the stores see it (the injected clock in tests). */
export const storageNow = (): Date => (setup ? setup.now() : new Date());
