import { useEffect, useState } from 'preact/hooks';
import type { CaseResults } from '../../stores/case-results';
import { fillText } from '../site/fill-text';
import { authoredKey } from './practice';

export interface CaseCardGroup {
  heading: string;
  cards: { id: string; href: string; title: string; about: string }[];
}

interface Props {
  groups: CaseCardGroup[];
  strings: { done: string; best: string; notDone: string };
}

/** The written cases as cards, each marked done with its best score once closed in this browser (text and mark, never colour alone). */
export function CaseCards({ groups, strings: s }: Props) {
  // Stored results show once the store has loaded, after hydration: the server's render knows none, and the list's page stays light.
  const [results, setResults] = useState<CaseResults | null>(null);
  useEffect(() => {
    void import('../../stores/case-results').then(({ $caseResults }) => $caseResults.subscribe(setResults));
  }, []);
  const hydrated = results !== null;
  return (
    <>
      {groups.map((group) => (
        <>
          <h3>{group.heading}</h3>
          <ul class="cards scenario-list">
            {group.cards.map((card) => {
              const result = results?.[authoredKey(card.id)];
              return (
                <li class={`card${result ? ' case-card-done' : ''}`} data-case={card.id}>
                  <h4>
                    <a href={card.href}>{card.title}</a>
                  </h4>
                  <p>{card.about}</p>
                  {hydrated && (
                    <p class={result ? 'case-done' : 'case-todo'}>
                      <span aria-hidden="true">{result ? '✓' : '○'}</span> {result ? `${s.done} · ${fillText(s.best, { n: result.best })}` : s.notDone}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ))}
    </>
  );
}
