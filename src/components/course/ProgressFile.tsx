import { useState } from 'preact/hooks';
import { MAX_FILE_MEGABYTES } from '../../engine/bounded-json';
import { readChosenFile } from '../../results/chosen-file';
import { exportProgress, importProgress, resetProgress, type ImportRefusal } from '../../stores/progress-file';
import { download } from '../storage/download';
import { fillText } from '../site/fill-text';
import type { ProgressStrings } from './strings';

type Outcome = { ok: true; message: string } | { ok: false; message: string; problems: string[] };

/** What the page says for each way an import is refused; the problems list gives the detail. */
const refusalMessages: Record<ImportRefusal | 'unreadable', keyof ProgressStrings> = {
  'too-large': 'progress.importTooLarge',
  'too-deep': 'progress.importTooDeep',
  'not-json': 'progress.importFailed',
  'no-known-store': 'progress.importNoStore',
  invalid: 'progress.importFailed',
  unreadable: 'progress.importUnreadable',
};

/** All progress as one file: export, import (checked in full first; a bad file changes nothing) and reset with confirmation. */
export function ProgressFile({ strings: s }: { strings: ProgressStrings }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    // The size is checked before the text is read: a huge file is refused at once.
    const file = await readChosenFile(chosen);
    const imported = 'unread' in file ? { ok: false as const, reason: file.unread, problems: [file.problem] } : importProgress(file.text);
    setOutcome(
      imported.ok
        ? { ok: true, message: fillText(s['progress.imported'], { file: file.name }) }
        : { ok: false, message: fillText(s[refusalMessages[imported.reason]], { file: file.name, limit: MAX_FILE_MEGABYTES }), problems: imported.problems },
    );
    // The same file can be chosen again after it is fixed.
    input.value = '';
  };

  const reset = () => {
    if (!confirm(s['progress.resetConfirm'])) return;
    resetProgress();
    setOutcome({ ok: true, message: s['progress.resetDone'] });
  };

  return (
    <section aria-labelledby="file-title" class="controls no-print">
      <h2 id="file-title">{s['progress.file']}</h2>
      <p>{s['progress.fileLead']}</p>
      <p class="button-row">
        <button
          type="button"
          class="export-progress"
          onClick={() => {
            const file = exportProgress(new Date());
            download(file.name, file.text);
          }}
        >
          {s['progress.export']}
        </button>
        <button type="button" class="reset-progress" onClick={reset}>
          {s['progress.reset']}
        </button>
      </p>
      <div class="field">
        <label for="progress-import">{s['progress.import']}</label>
        <span id="progress-import-hint" class="field-hint">
          {s['progress.importHint']}
        </span>
        <input
          id="progress-import"
          type="file"
          accept="application/json,.json"
          aria-describedby="progress-import-hint"
          onChange={(event) => void importFile(event.currentTarget)}
        />
      </div>
      <div role="status" class="progress-file-status">
        {outcome?.ok && <p class="note">{outcome.message}</p>}
      </div>
      <div role="alert" class="progress-file-problems">
        {outcome && !outcome.ok && (
          <div class="problem">
            <p>{outcome.message}</p>
            <ul>
              {outcome.problems.map((problem) => (
                <li key={problem}>
                  <code>{problem}</code>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
