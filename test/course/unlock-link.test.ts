import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { unlockRequestOf, withoutUnlock } from '../../src/components/course/unlock-link';
import { $courseSettings } from '../../src/stores/course-settings';
import { configureStorage } from '../../src/stores/persisted';
import { fixedClock, MemoryStorage } from '../stores/memory-storage';

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: fixedClock('2026-03-01T09:00:00Z').now });
});

/** Link query strings of every sort, unlock requests among them. */
const search = fc.oneof(
  fc.constantFrom('?unlock=all', '?unlock=none', '?unlock=maybe', '?unlock=', '?unlock=all&unlock=none', '?module=orientation&unlock=all', ''),
  fc.dictionary(fc.constantFrom('unlock', 'module', 'seed', 'x'), fc.oneof(fc.constantFrom('all', 'none'), fc.string())).map((d) => `?${new URLSearchParams(d)}`),
  // A query string ends where a fragment begins.
  fc.string().map((s) => `?${s.replaceAll('#', '')}`),
);

describe('a trainer’s unlock link', () => {
  it('reading it changes no saved setting, whatever it says', () => {
    fc.assert(
      fc.property(search, fc.boolean(), (query, unlocked) => {
        $courseSettings.set({ unlocked });
        const before = storage.entries();
        unlockRequestOf(query);
        expect($courseSettings.get()).toEqual({ unlocked });
        expect(storage.entries()).toEqual(before);
      }),
    );
  });

  it('asks for all or none, and anything else is unknown', () => {
    expect(['?unlock=all', '?unlock=none', '?unlock=ALL', '?x=1'].map(unlockRequestOf)).toEqual(['all', 'none', 'unknown', null]);
  });

  it('once answered, the address loses the request and keeps the rest', () => {
    fc.assert(
      fc.property(search, fc.constantFrom('/course/', '/zh-cn/course/orientation/'), fc.constantFrom('', '#check-title'), (query, path, hash) => {
        const stripped = new URL(withoutUnlock(`https://casebook.test${path}${query}${hash}`), 'https://casebook.test');
        const original = new URL(`${path}${query}${hash}`, 'https://casebook.test');
        expect(stripped.searchParams.has('unlock')).toBe(false);
        original.searchParams.delete('unlock');
        expect(stripped.href).toBe(original.href);
      }),
    );
  });
});
