import { $storageMode } from '../../stores/storage-mode';
import { $storageNotices, dismissNotice, keptAsideFile } from '../../stores/notices';
import { downloadKeptAsideLabel, leftInPlaceMessage, noticeMessages } from '../../stores/notice-messages';
import type { Lang } from '../../engine/text';
import { download } from './download';
import { useStore } from './use-store';

interface Strings {
  title: string;
  keptAs: string;
  dismiss: string;
}

/**
 * What the trainee must know about stored progress: what could not be read and where it was
 * kept, with the kept-aside data to download; or that nothing will be kept in this browser.
 */
export function StorageNotices({ lang, strings: s }: { lang: Lang; strings: Strings }) {
  const notices = useStore($storageNotices);
  const mode = useStore($storageMode);
  const shown = notices.filter((n) => n.reason !== 'unavailable' || mode === 'memory');
  if (!shown.length) return null;
  const kept = shown.some((n) => n.keptAs);
  return (
    <section class="storage-notices note" role="status" aria-labelledby="storage-notices-title">
      <h2 id="storage-notices-title">{s.title}</h2>
      <ul>
        {shown.map((n) => (
          <li key={`${n.key}|${n.reason}|${n.keptAs ?? ''}`}>
            {noticeMessages[n.reason][lang]}
            {n.reason !== 'unavailable' && !n.keptAs && ` ${leftInPlaceMessage[lang]}`}
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
