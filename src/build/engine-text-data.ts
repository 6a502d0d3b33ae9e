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

/** The reader of one module's texts; a text is looked up when it is read. */
export function engineTexts(module: string): (index: number) => L10n {
  const entry = (index: number) => {
    const found = pageEngineText()?.[module]?.[index];
    if (!found) throw new Error(`engine text ${module} #${index} is not on this page: ${MISSING_ENGINE_TEXT}`);
    return found;
  };
  // A page that carries one language (a tool page: nothing there is shown, stored or sent in the other) gives it for both.
  return (index) => ({
    get en() {
      return entry(index)[0];
    },
    get 'zh-cn'() {
      const found = entry(index);
      return found[1] ?? found[0];
    },
  });
}
