/// <reference lib="webworker" />
import { setEngineText } from '../../build/engine-text-data';
import type { EngineTextTable } from '../../build/engine-text';
import { setRuleProse, type RuleProseTable } from '../../build/rule-prose-data';
import { generateQuiz } from '../../engine/quiz/generate';
import type { AuthoredCase } from '../../engine/quiz/case-questions';
import type { QuizSettings } from '../../engine/quiz/settings';

/** Draws a quiz off the main thread: generation runs the rules many times, and typing or scrolling must not wait for it. */
export interface QuizRequest {
  settings: QuizSettings;
  scenarios: AuthoredCase[];
  prose: RuleProseTable | null;
  /** The engine's words, when the build reads them from the page (see engine-text.ts). */
  text: EngineTextTable | null;
}

self.onmessage = ({ data }: MessageEvent<QuizRequest>) => {
  setRuleProse(data.prose);
  setEngineText(data.text);
  self.postMessage(generateQuiz(data.settings, { scenarios: data.scenarios }));
};
