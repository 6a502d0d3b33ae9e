import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { $storageNotices, type StorageNotice } from '../../src/stores/notices';
import { configureStorage, persistedAtom, persistedStores, receiveStorageEvent } from '../../src/stores/persisted';
import { $storageMode } from '../../src/stores/storage-mode';
import { BlockedStorage, fixedClock, MemoryStorage } from './memory-storage';

/** A store of three versions, so migrations run in order: v1 `{ n }`, v2 `{ count }`, v3 `{ count, label }`. */
const counterSchema = z.object({ count: z.number().int().nonnegative(), label: z.string() });
const initial = { count: 0, label: '' };
const $counter = persistedAtom({
  key: 'counter',
  version: 3,
  schema: counterSchema,
  migrations: {
    1: (old) => ({ count: z.object({ n: z.number() }).parse(old).n }),
    2: (old) => ({ ...z.object({ count: z.number() }).parse(old), label: 'from v2' }),
  },
  initial,
});
const KEY = 'casebook:counter';
const T0 = '2026-03-01T09:00:00.000Z';

let storage: MemoryStorage;
function start(raw?: string, store: MemoryStorage = new MemoryStorage()): void {
  storage = store;
  if (raw !== undefined) storage.setItem(KEY, raw);
  configureStorage({ storage, now: fixedClock(T0).now });
}
const keptKeys = () => Object.keys(storage.entries()).filter((k) => k.startsWith('casebook-kept:'));
const envelope = (version: unknown, value: unknown) => JSON.stringify({ version, value });

beforeEach(() => start());

describe('loading', () => {
  it('starts from the initial value when nothing is stored, and says nothing', () => {
    expect($counter.get()).toEqual(initial);
    expect($storageNotices.get()).toEqual([]);
    expect($storageMode.get()).toBe('local');
  });

  it('reads the current version as stored', () => {
    start(envelope(3, { count: 7, label: 'seven' }));
    expect($counter.get()).toEqual({ count: 7, label: 'seven' });
    expect($storageNotices.get()).toEqual([]);
  });

  it('brings every earlier version up to date through each migration in order', () => {
    start(envelope(1, { n: 4 }));
    expect($counter.get()).toEqual({ count: 4, label: 'from v2' });
    start(envelope(2, { count: 5 }));
    expect($counter.get()).toEqual({ count: 5, label: 'from v2' });
    expect($storageNotices.get()).toEqual([]);
    // Loading migrates in memory only; the stored text changes on the next write.
    expect(storage.getItem(KEY)).toBe(envelope(2, { count: 5 }));
  });

  it('refuses to define a store whose migration chain has a gap, or a store twice', () => {
    const base = { schema: counterSchema, initial };
    expect(() => persistedAtom({ ...base, key: 'gap', version: 3, migrations: { 1: (v) => v } })).toThrow(/version 2/);
    expect(() => persistedAtom({ ...base, key: 'counter', version: 1, migrations: {} })).toThrow(/twice/);
  });
});

/** Stored text of every sort: any text, any JSON, and envelopes near and far from readable. */
const rawText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.json(),
  fc
    .record({
      version: fc.oneof(fc.integer({ min: -1, max: 5 }), fc.double(), fc.string()),
      value: fc.oneof(fc.record({ count: fc.integer({ min: -3, max: 30 }), label: fc.string(), n: fc.integer() }, { requiredKeys: [] }), fc.anything()),
    })
    .map((e) => JSON.stringify(e)),
);

