import { $storageMode } from '../../stores/storage-mode';
import { $storageNotices, dismissNotice, keptAsideFile, type StorageNotice } from '../../stores/notices';
import { downloadKeptAsideLabel, leftInPlaceMessage, noticeMessages, reloadLabel } from '../../stores/notice-messages';
import type { Lang } from '../../engine/text';
import { download } from './download';
import { useStore } from './use-store';

interface Strings {
  title: string;
  keptAs: string;
  dismiss: string;
}

/** A value that could not be copied aside stays in place; a newer version's value stays in place by design. */
const copyFailed = (n: StorageNotice) => n.reason !== 'unavailable' && n.reason !== 'too-new' && !n.keptAs;

/**
 * What the trainee must know about stored progress: what could not be read and where it was
 * kept, with the kept-aside data to download; that a newer version's progress waits for a
 * reload; or that nothing will be kept in this browser.
 */
export function StorageNotices({ lang, strings: s }: { lang: Lang; strings: Strings }) {
  const notices = useStore($storageNotices);
  const mode = useStore($storageMode);
  const shown = notices.filter((n) => n.reason !== 'unavailable' || mode === 'memory');
  if (!shown.length) return null;
  const kept = shown.some((n) => n.keptAs);
  const newer = shown.some((n) => n.reason === 'too-new');
  return (
    <section class="storage-notices note" role="status" aria-labelledby="storage-notices-title">
      <h2 id="storage-notices-title">{s.title}</h2>
      <ul>
        {shown.map((n) => (
          <li key={`${n.key}|${n.reason}|${n.keptAs ?? ''}`} data-reason={n.reason}>
            {noticeMessages[n.reason][lang]}
            {copyFailed(n) && ` ${leftInPlaceMessage[lang]}`}
            {n.keptAs && (
              <>
                {' '}
                {s.keptAs} <code>{n.keptAs}</code>
              </>
            )}{' '}
            <button type="button" class="link-button" onClick={() => dismissNotice(n)}>
              {s.dismiss}
            </button>
          </li>
        ))}
      </ul>
      {newer && (
        <button type="button" class="reload-page" onClick={() => location.reload()}>
          {reloadLabel[lang]}
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
          {downloadKeptAsideLabel[lang]}
        </button>
      )}
    </section>
  );
}
