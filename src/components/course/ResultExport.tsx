import { useState } from 'preact/hooks';
import type { L10n } from '../../engine/text';
import type { ModuleResult } from '../../results';
import { download } from '../storage/download';
import { courseResultFile } from './course-result';
import { fillText } from '../site/fill-text';
import type { ProgressStrings } from './strings';

interface Props {
  name: string;
  title: L10n;
  modules: ModuleResult[];
  moduleCount: number;
  durationMs: number;
  strings: ProgressStrings;
}

/** The course result for a trainer: a checksummed JSON file, or the same as xAPI statements. */
export function ResultExport({ name, title, modules, moduleCount, durationMs, strings: s }: Props) {
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (as: 'file' | 'xapi') => {
    setFailure(null);
    try {
      const file = await courseResultFile({ traineeName: name, title, modules, durationMs, homePage: location.origin, now: new Date() }, as);
      download(file.name, file.text);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  const ready = name !== '' && modules.length > 0;
  return (
    <section aria-labelledby="result-title" class="controls no-print">
      <h2 id="result-title">{s['progress.result']}</h2>
      <p>{s['progress.resultLead']}</p>
      {modules.length === 0 ? <p>{s['progress.resultNothing']}</p> : <p>{fillText(s['progress.resultModules'], { n: modules.length, total: moduleCount })}</p>}
      {modules.length > 0 && name === '' && <p class="note">{s['progress.resultNeedsName']}</p>}
      {ready && (
        <p class="button-row">
          <button type="button" onClick={() => void save('file')}>
            {s['progress.downloadResult']}
          </button>
          <button type="button" onClick={() => void save('xapi')}>
            {s['progress.downloadXapi']}
          </button>
        </p>
      )}
      <div role="alert">
        {failure && (
          <p class="problem">
            {s['progress.resultFailed']} {failure}
          </p>
        )}
      </div>
    </section>
  );
}
