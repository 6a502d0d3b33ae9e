import type { CaseKind } from '../../engine/case-kinds';
import type { DecodedFacts } from '../../engine/facts-link';
import type { GenerateOptions } from '../../engine/simulator';

/**
 * A generated practice case from the page's address: `?seed=42&kind=amazon-message&topic=damaged`,
 * or `?case=v1.…&seed=…` for a case like one entered in the decision helper. The same
 * address always gives the same case.
 */
export function practiceFromSearch(search: string, decode: (code: string) => DecodedFacts): { options: GenerateOptions; key: string; problem: boolean } {
  const params = new URLSearchParams(search);
  const seed = Number.parseInt(params.get('seed') ?? '', 10);
  const options: GenerateOptions = { seed: Number.isFinite(seed) && seed >= 0 ? seed : 1 };
  let problem = params.has('seed') && options.seed !== seed;
  const code = params.get('case');
  if (code) {
    const decoded = decode(code);
    if (decoded.ok) options.facts = decoded.facts;
    else problem = true;
  } else {
    const kind = params.get('kind');
    const topic = params.get('topic');
    if (kind) options.kind = kind as CaseKind;
    if (topic) options.topic = topic;
  }
  return { options, key: practiceKey(options.seed, code ?? '', options.kind, options.topic), problem };
}

/** The key a case's play and score are kept under: one per written case, one per practice address. */
export const practiceKey = (seed: number, code = '', kind = '', topic = ''): string => `practice:${seed}|${code}|${kind}|${topic}`;
export const authoredKey = (id: string): string => `authored:${id}`;

/** The simulator page that plays a practice case, for a link from elsewhere (a quiz, the helper). */
export const practiceSearch = (seed: number, kind?: CaseKind, topic?: string): string =>
  `?seed=${seed}${kind ? `&kind=${kind}` : ''}${kind && topic ? `&topic=${encodeURIComponent(topic)}` : ''}`;

/** The cases a trainee has played, by key: a saved play with a step taken, or a score. Opening a case alone does not count. */
export function playedKeys(saved: Readonly<Record<string, object>>, results: Readonly<Record<string, unknown>>): Set<string> {
  const stepped = Object.entries(saved).filter(([, entry]) => 'trace' in entry && Array.isArray(entry.trace) && entry.trace.length > 0);
  return new Set([...stepped.map(([key]) => key), ...Object.keys(results)]);
}

/** The first case number from `from` up whose practice case of this kind and topic has not been played: "a new case". */
export function nextUnplayedSeed(played: ReadonlySet<string>, kind = '', topic = '', from = 1): number {
  let seed = Math.max(0, Math.floor(from));
  while (played.has(practiceKey(seed, '', kind, topic))) seed++;
  return seed;
}
