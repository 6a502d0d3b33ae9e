import { hashSeed } from '../simulator/random';
import { paramsOf, type QuizSettings } from './settings';

/** A quiz's ID: the same settings, seed included, give the same one. Apart from the generator, so a page can name a quiz without loading it. */
export const quizIdOf = (settings: QuizSettings): string => `quiz-${hashSeed('quiz', paramsOf(settings).toString()).toString(36)}`;
