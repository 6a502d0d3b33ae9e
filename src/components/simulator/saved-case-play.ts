import type * as SavedCase from '../../stores/saved-case-read';
import type * as SavedPlay from '../../stores/saved-play';

/** What the case player uses of the saved-play store: reading a case checked by replay, saving, forgetting, following another tab's saves, and whether the browser keeps it. */
export type SavedCasePlay = Pick<typeof SavedCase, 'readCasePlay'> & Pick<typeof SavedPlay, 'saveCaseTrace' | 'forgetPlay' | 'playIsKept' | 'followPlay' | 'isFurtherTrace'>;

/** The store and its zod schema load with the game, not with the page's first script. */
export async function loadSavedCasePlay(): Promise<SavedCasePlay> {
  const [read, store] = await Promise.all([import('../../stores/saved-case-read'), import('../../stores/saved-play')]);
  return {
    readCasePlay: read.readCasePlay,
    saveCaseTrace: store.saveCaseTrace,
    forgetPlay: store.forgetPlay,
    playIsKept: store.playIsKept,
    followPlay: store.followPlay,
    isFurtherTrace: store.isFurtherTrace,
  };
}
