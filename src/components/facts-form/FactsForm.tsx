import type { CaseKind } from '../../engine/case-kinds';
import { factLabels } from '../../engine/fact-labels';
import type { Answers, Question } from '../../engine/questions';
import type { Lang } from '../../engine/text';
import { kindsOfPlatform, platformOf, platforms, type Platform } from '../../engine/case-kinds';
import type { CaseForm } from './case-form';
import { fromLocalInput, toLocalInput } from './local-time';
import { say } from '../../i18n/say';
import { optionLabel, questionLabel, type FormLabelStrings } from './question-labels';

interface Props {
  lang: Lang;
  /** Prefix for element IDs, unique per page. */
  id: string;
  form: CaseForm;
  questions: Question[];
  answers: Answers;
  strings: { platform: string; kind: string; caseLegend: string; factsLegend: string; timeZone: string; labels: FormLabelStrings };
  onChange: (form: CaseForm) => void;
}

/** The facts of a case as a form: platform, kind, then only the questions that matter. */
export function FactsForm({ lang, id, form, questions, answers, strings, onChange }: Props) {
  const set = (path: string, value: Answers[string]) => onChange({ ...form, answers: { ...answers, [path]: value } });
  const setKind = (kind: CaseKind) => onChange({ kind, answers: {} });
  const fieldId = (path: string) => `${id}-${path.replace('.', '-')}`;
  const hasDates = questions.some((q) => q.input === 'date');

  return (
    <div class="facts-form">
      <fieldset>
        <legend>{strings.caseLegend}</legend>
        <div class="field">
          <label for={`${id}-platform`}>{strings.platform}</label>
          <select id={`${id}-platform`} value={platformOf(form.kind)} onChange={(e) => setKind(kindsOfPlatform(e.currentTarget.value as Platform)[0]!)}>
            {platforms.map((p) => (
              <option value={p}>{say(strings.labels, lang, factLabels.platform!.values![p]!)}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-kind`}>{strings.kind}</label>
          <select id={`${id}-kind`} value={form.kind} onChange={(e) => setKind(e.currentTarget.value as CaseKind)}>
            {kindsOfPlatform(platformOf(form.kind)).map((k) => (
              <option value={k}>{say(strings.labels, lang, factLabels.kind!.values![k]!)}</option>
            ))}
          </select>
        </div>
      </fieldset>
      <fieldset>
        <legend>{strings.factsLegend}</legend>
        {hasDates && <p class="field-hint">{strings.timeZone}</p>}
        {questions.map((q) => {
          const fid = fieldId(q.path);
          const value = answers[q.path];
          const label = questionLabel(q.path, lang, strings.labels);
          // A yes-no question with an answer to fall back on is a tick box; one that may stay unanswered offers "—" too.
          if (q.input === 'yes-no' && (q.required || q.fallback !== undefined))
            return (
              <div class="field field-check" key={q.path}>
                <input id={fid} type="checkbox" checked={value === true} onChange={(e) => set(q.path, e.currentTarget.checked)} />
                <label for={fid}>{label}</label>
              </div>
            );
          return (
            <div class="field" key={q.path}>
              <label for={fid}>{label}</label>
              {q.input === 'choice' ? (
                <select id={fid} value={String(value ?? '')} onChange={(e) => set(q.path, e.currentTarget.value || undefined)}>
                  {!q.required && <option value="">—</option>}
                  {q.options!.map((o) => (
                    <option value={o}>{optionLabel(q.path, o, lang, strings.labels)}</option>
                  ))}
                </select>
              ) : q.input === 'yes-no' ? (
                <select
                  id={fid}
                  value={value === undefined ? '' : String(value)}
                  onChange={(e) => set(q.path, e.currentTarget.value === '' ? undefined : e.currentTarget.value === 'true')}
                >
                  <option value="">—</option>
                  {['true', 'false'].map((o) => (
                    <option value={o}>{optionLabel(q.path, o, lang, strings.labels)}</option>
                  ))}
                </select>
              ) : q.input === 'number' ? (
                <input
                  id={fid}
                  type="number"
                  inputMode="decimal"
                  min="0"
                  step="0.01"
                  required={q.required}
                  value={value === undefined ? '' : String(value)}
                  onInput={(e) => set(q.path, e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
                />
              ) : (
                <input
                  id={fid}
                  type="datetime-local"
                  required={q.required}
                  value={toLocalInput(value as string | undefined)}
                  onInput={(e) => set(q.path, fromLocalInput(e.currentTarget.value) || undefined)}
                />
              )}
            </div>
          );
        })}
      </fieldset>
    </div>
  );
}
