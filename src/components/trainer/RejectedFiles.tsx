import type { RejectedFile } from '../../results/cohort';
import { fileProblemText } from './file-problem-text';
import type { TrainerStrings } from './trainer-strings';

interface Props {
  rejected: RejectedFile[];
  strings: TrainerStrings;
}

/** Each file that did not load: its name, why in the page's language, and the field-level detail. */
export function RejectedFiles({ rejected, strings: s }: Props) {
  return (
    <section class="rejected-files" aria-labelledby="trainer-rejected">
      <h2 id="trainer-rejected">
        <span aria-hidden="true">✕</span> {s['trainer.rejectedHeading']}
      </h2>
      <p>{s['trainer.rejectedLead']}</p>
      <ul>
        {rejected.map((file, i) => (
          <li key={`${file.name}-${i}`} class="rejected-file">
            <strong class="file-name">{file.name}</strong>
            {': '}
            <span class="rejected-reasons">{file.kinds.map((kind) => fileProblemText(kind, s)).join(s['trainer.separator'])}</span>
            <details>
              <summary>{s['trainer.problemDetails']}</summary>
              {/* The field-level detail comes from the file reader, in English on both pages. */}
              <ul lang="en">
                {file.problems.map((problem) => (
                  <li>{problem}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
