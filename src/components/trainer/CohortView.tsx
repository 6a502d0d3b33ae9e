import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../engine/text';
import { cohortOfUnread, loadCohort, type Cohort } from '../../results/cohort';
import type { ChosenFile } from '../../results/chosen-file';
import { cohortCsv, ruleMissesCsv } from '../../results/cohort-csv';
import { csvWordsOf } from './csv-words';
import { CohortTable } from './CohortTable';
import { cohortSummary } from './cohort-summary';
import { download } from '../storage/download';
import { datedFileName } from './dated-file-name';

/** The byte-order mark is what tells Excel the file is UTF-8, so Chinese names read right. */
const downloadCsv = (name: string, csv: string) => download(name, `\uFEFF${csv}`, 'text/csv');
import { distinctFiles } from './distinct-files';
import { DuplicateFiles } from './DuplicateFiles';
import { FilePicker } from './FilePicker';
import { RejectedFiles } from './RejectedFiles';
import { RenderGuard } from '../site/RenderGuard';
import { RuleMissTable } from './RuleMissTable';
import type { TrainerStrings } from './trainer-strings';

interface Props {
  lang: Lang;
  /** Locale tag for numbers and dates, e.g. `en` or `zh-CN`. */
  locale: string;
  /** `/rules/` in the page's language. */
  rulesPath: string;
  /** Rule ID → title in the page's language (the islands do not fetch the rules file for titles alone). */
  ruleTitles: Record<string, string>;
  strings: TrainerStrings;
}

/** What the files read as, and which files that was: a newer choice makes it stale. */
interface Loaded {
  files: ChosenFile[];
  cohort: Cohort;
  repeated: string[];
}

const INPUT_ID = 'trainer-files';

/**
 * The trainer's cohort: result files in (chosen or dropped, as many at a time as wanted), the
 * table, the weakest rules and the CSV files out. Every file is read in this browser; the raw
 * files stay in memory and the whole cohort is worked out again from them on each addition.
 */
export function CohortView({ lang, locale, rulesPath, ruleTitles, strings: s }: Props) {
  const [files, setFiles] = useState<ChosenFile[]>([]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let latest = true;
    const { distinct, repeated } = distinctFiles(files);
    // loadCohort names each bad file itself; should it fail as a whole, every file is named rather than the page reading forever.
    void loadCohort(distinct)
      .catch((error: unknown) => cohortOfUnread(distinct, `(root): could not be read (${error instanceof Error ? error.message : String(error)})`))
      .then((cohort) => latest && setLoaded({ files, cohort, repeated }));
    return () => {
      latest = false;
    };
  }, [files]);

  // While newer files are read, the last cohort stays on screen (no flash of an empty page); the status says so.
  const reading = files.length > 0 && loaded?.files !== files;
  const shown = files.length > 0 ? loaded : null;
  const cohort = shown?.cohort;

  const clear = () => {
    setFiles([]);
    setLoaded(null);
    // The button goes away with the files; focus goes where the next step starts.
    document.getElementById(INPUT_ID)?.focus();
  };

  return (
    <div class="trainer controls">
      <FilePicker inputId={INPUT_ID} onFiles={(added) => setFiles((held) => [...held, ...added])} strings={s} />
      <p id="trainer-summary" class="cohort-summary" role="status">
        {files.length === 0
          ? s['trainer.empty']
          : reading || !shown || !cohort
            ? s['trainer.reading']
            : cohortSummary({ loaded: cohort.rows.length, rejected: cohort.rejected.length, duplicates: cohort.duplicates.length + shown.repeated.length }, s)}
      </p>
      {files.length > 0 && (
        <p class="tool-actions">
          <button type="button" id="trainer-clear" onClick={clear}>
            {s['trainer.clear']}
          </button>
        </p>
      )}
      {shown && cohort && (
        <>
          {cohort.rejected.length > 0 && <RejectedFiles rejected={cohort.rejected} strings={s} />}
          {cohort.duplicates.length + shown.repeated.length > 0 && <DuplicateFiles duplicates={cohort.duplicates} repeated={shown.repeated} strings={s} />}
          {cohort.rows.length > 0 && (
            <RenderGuard
              retryOn={cohort}
              fallback={(error) => (
                <p class="problems" role="alert">
                  {s['trainer.showFailed']} <span lang="en">({error instanceof Error ? error.message : String(error)})</span>
                </p>
              )}
            >
              <section class="cohort-results" aria-labelledby="trainer-cohort-heading">
                <h2 id="trainer-cohort-heading">{s['trainer.cohortHeading']}</h2>
                <CohortTable rows={cohort.rows} lang={lang} locale={locale} strings={s} />
                <p class="tool-actions">
                  <button
                    type="button"
                    id="trainer-download-cohort"
                    aria-describedby="trainer-csv-note"
                    onClick={() => downloadCsv(datedFileName('cohort', new Date()), cohortCsv(cohort.rows, lang, csvWordsOf(s)))}
                  >
                    {s['trainer.downloadCohort']}
                  </button>
                </p>
                <p id="trainer-csv-note" class="field-hint">
                  {s['trainer.downloadsLead']}
                </p>
              </section>
              <section class="weakest-rules" aria-labelledby="trainer-rules-heading">
                <h2 id="trainer-rules-heading">{s['trainer.rulesHeading']}</h2>
                <p>{s['trainer.rulesLead']}</p>
                <RuleMissTable misses={cohort.ruleMisses} rulesPath={rulesPath} titles={ruleTitles} locale={locale} strings={s} />
                <p class="tool-actions">
                  <button
                    type="button"
                    id="trainer-download-rules"
                    aria-describedby="trainer-csv-note"
                    onClick={() => downloadCsv(datedFileName('rule-misses', new Date()), ruleMissesCsv(cohort.ruleMisses, csvWordsOf(s), ruleTitles))}
                  >
                    {s['trainer.downloadRules']}
                  </button>
                </p>
              </section>
            </RenderGuard>
          )}
        </>
      )}
    </div>
  );
}
