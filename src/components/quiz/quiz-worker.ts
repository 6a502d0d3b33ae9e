/// <reference lib="webworker" />
import { setRuleData } from '../../build/rule-data';
import { setRuleProse, type RuleProseTable } from '../../build/rule-prose-data';
import type { AuthoredCase } from '../../engine/quiz/case-questions';
import type { QuizSettings } from '../../engine/quiz/settings';
import type { Marketplace } from '../../engine/policy/team-schema';

/** Draws a quiz off the main thread: generation runs the rules many times, and typing or scrolling must not wait for it. */
export interface QuizRequest {
  settings: QuizSettings;
  scenarios: AuthoredCase[];
  /** The marketplaces the team serves: items are drawn for those. */
  served: Marketplace[];
  prose: RuleProseTable | null;
  /** The rules as JSON, when the build reads them from the page (see rule-data.ts). */
  rules: string | null;
}

self.onmessage = async ({ data }: MessageEvent<QuizRequest>) => {
  setRuleProse(data.prose);
  setRuleData(data.rules);
  // The engine loads after the rules are in place: its registry reads them as it loads.
  const { generateQuiz } = await import('../../engine/quiz/generate');
  self.postMessage(generateQuiz(data.settings, { scenarios: data.scenarios, served: data.served }));
};
