import type { KeysWith } from '../../i18n';

/** The UI strings the quiz islands use, the engine's names of the areas, and the reply checker's explanations (a fix-the-reply answer's). */
export type QuizStrings = Record<KeysWith<'quiz.' | 'storage.' | 'engine.area.' | 'engine.reply.explanation.' | 'engine.list.lines'>, string>;
