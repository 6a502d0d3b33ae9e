import type { KeysWith } from '../../i18n';

/** The UI strings every part of the trainer page reads: the `trainer.*` keys (and the duration units) in the page's language. */
export type TrainerStrings = Record<KeysWith<'trainer.' | 'duration.'>, string>;
