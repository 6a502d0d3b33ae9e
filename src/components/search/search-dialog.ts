import { runInSlices } from '../../search/in-slices';
import { searchSteps, type Search, type SearchHit } from '../../search/query';
import type { SearchIndexFile } from '../../search/types';
import { withBase } from '../../i18n/base-path';
import { fillText } from '../site/fill-text';
import { recentSearches, rememberSearch } from './recent-searches';

/**
 * The search dialog and the search page: an accessible combobox over a listbox of results,
 * loaded on first use. It fetches the index once, searches as you type, and sends the reader
 * to the matching section.
 */

interface Config {
  lang: 'en' | 'zh-cn';
  strings: Record<string, string>;
  topics: Record<string, string>;
  searchPage: string;
}

const fetchIndex = (lang: string): Promise<SearchIndexFile> =>
  fetch(withBase(`/search-index/${lang}.json`)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(r.statusText))));
const indexFiles = new Map<string, Promise<SearchIndexFile>>();
const indexFile = (lang: string) => indexFiles.get(lang) ?? indexFiles.set(lang, fetchIndex(lang)).get(lang)!;
/**
 * The reader's language loads when the search opens; the other language only when a query
 * needs it (a word this language's index does not have, or nothing found), and then once.
 * Each search is built in slices between keystrokes, never in one long task.
 */
let ownSearch: Promise<Search> | undefined;
let bothSearch: Promise<Search> | undefined;
/** Both languages' search, once built. */
let both: Search | undefined;
const loadSearch = (lang: string) => (ownSearch ??= indexFile(lang).then((file) => runInSlices(searchSteps([file], true))));
const loadBoth = (lang: string) =>
  (bothSearch ??= loadSearch(lang)
    .then(() => Promise.all([indexFile(lang), indexFile(lang === 'en' ? 'zh-cn' : 'en')]))
    .then((files) => runInSlices(searchSteps(files, true)))
    .then((search) => (both = search)));
/** The handbook page the search was opened from (`amazon/return-requests`), for ranking. */
const openedFrom = () => /\/handbook\/(.+?)\/?$/.exec(location.pathname)?.[1];

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('aria-') || key.startsWith('data-') || key === 'role') node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
};

function highlighted(hit: SearchHit): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const marks = [...hit.marks].sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of marks) {
    if (start < at) continue;
    fragment.append(hit.snippet.slice(at, start), el('mark', {}, hit.snippet.slice(start, end)));
    at = end;
  }
  fragment.append(hit.snippet.slice(at));
  return fragment;
}

