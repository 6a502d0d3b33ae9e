import type { L10n } from '../engine/text';
import type { EngineTextTable } from './engine-text';

/**
 * In the browser, the engine's words come from the page (see engine-text.ts): the JSON in
 * `<script id="engine-text">`, written by EngineText.astro, or the copy a worker is handed.
 * A text is looked up when it is read, not when its module loads, so importing the engine
 * never fails; reading a text on a page without the table does, loudly, naming the key.
 */
export const ENGINE_TEXT_ID = 'engine-text';
/** In the reader's error, and so in its built code: how the site checks find the pages that read the words. */
export const MISSING_ENGINE_TEXT = 'the page needs <EngineText />';

let table: EngineTextTable | null | undefined;

export function pageEngineText(): EngineTextTable | null {
  if (table === undefined) {
    const data = typeof document === 'undefined' ? null : document.getElementById(ENGINE_TEXT_ID)?.textContent;
    table = data ? (JSON.parse(data) as EngineTextTable) : null;
  }
  return table;
}

/** A worker has no page: it is handed the table. */
export function setEngineText(next: EngineTextTable | null): void {
  table = next;
}

function entry(key: string): [string, string] {
  const found = pageEngineText()?.[key];
  if (!found) throw new Error(`engine text ${key} is not on this page: ${MISSING_ENGINE_TEXT}`);
  return found;
}

export function engineText(key: string): L10n {
  return {
    get en() {
      return entry(key)[0];
    },
    get 'zh-cn'() {
      return entry(key)[1];
    },
  };
}
