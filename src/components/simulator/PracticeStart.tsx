import { useEffect, useState } from 'preact/hooks';
import { nextUnplayedSeed, playedKeys } from './practice';

interface Props {
  /** The practice page's address in the page's language. */
  action: string;
  kinds: { value: string; label: string }[];
  strings: { kind: string; anyKind: string; seed: string; start: string; next: string };
}

/**
 * "Start a practice case": the form draws a case by kind and number. Once the page runs, the
 * number is the first one of that kind not played yet, so the button always opens a new case;
 * without JavaScript it is the first case.
 */
export function PracticeStart({ action, kinds, strings: s }: Props) {
  const [kind, setKind] = useState('');
  const [seed, setSeed] = useState(1);
  const [played, setPlayed] = useState<Set<string> | null>(null);

  useEffect(() => {
    void Promise.all([import('../../stores/saved-play'), import('../../stores/case-results')]).then(([{ $savedPlay }, { $caseResults }]) => {
      // Kept current for the page's life: a case closed in another tab moves the number on.
      const read = () => setPlayed(playedKeys($savedPlay.get(), $caseResults.get()));
      read();
      $savedPlay.listen(read);
      $caseResults.listen(read);
    });
  }, []);
  useEffect(() => {
    if (played) setSeed(nextUnplayedSeed(played, kind));
  }, [played, kind]);

  return (
    <form method="get" action={action}>
      <div class="field">
        <label for="practice-kind">{s.kind}</label>
        <select id="practice-kind" name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          <option value="">{s.anyKind}</option>
          {kinds.map((k) => (
            <option value={k.value}>{k.label}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="practice-seed">{s.seed}</label>
        <input
          id="practice-seed"
          name="seed"
          type="number"
          min="0"
          step="1"
          value={seed}
          onInput={(e) => setSeed(Number(e.currentTarget.value))}
          aria-describedby={played ? 'practice-seed-hint' : undefined}
        />
        {played && (
          <p id="practice-seed-hint" class="field-hint">
            {s.next}
          </p>
        )}
      </div>
      <button type="submit">{s.start}</button>
    </form>
  );
}
