import { $storageMode } from '../../stores/storage-mode';
import { $storageNotices, dismissNotice, keptAsideFile, type StorageNotice } from '../../stores/notices';
import type { KeysWith } from '../../i18n';
import { download } from './download';
import { useStore } from './use-store';

/** The `storage.*` UI strings in the page's language: a notice's reason is the code its words are keyed by. */
export type StorageStrings = Record<KeysWith<'storage.'>, string>;

/** A value that could not be copied aside stays in place; a newer version's value stays in place by design. */
const copyFailed = (n: StorageNotice) => n.reason !== 'unavailable' && n.reason !== 'too-new' && !n.keptAs;

/**
 * What the trainee must know about stored progress: what could not be read and where it was
 * kept, with the kept-aside data to download; that a newer version's progress waits for a
 * reload; or that nothing will be kept in this browser.
 */
export function StorageNotices({ strings: s }: { strings: StorageStrings }) {
  const notices = useStore($storageNotices);
  const mode = useStore($storageMode);
  const shown = notices.filter((n) => n.reason !== 'unavailable' || mode === 'memory');
  if (!shown.length) return null;
  const kept = shown.some((n) => n.keptAs);
  const newer = shown.some((n) => n.reason === 'too-new');
  return (
    <section class="storage-notices note" role="status" aria-labelledby="storage-notices-title">
      <h2 id="storage-notices-title">{s['storage.title']}</h2>
      <ul>
        {shown.map((n) => (
          <li key={`${n.key}|${n.reason}|${n.keptAs ?? ''}`} data-reason={n.reason}>
            {s[`storage.notice.${n.reason}`]}
            {copyFailed(n) && ` ${s['storage.leftInPlace']}`}
            {n.keptAs && (
              <>
                {' '}
                {s['storage.keptAs']} <code>{n.keptAs}</code>
              </>
            )}{' '}
            <button type="button" class="link-button" onClick={() => dismissNotice(n)}>
              {s['storage.dismiss']}
            </button>
          </li>
        ))}
      </ul>
      {newer && (
        <button type="button" class="reload-page" onClick={() => location.reload()}>
          {s['storage.reload']}
        </button>
      )}{' '}
      {kept && (
        <button
          type="button"
          onClick={() => {
            const file = keptAsideFile();
            download(file.name, file.text);
          }}
        >
          {s['storage.downloadKeptAside']}
        </button>
      )}
    </section>
  );
}
