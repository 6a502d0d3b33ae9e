import { createLrsSender, type LrsSender } from '../../results/lrs-sender';
import { lrsConfigFrom } from '../../results/lrs-config';
import type { Statement } from '../../results/xapi-statement';
import { $lrsQueue } from '../../stores/lrs-queue';

/**
 * Results go to a learning record store only when the site was built with one
 * (PUBLIC_LRS_ENDPOINT and PUBLIC_LRS_AUTH; the build refuses a malformed pair). Sending
 * never blocks the trainee: statements are queued, retried with backoff, and kept while offline.
 */
const configured = lrsConfigFrom({ PUBLIC_LRS_ENDPOINT: import.meta.env.PUBLIC_LRS_ENDPOINT, PUBLIC_LRS_AUTH: import.meta.env.PUBLIC_LRS_AUTH });

let sender: LrsSender | null = null;

function lrs(): LrsSender | null {
  if (!configured?.ok) return null;
  sender ??= createLrsSender({
    ...configured.config,
    fetch: (url, init) => fetch(url, init),
    scheduler: { setTimer: (run, ms) => setTimeout(run, ms), clearTimer: (handle) => clearTimeout(handle as number) },
    isOnline: () => navigator.onLine,
    queueStore: { load: () => $lrsQueue.get(), save: (queue) => $lrsQueue.set(queue) },
    watchOnline: (listener) => {
      addEventListener('online', listener);
      return () => removeEventListener('online', listener);
    },
  });
  return sender;
}

export function sendToLrs(statements: Statement[]): void {
  lrs()?.send(statements);
}

/** Sends what an earlier visit left queued. */
export function flushLrs(): void {
  void lrs()?.flush();
}
