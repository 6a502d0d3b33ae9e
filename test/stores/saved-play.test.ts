import { beforeEach, describe, expect, it } from 'vitest';
import { generateScenario, type Decision } from '../../src/engine/simulator';
import { generateShift, initialShiftState, openCase, stepShift } from '../../src/engine/simulator/shift';
import { $storageNotices } from '../../src/stores/notices';
import { configureStorage, receiveStorageEvent } from '../../src/stores/persisted';
import { exportProgress, importProgress } from '../../src/stores/progress-file';
import { readCasePlay } from '../../src/stores/saved-case-read';
import { $savedPlay, followPlay, forgetPlay, isFurtherTrace, playIsKept, saveCaseTrace, saveShiftState } from '../../src/stores/saved-play';
import { readShiftPlay } from '../../src/stores/saved-shift-read';
import { $storageMode } from '../../src/stores/storage-mode';
import { fixedClock, MemoryStorage } from './memory-storage';
import { policy } from '../../src/engine/loaded-policy';

const STORE = 'casebook:saved-play';
const scenario = generateScenario(policy, { seed: 3, kind: 'amazon-message', topic: 'damaged' });
const key = 'practice:3||amazon-message|damaged';
const triage: Decision = { type: 'triage', kind: 'amazon-message', deadline: 'MSG-2.reply', urgency: 'due-soon' };
const stock: Decision = { type: 'check', check: 'check-stock' };
const refund: Decision = { type: 'resolve', action: { type: 'full-refund' } };

let storage: MemoryStorage;
const clock = fixedClock('2026-03-01T09:00:00Z');
beforeEach(() => {
  storage = new MemoryStorage();
  configureStorage({ storage, now: clock.now });
});
const reload = () => configureStorage({ storage, now: clock.now });
const stored = () => JSON.parse(storage.getItem(STORE) ?? 'null') as { version: number; value: Record<string, unknown> } | null;
const kept = () => Object.keys(storage.entries()).filter((k) => k.startsWith('casebook-kept:saved-play:'));

describe('a case’s saved play', () => {
  it('is kept in the versioned store and read back after a reload', () => {
    saveCaseTrace(key, [triage, stock]);
    expect(stored()).toEqual({ version: 1, value: { [key]: { trace: [triage, stock] } } });
    reload();
    expect(readCasePlay(key, scenario)).toEqual({ trace: [triage, stock] });
  });

  it('a trace with a decision the case refuses is kept aside, the trainee told, and the case starts fresh', () => {
    const refused = [triage, { type: 'check', check: 'no-such-check' }];
    storage.setItem(STORE, JSON.stringify({ version: 1, value: { [key]: { trace: refused } } }));
    reload();
    const read = readCasePlay(key, scenario);
    expect(read.trace).toEqual([]);
    expect(kept()).toEqual([read.keptAs]);
    expect(JSON.parse(storage.getItem(read.keptAs!)!).entry).toEqual({ trace: refused });
    expect($storageNotices.get()).toContainEqual({ key: 'saved-play', reason: 'wrong-shape', keptAs: read.keptAs });
    expect($savedPlay.get()[key]).toBeUndefined();
  });

  it('a trace that cannot even be copied aside stays where it is, untouched, and play goes on in memory', () => {
    const refused = { trace: [triage, { type: 'check', check: 'no-such-check' }] };
    const text = JSON.stringify({ version: 1, value: { [key]: refused } });
    storage.setItem(STORE, text);
    storage.refuseKey = (k) => k.startsWith('casebook-kept:');
    reload();
    expect(readCasePlay(key, scenario)).toEqual({ trace: [] });
    expect($storageNotices.get()).toContainEqual({ key: 'saved-play', reason: 'wrong-shape' });
    expect(saveCaseTrace(key, [triage])).toEqual([triage]);
    forgetPlay(key);
    expect(storage.getItem(STORE)).toBe(text);
  });

  it('a stale tab’s step does not replace the steps another tab saved; the stale tab gets them', () => {
    saveCaseTrace(key, [triage]);
    // Another tab goes two steps further; its write arrives here as a storage event.
    const other = JSON.stringify({ version: 1, value: { [key]: { trace: [triage, stock, refund] } } });
    storage.setItem(STORE, other);
    receiveStorageEvent({ key: STORE, newValue: other, storageArea: storage });
    // This tab still shows one step and takes a different second one.
    expect(saveCaseTrace(key, [triage, refund])).toEqual([triage, stock, refund]);
    expect(storage.getItem(STORE)).toBe(other);
    // A step that continues the saved trace is saved.
    expect(saveCaseTrace(key, [triage, stock, refund, { type: 'pick-draft', draft: 0 }])).toHaveLength(4);
    expect(stored()!.value[key]).toEqual({ trace: [triage, stock, refund, { type: 'pick-draft', draft: 0 }] });
  });

  it('a page following its case hears another tab’s further steps, and takes them only when they go as far or further', () => {
    saveCaseTrace(key, [triage]);
    const heard: unknown[] = [];
    const stop = followPlay(key, (entry) => heard.push(entry));
    const other = JSON.stringify({ version: 1, value: { [key]: { trace: [triage, stock] } } });
    storage.setItem(STORE, other);
    receiveStorageEvent({ key: STORE, newValue: other, storageArea: storage });
    expect(heard).toEqual([{ trace: [triage, stock] }]);
    expect(isFurtherTrace([triage, stock], [triage])).toBe(true);
    expect(isFurtherTrace([triage], [triage, stock])).toBe(false);
    expect(isFurtherTrace([triage, stock], [triage, stock])).toBe(false);
    stop();
    saveCaseTrace(key, [triage, stock, refund]);
    expect(heard).toHaveLength(1);
  });

  it('"start again" forgets the saved play, so a shorter trace is saved again', () => {
    saveCaseTrace(key, [triage, stock]);
    forgetPlay(key);
    expect(saveCaseTrace(key, [])).toEqual([]);
    expect(stored()!.value[key]).toEqual({ trace: [] });
  });

  it('full storage: nothing thrown, play goes on in memory and the trainee is told', () => {
    storage.refuseWrites = true;
    expect(() => saveCaseTrace(key, [triage])).not.toThrow();
    expect($savedPlay.get()[key]).toEqual({ trace: [triage] });
    expect(playIsKept()).toBe(false);
    expect($storageMode.get()).toBe('memory');
    expect($storageNotices.get()).toContainEqual({ key: 'saved-play', reason: 'unavailable' });
  });
});

