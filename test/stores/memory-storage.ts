/**
 * An in-memory Web Storage for tests in Node. `refuseWrites` makes setItem throw as a full or
 * private-mode localStorage does; `refuseKey` refuses only the keys it matches.
 */
export class MemoryStorage implements Storage {
  [name: string]: unknown;
  private readonly items = new Map<string, string>();
  refuseWrites = false;
  refuseKey: (key: string) => boolean = () => false;
  writes = 0;

  get length(): number {
    return this.items.size;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuseWrites || this.refuseKey(key)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.writes++;
    this.items.set(key, String(value));
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  clear(): void {
    this.items.clear();
  }

  /** Everything stored, for before/after comparisons. */
  entries(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

/** A storage whose every use throws, as some browsers do when storage is blocked. */
export class BlockedStorage extends MemoryStorage {
  override getItem(): string | null {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  override setItem(): void {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  }
}

/** A clock that stands still until moved. */
export function fixedClock(iso: string): { now: () => Date; advance: (ms: number) => void } {
  let ms = Date.parse(iso);
  return { now: () => new Date(ms), advance: (by) => void (ms += by) };
}
