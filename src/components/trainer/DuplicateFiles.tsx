import type { DuplicateFile } from '../../results/cohort';
import type { TrainerStrings } from './trainer-strings';
import { fillText } from '../site/fill-text';

interface Props {
  /** Files with the checksum of one already loaded: the same result exported or copied twice. */
  duplicates: DuplicateFile[];
  /** The same file chosen again. */
  repeated: string[];
  strings: TrainerStrings;
}

/** Which files were skipped as duplicates, folded away: the count is in the summary above. */
export function DuplicateFiles({ duplicates, repeated, strings: s }: Props) {
  return (
    <details class="duplicate-files">
      <summary>{s['trainer.duplicatesSummary']}</summary>
      <ul>
        {duplicates.map((file) => (
          <li>
            <span class="file-name">{file.name}</span>: {fillText(s['trainer.sameAs'], { name: file.sameAs })}
          </li>
        ))}
        {repeated.map((name) => (
          <li>
            <span class="file-name">{name}</span>: {s['trainer.chosenAgain']}
          </li>
        ))}
      </ul>
    </details>
  );
}