describe('a shift’s saved play', () => {
  const shift = generateShift(policy, 7);
  const shiftKey = `shift:${shift.seed}`;

  it('a corrupt day (current 99, now "garbage") is kept aside as it was and the day starts fresh', () => {
    const corrupt = { ...initialShiftState(shift), current: 99, now: 'garbage' };
    storage.setItem(STORE, JSON.stringify({ version: 1, value: { [shiftKey]: { state: corrupt } } }));
    reload();
    const read = readShiftPlay(shiftKey, shift);
    expect(read.state).toBeNull();
    expect(kept()).toEqual([read.keptAs]);
    expect(JSON.parse(storage.getItem(read.keptAs!)!).entry).toEqual({ state: corrupt });
    expect($storageNotices.get()).toContainEqual({ key: 'saved-play', reason: 'wrong-shape', keptAs: read.keptAs });
    // Read again, it is simply a fresh day: nothing breaks on the next load.
    reload();
    expect(readShiftPlay(shiftKey, shift)).toEqual({ state: null });
  });

  it.each([
    ['a current case that is not in the day', { current: 99 }],
    ['a clock no calendar has', { now: '2026-02-30T09:00:00Z' }],
    ['a case too many', { traces: [...initialShiftState(generateShift(policy, 7)).traces, []] }],
  ])('%s is kept aside', (_, change) => {
    saveShiftState(shiftKey, { ...initialShiftState(shift), ...change });
    const read = readShiftPlay(shiftKey, shift);
    expect(read.state).toBeNull();
    expect(read.keptAs).toMatch(/^casebook-kept:saved-play:shift:7:/);
  });

  it('a day in play is read back as it was saved, and another tab’s further play is not replaced', () => {
    const waiting = shift.cases.findIndex((c) => c.arrivesAt <= shift.startsAt);
    const opened = openCase(policy, shift, initialShiftState(shift), waiting).state;
    const stepped = stepShift(policy, shift, opened, { type: 'triage', kind: shift.cases[waiting]!.scenario.facts.kind, deadline: 'none', urgency: 'due-soon' });
    expect(stepped.accepted).toBe(true);
    const further = stepped.state;
    saveShiftState(shiftKey, further);
    reload();
    expect(readShiftPlay(shiftKey, shift)).toEqual({ state: further });
    // A tab still at the opening cannot write it back over the step.
    expect(saveShiftState(shiftKey, opened)).toEqual(further);
    expect(stored()!.value[shiftKey]).toEqual({ state: further });
  });
});

describe('games saved under the old keys', () => {
  it('move into the store once, each old key removed after the store holds it', () => {
    storage.setItem('casebook-case:authored:a', JSON.stringify({ version: 1, trace: [triage] }));
    reload();
    expect(readCasePlay('authored:a', scenario)).toEqual({ trace: [triage] });
    expect(storage.getItem('casebook-case:authored:a')).toBeNull();
    expect(stored()!.value['authored:a']).toEqual({ trace: [triage] });
  });

  it('stay where they are when the store cannot be written', () => {
    const old = JSON.stringify({ version: 1, trace: [triage] });
    storage.setItem('casebook-case:authored:a', old);
    storage.refuseKey = (k) => k === STORE;
    reload();
    expect(readCasePlay('authored:a', scenario)).toEqual({ trace: [triage] });
    expect(storage.getItem('casebook-case:authored:a')).toBe(old);
    expect($storageNotices.get()).toContainEqual({ key: 'saved-play', reason: 'unavailable' });
  });

  it('unreadable ones are kept aside as they were, not lost', () => {
    storage.setItem('casebook-case:authored:a', '{not json');
    reload();
    expect(readCasePlay('authored:a', scenario)).toEqual({ trace: [] });
    expect(storage.getItem('casebook-case:authored:a')).toBeNull();
    expect(kept().map((k) => storage.getItem(k))).toEqual(['{not json']);
  });
});

describe('the progress file', () => {
  it('exports saved play and imports it back', () => {
    saveCaseTrace(key, [triage, stock]);
    const file = exportProgress(new Date('2026-03-05T12:00:00Z'));
    expect(JSON.parse(file.text).stores['saved-play']).toEqual({ version: 1, value: { [key]: { trace: [triage, stock] } } });
    configureStorage({ storage: new MemoryStorage(), now: clock.now });
    expect(importProgress(file.text)).toEqual({ ok: true });
    expect($savedPlay.get()).toEqual({ [key]: { trace: [triage, stock] } });
  });
});
