import type { KeysWith } from '../../i18n';

/** The UI strings the quiz islands use, and the engine's names of the areas. */
export type QuizStrings = Record<KeysWith<'quiz.' | 'storage.' | 'engine.area.'>, string>;
