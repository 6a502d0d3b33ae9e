import { useEffect, useState } from 'preact/hooks';
import { setTraineeName } from '../../stores/course-progress';
import type { ProgressStrings } from './strings';

/** The trainee's name for the certificate and result files, saved on "Save" or on leaving the field. */
export function TraineeName({ name, strings: s }: { name: string; strings: ProgressStrings }) {
  // The field keeps what is typed (spaces included) until saved; the store keeps it trimmed.
  const [draft, setDraft] = useState(name);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(name), [name]);

  const save = () => {
    setTraineeName(draft);
    setSaved(true);
  };

  return (
    <section aria-labelledby="name-title" class="controls no-print">
      <h2 id="name-title">{s['progress.name']}</h2>
      <form
        class="name-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <div class="field">
          <label for="trainee-name">{s['progress.nameLabel']}</label>
          <span id="trainee-name-hint" class="field-hint">
            {s['progress.nameHint']}
          </span>
          <input
            id="trainee-name"
            type="text"
            autocomplete="name"
            aria-describedby="trainee-name-hint"
            value={draft}
            onInput={(event) => {
              setDraft(event.currentTarget.value);
              setSaved(false);
            }}
            onChange={save}
          />
        </div>
        <button type="submit">{s['progress.saveName']}</button>
      </form>
      <p role="status" class="form-status">
        {saved ? s['progress.nameSaved'] : ''}
      </p>
    </section>
  );
}