/** Builds the search form and results into `root`; returns the input. */
function buildSearchUi(root: HTMLElement, config: Config, mode: 'dialog' | 'page', close?: () => void): HTMLInputElement {
  const s = config.strings;
  const uid = mode;
  const input = el('input', {
    type: 'search',
    id: `${uid}-q`,
    name: 'q',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: s.placeholder,
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${uid}-results`,
  });
  const status = el('p', { className: 'search-status', role: 'status', 'aria-live': 'polite' });
  const list = el('ul', { id: `${uid}-results`, className: 'search-results', role: 'listbox', 'aria-label': s.title });
  const empty = el('div', { className: 'search-empty' });
  const filters: { platform?: 'amazon' | 'ebay'; topic?: string } = {};

  const chipGroup = (label: string, values: [string | undefined, string][], apply: (v: string | undefined) => void) => {
    const group = el(
      'div',
      { className: 'search-chips', role: 'group', 'aria-label': label },
      el('span', { className: 'search-chips-label', 'aria-hidden': 'true' }, `${label}:`),
    );
    const buttons = values.map(([value, name]) => {
      const b = el('button', { type: 'button', className: 'chip', 'aria-pressed': String(value === undefined) }, name);
      b.addEventListener('click', () => {
        buttons.forEach((other) => other.setAttribute('aria-pressed', String(other === b)));
        apply(value);
        run();
      });
      return b;
    });
    group.append(...buttons);
    return group;
  };
  const platformChips = chipGroup(
    s.platform!,
    [
      [undefined, s.all!],
      ['amazon', 'Amazon'],
      ['ebay', 'eBay'],
    ],
    (v) => (filters.platform = v as typeof filters.platform),
  );
  const topicChips = chipGroup(s.topic!, [[undefined, s.all!], ...Object.entries(config.topics)], (v) => (filters.topic = v));

  let hits: SearchHit[] = [];
  let active = -1;
  const optionId = (i: number) => `${uid}-option-${i}`;
  const setActive = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      document.getElementById(optionId(i))?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const go = (url: string) => {
    rememberSearch(input.value);
    close?.();
    location.assign(url);
  };

  /** Buttons that search for a query again: recent searches, suggested terms. */
  const queryButtons = (queries: string[]) =>
    el(
      'ul',
      { className: 'search-recent' },
      ...queries.map((q) => {
        const b = el('button', { type: 'button', className: 'chip' }, q);
        b.addEventListener('click', () => {
          input.value = q;
          void run();
          input.focus();
        });
        return el('li', {}, b);
      }),
    );

  const showRecent = () => {
    const recent = recentSearches();
    list.replaceChildren();
    empty.replaceChildren();
    hits = [];
    input.setAttribute('aria-expanded', 'false');
    if (!recent.length) return;
    empty.append(el('p', { className: 'search-recent-title' }, s.recent!), queryButtons(recent));
  };

  let ticket = 0;
  async function run() {
    const query = input.value;
    if (mode === 'page') history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    const mine = ++ticket;
    if (!query.trim()) return showRecent();
    const options = { lang: config.lang, from: openedFrom(), ...filters };
    let search: Search;
    try {
      search = both ?? (await loadSearch(config.lang));
    } catch {
      status.textContent = s.failed!;
      return;
    }
    if (mine !== ticket) return;
    hits = search(query, options);
    if (!both && (!hits.length || !search.covers(query))) {
      const other = loadBoth(config.lang);
      if (hits.length)
        // Show what this language has now; search again when the other language is in.
        void other.then(
          () => void (mine === ticket && run()),
          () => undefined,
        );
      else {
        // Nothing here: wait for the other language rather than say there are no results.
        try {
          search = await other;
        } catch {
          status.textContent = s.failed!;
          return;
        }
        if (mine !== ticket) return;
        hits = search(query, options);
      }
    }
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const option = el(
          'li',
          { id: optionId(i), role: 'option', 'aria-selected': 'false', className: 'search-hit' },
          el(
            'a',
            { href: hit.section.url, tabIndex: -1 },
            el('span', { className: 'search-path' }, hit.section.path.join(' › ')),
            el('span', { className: 'search-heading' }, hit.section.heading),
            el('span', { className: 'search-snippet' }, highlighted(hit)),
            hit.section.ruleIds.length ? el('span', { className: 'search-rules' }, hit.section.ruleIds.join(' · ')) : '',
          ),
        );
        option.addEventListener('click', (event) => {
          event.preventDefault();
          go(hit.section.url);
        });
        return option;
      }),
    );
    input.setAttribute('aria-expanded', String(hits.length > 0));
    setActive(hits.length ? 0 : -1);
    status.textContent = hits.length === 1 ? s.countOne! : hits.length ? fillText(s.countMany!, { count: hits.length }) : fillText(s.none!, { query });
    empty.replaceChildren();
    if (!hits.length) {
      const suggestions = search.suggest(query);
      if (suggestions.length) empty.append(el('p', {}, `${s.suggest}:`), queryButtons(suggestions));
      if (mode === 'dialog') empty.append(el('p', {}, el('a', { href: `${config.searchPage}?q=${encodeURIComponent(query)}` }, s.page!)));
    }
  }

  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && hits.length) {
      event.preventDefault();
      setActive((active + 1) % hits.length);
    } else if (event.key === 'ArrowUp' && hits.length) {
      event.preventDefault();
      setActive((active - 1 + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[active];
      if (hit) go(hit.section.url);
    }
  });

  const label = el('label', { htmlFor: input.id, className: 'search-label' }, s.label!);
  root.append(label, input, platformChips, topicChips, status, list, empty);
  void loadSearch(config.lang).catch(() => (status.textContent = s.failed!));
  showRecent();
  return input;
}

let dialog: HTMLDialogElement | undefined;
let dialogInput: HTMLInputElement | undefined;

/** Opens the search dialog; Escape or Close returns focus to `opener`. */
export function openSearchDialog(opener: HTMLElement): void {
  const config = JSON.parse(opener.dataset.searchConfig ?? '{}') as Config;
  if (!dialog) {
    dialog = el('dialog', { className: 'search-dialog', 'aria-labelledby': 'search-dialog-title' });
    const close = () => dialog!.close();
    const closeButton = el('button', { type: 'button', className: 'search-close' }, config.strings.close!);
    closeButton.addEventListener('click', close);
    const body = el('div', { className: 'search-body' });
    dialog.append(el('div', { className: 'search-top' }, el('h2', { id: 'search-dialog-title' }, config.strings.title!), closeButton), body);
    dialog.addEventListener('click', (event) => event.target === dialog && close());
    dialog.addEventListener('close', () => opener.focus());
    document.body.append(dialog);
    dialogInput = buildSearchUi(body, config, 'dialog', close);
  }
  dialog.showModal();
  dialogInput!.focus();
  dialogInput!.select();
}

/** The search page: the same search, in the page, with the query kept in the address. */
export function mountSearchPage(root: HTMLElement, config: Config): void {
  const input = buildSearchUi(root, config, 'page');
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    input.dispatchEvent(new Event('input'));
  }
  input.focus();
}
