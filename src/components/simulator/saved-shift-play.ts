import type * as SavedShift from '../../stores/saved-shift-read';
import type * as SavedPlay from '../../stores/saved-play';

/** What the shift player uses of the saved-play store: reading a day checked against it, saving, forgetting, and whether the browser keeps it. */
export type SavedShiftPlay = Pick<typeof SavedShift, 'readShiftPlay'> & Pick<typeof SavedPlay, 'saveShiftState' | 'forgetPlay' | 'playIsKept'>;

/** The store and its zod schema load with the day, not with the page's first script. */
export async function loadSavedShiftPlay(): Promise<SavedShiftPlay> {
  const [read, store] = await Promise.all([import('../../stores/saved-shift-read'), import('../../stores/saved-play')]);
  return { readShiftPlay: read.readShiftPlay, saveShiftState: store.saveShiftState, forgetPlay: store.forgetPlay, playIsKept: store.playIsKept };
}
