import { caseSubject } from '../../engine/fact-words-both';
import type { Scenario } from '../../engine/simulator/scenario';
import type { Lang } from '../../engine/text';

/** How many characters of the buyer's first message an inbox line shows. */
const FIRST_WORDS = 60;

export interface InboxLine {
  /** The marketplace, or eBay and its site. */
  place: string;
  /** The buyer's first words before triage (in English, as written); the case's kind after. */
  text: string;
  lang: Lang;
  triaged: boolean;
}

/** The buyer's first message cut at a word near `FIRST_WORDS` characters, with an ellipsis when cut. */
export function firstWords(text: string, max = FIRST_WORDS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:!?-]+$/, '')}…`;
}

/**
 * A case's line in the shift inbox. Before triage it shows what a real inbox shows, the buyer's
 * words and the marketplace, so the line does not answer triage; once triaged, the kind.
 */
export function inboxLine(scenario: Pick<Scenario, 'facts' | 'messages'>, triaged: boolean, lang: Lang): InboxLine {
  const { facts } = scenario;
  const place = 'marketplace' in facts ? facts.marketplace : `eBay ${facts.site}`;
  if (triaged) return { place, text: caseSubject(facts)[lang], lang, triaged };
  return { place, text: firstWords(scenario.messages[0]!.text), lang: 'en', triaged };
}