describe('an unreadable stored value', () => {
  // Odd spacing and non-ASCII text: the kept copy must be the same text, byte for byte.
  const cases: [string, string, StorageNotice['reason']][] = [
    ['not JSON', '{"version": 3, "value": {"count": 1,  — 已损坏', 'invalid-json'],
    ['JSON but not an envelope', '[1, 2, 3]', 'wrong-shape'],
    ['an envelope without a value', '{ "version": 3 }', 'wrong-shape'],
    ['a value of the wrong shape', envelope(3, { count: -1, label: 'minus' }), 'wrong-shape'],
    ['version 0', envelope(0, { n: 1 }), 'unknown-version'],
    ['a fractional version', envelope(1.5, { n: 1 }), 'unknown-version'],
    ['a version as text', envelope('3', { count: 1, label: '' }), 'wrong-shape'],
    ['a v1 value its migration cannot read', envelope(1, { n: 'four' }), 'migration-failed'],
  ];

  it.each(cases)('%s: is kept aside untouched, the store starts clean, the trainee is told', (_, raw, reason) => {
    start(raw);
    const keptAs = `casebook-kept:counter:${T0}`;
    expect(storage.getItem(keptAs)).toBe(raw);
    expect(storage.getItem(KEY)).toBeNull();
    expect($counter.get()).toEqual(initial);
    expect($storageNotices.get()).toEqual([{ key: 'counter', reason, keptAs }]);
    expect($storageMode.get()).toBe('local');
  });

  it('keeps any text that is not a readable value, whatever it is (a newer version stays where it is)', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        start(raw);
        const kept = keptKeys();
        if ($storageNotices.get().some((n) => n.reason === 'too-new')) {
          expect(kept).toEqual([]);
          expect(storage.getItem(KEY)).toBe(raw);
          expect($counter.get()).toEqual(initial);
        } else if (kept.length === 0) {
          // Only a readable current-version value may be taken in without a copy.
          expect(counterSchema.safeParse($counter.get()).success).toBe(true);
          expect(storage.getItem(KEY)).toBe(raw);
        } else {
          expect(kept.map((k) => storage.getItem(k))).toEqual([raw]);
          expect($counter.get()).toEqual(initial);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never overwrites an earlier copy: two in the same millisecond get two keys', () => {
    start('first bad');
    storage.setItem(KEY, 'second bad');
    configureStorage({ storage, now: fixedClock(T0).now });
    expect(
      keptKeys()
        .map((k) => storage.getItem(k))
        .sort(),
    ).toEqual(['first bad', 'second bad']);
  });

  it('stays where it is when the copy cannot be written, and no write replaces it', () => {
    const store = new MemoryStorage();
    store.refuseKey = (key) => key.startsWith('casebook-kept:');
    start('not json', store);
    expect(storage.getItem(KEY)).toBe('not json');
    expect(keptKeys()).toEqual([]);
    expect($storageNotices.get()).toEqual([
      { key: 'counter', reason: 'invalid-json' },
      { key: 'counter', reason: 'unavailable' },
    ]);
    expect($storageMode.get()).toBe('memory');
    $counter.set({ count: 2, label: 'new' });
    expect($counter.get()).toEqual({ count: 2, label: 'new' });
    expect(storage.getItem(KEY)).toBe('not json');
  });
});

describe('storage that keeps nothing', () => {
  it('a full storage: values stay readable in memory, one notice says progress will not be kept', () => {
    storage.refuseWrites = true;
    $counter.set({ count: 1, label: 'a' });
    $counter.set({ count: 2, label: 'b' });
    expect($counter.get()).toEqual({ count: 2, label: 'b' });
    expect($storageMode.get()).toBe('memory');
    expect($storageNotices.get()).toEqual([{ key: 'counter', reason: 'unavailable' }]);
    expect(storage.getItem(KEY)).toBeNull();
  });

  it('no storage at all (private mode): memory mode from the start', () => {
    configureStorage({ storage: null });
    expect($storageMode.get()).toBe('memory');
    expect($storageNotices.get()).toEqual([{ key: 'counter', reason: 'unavailable' }]);
    $counter.set({ count: 3, label: '' });
    expect($counter.get().count).toBe(3);
  });

  it('a storage that throws on every read: memory mode, initial value', () => {
    start(undefined, new BlockedStorage());
    expect($counter.get()).toEqual(initial);
    expect($storageMode.get()).toBe('memory');
    expect($storageNotices.get().map((n) => n.reason)).toEqual(['unavailable']);
  });

  it('writes each set as { version, value } while storage works', () => {
    $counter.set({ count: 9, label: 'x' });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ version: 3, value: { count: 9, label: 'x' } });
  });
});

describe('another tab', () => {
  it('its change is taken in, without writing it back', () => {
    const writes = storage.writes;
    receiveStorageEvent({ key: KEY, newValue: envelope(3, { count: 11, label: 'other tab' }), storageArea: storage });
    expect($counter.get()).toEqual({ count: 11, label: 'other tab' });
    expect(storage.writes).toBe(writes);
  });

  it('an older version from it is migrated like a stored one', () => {
    receiveStorageEvent({ key: KEY, newValue: envelope(1, { n: 6 }), storageArea: storage });
    expect($counter.get()).toEqual({ count: 6, label: 'from v2' });
  });

  it('its removal or a cleared storage brings the start back', () => {
    $counter.set({ count: 5, label: '' });
    receiveStorageEvent({ key: KEY, newValue: null, storageArea: storage });
    expect($counter.get()).toEqual(initial);
    $counter.set({ count: 5, label: '' });
    storage.clear();
    receiveStorageEvent({ key: null, newValue: null, storageArea: storage });
    expect($counter.get()).toEqual(initial);
  });

  it('a bad value from it is kept aside, and the trainee told', () => {
    $counter.set({ count: 5, label: '' });
    const raw = envelope(3, { count: -9, label: '' });
    storage.setItem(KEY, raw); // the other tab wrote it before the event arrives
    receiveStorageEvent({ key: KEY, newValue: raw, storageArea: storage });
    expect(keptKeys().map((k) => storage.getItem(k))).toEqual([raw]);
    expect($counter.get()).toEqual(initial);
    expect($storageNotices.get().map((n) => n.reason)).toEqual(['wrong-shape']);
  });

  it('events of other keys or another storage area change nothing', () => {
    $counter.set({ count: 5, label: '' });
    receiveStorageEvent({ key: 'casebook:other', newValue: envelope(3, { count: 1, label: '' }), storageArea: storage });
    receiveStorageEvent({ key: KEY, newValue: envelope(3, { count: 1, label: '' }), storageArea: new MemoryStorage() });
    expect($counter.get()).toEqual({ count: 5, label: '' });
  });
});

