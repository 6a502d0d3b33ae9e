/// <reference lib="webworker" />
import type { AuthoredCase } from '../../engine/quiz/case-questions';
import type { QuizSettings } from '../../engine/quiz/settings';
import type { Marketplace } from '../../engine/policy/team-schema';
import { sayingBoth, type QuizWords } from './quiz-words';

/** Draws a quiz off the main thread: generation runs the rules many times, and typing or scrolling must not wait for it. */
export interface QuizRequest {
  settings: QuizSettings;
  scenarios: AuthoredCase[];
  /** The marketplaces the team serves: items are drawn for those. */
  served: Marketplace[];
  /** The engine's words the items are written in, both languages. */
  words: QuizWords;
}

self.onmessage = async ({ data }: MessageEvent<QuizRequest>) => {
  // Imported here, not above: the engine fetches its rules as it loads (/policy/rules.json, from the cache the page
  // filled), and a message that arrived while the worker's own module was still waiting could be lost.
  const [{ generateQuiz }, { policy }] = await Promise.all([import('../../engine/quiz/generate'), import('../../engine/loaded-policy')]);
  self.postMessage(generateQuiz(policy, data.settings, { scenarios: data.scenarios, served: data.served, say: sayingBoth(data.words) }));
};
