import { useState } from 'preact/hooks';

interface Props {
  id: string;
  url: string;
  strings: { label: string; copy: string; copied: string };
}

/** A link to this exact state of a tool, in a field to select and a button to copy. */
export function ShareLink({ id, url, strings }: Props) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="share-link">
      <label for={id}>{strings.label}</label>
      <div class="share-link-row">
        <input id={id} type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <button type="button" onClick={copy}>
          {strings.copy}
        </button>
      </div>
      <p class="visually-hidden" role="status">
        {copied ? strings.copied : ''}
      </p>
    </div>
  );
}
