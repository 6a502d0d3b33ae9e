import { z } from 'zod';
import { dateProblem } from '../engine/dates';
import { keepEntryAside } from './keep-entry-aside';
import { persistedAtom } from './persisted';
import { $storageMode } from './storage-mode';
import { storeKeyOf } from './storage-keys';
import { storageSetup } from './storage-setup';

/**
 * Simulator play that survives a reload, keyed as the players key it (`authored:<id>`,
 * `practice:<seed>|…`, `shift:<seed>`): a case's trace of decisions, or a shift's state. The
 * schema holds the shape only; whether an entry still fits its case (every decision accepted,
 * the shift's place and clock in range) is checked when a page reads it with its case
 * (`saved-play-read.ts`), and an entry that does not is kept aside, the page starting fresh.
 */

const traceSchema = z.array(z.unknown());

export const shiftStateSchema = z.object({
  version: z.literal(1),
  now: z.string(),
  openedAt: z.array(z.string().nullable()),
  traces: z.array(traceSchema),
  current: z.number().nullable(),
  slips: z.array(z.object({ opened: z.number(), before: z.number() })),
  ended: z.boolean(),
});
export type SavedShiftState = z.infer<typeof shiftStateSchema>;

export const savedPlayEntrySchema = z.union([z.object({ trace: traceSchema }).strict(), z.object({ state: shiftStateSchema }).strict()]);
export type SavedPlayEntry = z.infer<typeof savedPlayEntrySchema>;

export const savedPlaySchema = z.record(z.string(), savedPlayEntrySchema);
export type SavedPlay = z.infer<typeof savedPlaySchema>;

export const SAVED_PLAY_KEY = 'saved-play';

export const $savedPlay = persistedAtom<SavedPlay>({
  key: SAVED_PLAY_KEY,
  version: 1,
  schema: savedPlaySchema,
  migrations: {},
  initial: {},
});

/** False once the browser stopped keeping data: play goes on in memory, and the store has told the trainee. */
export const playIsKept = (): boolean => $storageMode.get() === 'local';

const isPrefix = (short: readonly unknown[], long: readonly unknown[]): boolean =>
  short.length <= long.length && short.every((d, i) => JSON.stringify(d) === JSON.stringify(long[i]));

/** Entries that could not be used nor copied aside: left where they are, never written over while this page runs. */
const leftInPlaceEntries = new Set<string>();
let leftInPlaceSetup = storageSetup();

/** The entries left in place under the current storage (a new storage setup starts with none). */
function leftInPlace(): Set<string> {
  if (storageSetup() !== leftInPlaceSetup) {
    leftInPlaceEntries.clear();
    leftInPlaceSetup = storageSetup();
  }
  return leftInPlaceEntries;
}

function put(key: string, entry: SavedPlayEntry): void {
  if (leftInPlace().has(key)) return;
  $savedPlay.set({ ...$savedPlay.get(), [key]: entry });
}

/**
 * Saves a case's trace and returns the trace now saved. A trace saved by another tab that this
 * one does not continue is kept: its steps are newer than this tab's view, so this tab's step
 * is refused and the caller shows the saved trace instead.
 */
export function saveCaseTrace(key: string, trace: readonly unknown[]): unknown[] {
  const saved = leftInPlace().has(key) ? undefined : $savedPlay.get()[key];
  if (saved && 'trace' in saved && !isPrefix(saved.trace, trace)) return saved.trace;
  put(key, { trace: [...trace] });
  return [...trace];
}

/** True when `next` goes on from `saved`: every case's steps kept, every opening kept, an ended day not reopened. */
export function continuesShift(saved: SavedShiftState, next: SavedShiftState): boolean {
  if (saved.traces.length !== next.traces.length || (saved.ended && !next.ended)) return false;
  return saved.traces.every((t, i) => isPrefix(t, next.traces[i] ?? [])) && saved.openedAt.every((at, i) => at === null || at === next.openedAt[i]);
}

/** Saves a shift's state and returns the state now saved: another tab's further play is kept, as for a case. */
export function saveShiftState<S extends SavedShiftState>(key: string, state: S): S {
  const saved = leftInPlace().has(key) ? undefined : $savedPlay.get()[key];
  if (saved && 'state' in saved && !continuesShift(saved.state, state)) return saved.state as S;
  put(key, { state });
  return state;
}