/** Any value a newer Casebook might write: a later version, anything as its value. */
const newerEnvelope = fc.record({ version: fc.integer({ min: 4, max: 2 ** 40 }), value: fc.jsonValue() }).map(({ version, value }) => JSON.stringify({ version, value }));

/** What this page may do while a newer value is stored. */
type Action = 'set' | 'reset' | 'import' | 'same-event';
const action = fc.constantFrom<Action>('set', 'reset', 'import', 'same-event');

function act(what: Action, raw: string): void {
  const store = persistedStores().find((s) => s.key === 'counter')!;
  if (what === 'set') $counter.set({ count: $counter.get().count + 1, label: 'older tab' });
  if (what === 'reset') store.reset();
  if (what === 'import') {
    const prepared = store.prepare({ version: 3, value: { count: 1, label: 'from a file' } }, ['stores', 'counter']);
    if (prepared.ok) prepared.commit();
  }
  if (what === 'same-event') receiveStorageEvent({ key: KEY, newValue: raw, storageArea: storage });
}

describe('a value from a newer version', () => {
  it('found on loading: stays exactly where it is, is copied nowhere, and the page says a reload is needed', () => {
    const raw = '{"version":4,"value":{"count":1,"label":"新"}}';
    start(raw);
    expect(storage.getItem(KEY)).toBe(raw);
    expect(keptKeys()).toEqual([]);
    expect($counter.get()).toEqual(initial);
    expect($storageNotices.get()).toEqual([{ key: 'counter', reason: 'too-new' }]);
    expect($storageMode.get()).toBe('local');
  });

  it('written by a newer tab while this page is open: never moved aside, deleted or written over, whatever this page does', () => {
    fc.assert(
      fc.property(newerEnvelope, fc.array(action, { maxLength: 6 }), (raw, actions) => {
        start(envelope(3, { count: 2, label: 'mine' }));
        $counter.set({ count: 3, label: 'mine' });
        storage.setItem(KEY, raw); // the newer tab writes…
        receiveStorageEvent({ key: KEY, newValue: raw, storageArea: storage }); // …and this page hears of it
        for (const what of actions) act(what, raw);
        expect(storage.getItem(KEY)).toBe(raw);
        expect(keptKeys()).toEqual([]);
        // Told once, however often the newer tab writes.
        expect($storageNotices.get()).toEqual([{ key: 'counter', reason: 'too-new' }]);
      }),
      { numRuns: 200 },
    );
  });

  it('written by a newer tab whose event has not arrived yet: the next save finds it first and leaves it', () => {
    $counter.set({ count: 1, label: 'mine' });
    const raw = envelope(4, { count: 1, label: 'newer', more: [1, 2] });
    storage.setItem(KEY, raw);
    $counter.set({ count: 2, label: 'mine' });
    expect(storage.getItem(KEY)).toBe(raw);
    expect($storageNotices.get()).toEqual([{ key: 'counter', reason: 'too-new' }]);
    // The page goes on showing what it had.
    expect($counter.get()).toEqual({ count: 2, label: 'mine' });
  });

  it('while it is held, an export carries it as stored, and an import is refused with the reason', () => {
    const raw = { version: 7, value: { renamed: true } };
    start(JSON.stringify(raw));
    const store = persistedStores().find((s) => s.key === 'counter')!;
    expect(store.snapshot()).toEqual(raw);
    const prepared = store.prepare({ version: 3, value: { count: 1, label: '' } }, ['stores', 'counter']);
    expect(prepared.ok).toBe(false);
    expect(prepared.ok ? [] : prepared.problems).toEqual([expect.stringMatching(/^stores\.counter: .*newer version.*reload/)]);
  });

  it('once the newer value is gone (reset in the newer tab), this page writes again', () => {
    const raw = envelope(5, {});
    storage.setItem(KEY, raw);
    receiveStorageEvent({ key: KEY, newValue: raw, storageArea: storage });
    storage.removeItem(KEY);
    receiveStorageEvent({ key: KEY, newValue: null, storageArea: storage });
    $counter.set({ count: 4, label: 'again' });
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ version: 3, value: { count: 4, label: 'again' } });
  });

  it('an unreadable value written behind this page’s back is kept aside before the next save replaces it', () => {
    $counter.set({ count: 1, label: 'mine' });
    storage.setItem(KEY, 'half a value {');
    $counter.set({ count: 2, label: 'mine' });
    expect(keptKeys().map((k) => storage.getItem(k))).toEqual(['half a value {']);
    expect(JSON.parse(storage.getItem(KEY)!).value).toEqual({ count: 2, label: 'mine' });
    expect($storageNotices.get().map((n) => n.reason)).toEqual(['invalid-json']);
  });
});
