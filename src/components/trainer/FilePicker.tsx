import { useEffect, useRef, useState } from 'preact/hooks';
import { readChosenFiles, type ChosenFile } from '../../results/chosen-file';
import type { TrainerStrings } from './trainer-strings';

interface Props {
  onFiles: (files: ChosenFile[]) => void;
  /** Lets the page move focus back to the input (after "clear"). */
  inputId: string;
  strings: TrainerStrings;
}

// A file too large or unreadable still comes through, with its reason, so the page names it.
const readAll = (list: FileList | null): Promise<ChosenFile[]> => readChosenFiles(list ?? []);

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * The file input, inside a box that also takes dropped files. The input is the way in that
 * works everywhere (keyboard, screen reader, phone); dropping is a shortcut beside it.
 */
export function FilePicker({ onFiles, inputId, strings: s }: Props) {
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const take = async (list: FileList | null) => {
    const files = await readAll(list);
    if (files.length > 0) onFiles(files);
  };

  useEffect(() => {
    // Files chosen before the page finished starting are still in the input: read them now.
    if (input.current?.files?.length) void take(input.current.files).then(() => input.current && (input.current.value = ''));
    // A file dropped beside the box would make the browser open it and leave the page, losing the cohort.
    const keep = (event: DragEvent) => carriesFiles(event) && event.preventDefault();
    window.addEventListener('dragover', keep);
    window.addEventListener('drop', keep);
    return () => {
      window.removeEventListener('dragover', keep);
      window.removeEventListener('drop', keep);
    };
  }, []);

  return (
    <div
      class={`drop-zone${dragging ? ' is-dragging' : ''}`}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void take(event.dataTransfer?.files ?? null);
      }}
    >
      <label for={inputId}>{s['trainer.filesLabel']}</label>
      <p id={`${inputId}-hint`} class="field-hint">
        {s['trainer.filesHint']}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby={`${inputId}-hint`}
        onChange={(event) => {
          const field = event.currentTarget;
          // Emptied after reading, so choosing the same files again still adds them (and is counted as a repeat).
          void take(field.files).then(() => (field.value = ''));
        }}
      />
      {dragging && (
        <p class="drop-here" aria-hidden="true">
          {s['trainer.dropHere']}
        </p>
      )}
    </div>
  );
}