/** Calls `listener` with the entry under `key` whenever it changes, another tab's save included. Returns the unsubscribe. */
export function followPlay(key: string, listener: (entry: SavedPlayEntry | undefined) => void): () => void {
  let last = $savedPlay.get()[key];
  return $savedPlay.listen((all) => {
    const entry = all[key];
    if (entry === last) return;
    last = entry;
    listener(entry);
  });
}

/** A saved trace this page should show instead of its own: another tab's, as far as this one's or further, and not the same. */
export const isFurtherTrace = (saved: readonly unknown[], shown: readonly unknown[]): boolean =>
  saved.length >= shown.length && JSON.stringify(saved) !== JSON.stringify(shown);

/** "Start again": the entry goes, so nothing of the last play is resumed. */
export function forgetPlay(key: string): void {
  const all = $savedPlay.get();
  if (!(key in all) || leftInPlace().has(key)) return;
  const { [key]: _gone, ...rest } = all;
  $savedPlay.set(rest);
}

/** Why a shift state cannot be resumed for a day of `cases` cases, or null when it can. */
export function shiftStateProblem(state: SavedShiftState, cases: number): string | null {
  if (state.traces.length !== cases || state.openedAt.length !== cases) return `the day has ${cases} cases, the saved state ${state.traces.length}`;
  const nowProblem = dateProblem(state.now);
  if (nowProblem) return `now: ${nowProblem}`;
  const opened = state.openedAt.findIndex((at) => at !== null && dateProblem(at) !== null);
  if (opened !== -1) return `openedAt.${opened}: ${dateProblem(state.openedAt[opened]!)}`;
  if (state.current !== null && !(Number.isInteger(state.current) && state.current >= 0 && state.current < cases && state.openedAt[state.current] !== null))
    return `current: ${state.current} is not an open case of the day`;
  if (state.slips.some((s) => ![s.opened, s.before].every((n) => Number.isInteger(n) && n >= 0 && n < cases))) return 'slips: a case that is not in the day';
  return null;
}

/**
 * Moves an entry that cannot be used out of the store: a copy under `casebook-kept:saved-play:…`
 * first (the trainee is told, and can download it), then the entry goes. Returns where it was
 * kept, or undefined when it could not be copied (it then stays, and the page plays in memory).
 */
export function setEntryAside(key: string, reason: string): string | undefined {
  const entry = $savedPlay.get()[key];
  if (!entry) return undefined;
  const keptAs = keepEntryAside(SAVED_PLAY_KEY, key, JSON.stringify({ key, reason, entry }));
  if (keptAs) forgetPlay(key);
  else leftInPlace().add(key);
  return keptAs;
}

/** Where the simulator kept games before this store: `casebook-case:<key>` holding `{ version: 1, trace }` or `{ version: 1, state }`. */
export const OLD_PREFIX = 'casebook-case:';

/**
 * Brings games saved under the old keys into the store, once: each old key goes only after the
 * store's write of it has reached storage. Text that cannot be read is kept aside as it is.
 */
export function migrateOldSaves(): void {
  const storage = storageSetup()?.storage;
  if (!storage) return;
  let keys: string[];
  try {
    keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => !!k?.startsWith(OLD_PREFIX));
  } catch {
    return;
  }
  for (const oldKey of keys) {
    const key = oldKey.slice(OLD_PREFIX.length);
    const raw = storage.getItem(oldKey);
    if (raw === null) continue;
    const entry = oldEntry(raw);
    if (!entry) {
      if (keepEntryAside(SAVED_PLAY_KEY, key, raw)) storage.removeItem(oldKey);
      continue;
    }
    if (!(key in $savedPlay.get())) put(key, entry);
    if (storedKeys().has(key)) storage.removeItem(oldKey);
  }
}

function oldEntry(raw: string): SavedPlayEntry | null {
  try {
    const old = JSON.parse(raw) as { version?: unknown; trace?: unknown; state?: unknown } | null;
    if (!old || old.version !== 1) return null;
    const parsed = savedPlayEntrySchema.safeParse('trace' in old ? { trace: old.trace } : { state: old.state });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The entry keys the store's stored text holds right now. */
function storedKeys(): Set<string> {
  try {
    const raw = storageSetup()?.storage?.getItem(storeKeyOf(SAVED_PLAY_KEY));
    const value = raw ? (JSON.parse(raw) as { value?: Record<string, unknown> }).value : undefined;
    return new Set(value && typeof value === 'object' ? Object.keys(value) : []);
  } catch {
    return new Set();
  }
}
