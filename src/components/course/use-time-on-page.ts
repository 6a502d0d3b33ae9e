import { useEffect } from 'preact/hooks';
import { addTime } from '../../stores/course-progress';

/** How often time is banked while the page stays visible, so a crash loses at most this much. */
const BANK_EVERY_MS = 30_000;

/**
 * Counts the time a module page is visible and adds it to the module: every half minute, when
 * the page is hidden (another tab, a minimised window) and when it is left. Hidden time is not
 * counted, so a tab left open overnight does not inflate the record.
 */
export function useTimeOnPage(moduleId: string, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let since: number | null = document.visibilityState === 'visible' ? performance.now() : null;
    const bank = () => {
      if (since === null) return;
      const now = performance.now();
      addTime(moduleId, now - since);
      since = now;
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') since = performance.now();
      else {
        bank();
        since = null;
      }
    };
    const tick = setInterval(bank, BANK_EVERY_MS);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', bank);
    return () => {
      bank();
      clearInterval(tick);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', bank);
    };
  }, [moduleId, active]);
}
