import type { KeysWith } from '../../i18n';

/** The UI strings the quiz islands use. */
export type QuizStrings = Record<KeysWith<'quiz.' | 'storage.'>, string>;
