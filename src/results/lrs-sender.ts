import { XAPI_VERSION, type Statement } from './xapi-statement';

/**
 * Sends statements to a learning record store without ever holding the trainee up: `send`
 * queues a batch and returns at once; batches go out in order; a network error, a 5xx or a 429
 * is retried with a growing delay (2 s, 4 s, 8 s … up to a cap) and after the last attempt the
 * batch simply stays queued for the next send, flush or return online; a 4xx the store will
 * never accept is dropped and reported. Fetch, timers, the online state and the queue's
 * storage are all passed in, so the browser wires the real ones and tests fake them.
 */

/** The part of `fetch` used here; the global `fetch` fits. */
export type LrsFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string },
) => Promise<{ status: number; headers?: { get(name: string): string | null } }>;

export interface LrsScheduler {
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface LrsQueueStore {
  load(): Statement[][];
  save(queue: Statement[][]): void;
}

/** A problem's code; its words for a trainee are the catalog's `lrs.problem.<kind>`. */
export type LrsProblemKind = 'rejected' | 'gave-up' | 'storage';

export interface LrsProblem {
  kind: LrsProblemKind;
  /** The HTTP status, when the store answered. */
  status?: number;
  /** How many statements the problem concerns. */
  statements: number;
  detail: string;
}

export interface LrsRetry {
  firstDelayMs: number;
  maxDelayMs: number;
  /** Attempts per batch before it waits for the next send, flush or return online. */
  maxAttempts: number;
}

export const defaultRetry: LrsRetry = { firstDelayMs: 2_000, maxDelayMs: 60_000, maxAttempts: 6 };

export interface LrsSenderOptions {
  /** The store's xAPI endpoint, without `/statements`. */
  endpoint: string;
  /** The whole Authorization header value: `Basic …`. */
  auth: string;
  fetch: LrsFetch;
  scheduler: LrsScheduler;
  isOnline: () => boolean;
  queueStore: LrsQueueStore;
  onProblem?: (problem: LrsProblem) => void;
  /** Called with a listener to run when the browser is back online; returns an unsubscribe. */
  watchOnline?: (listener: () => void) => () => void;
  retry?: Partial<LrsRetry>;
}

export interface LrsSender {
  /** Queues statements to send. Returns at once and never throws. */
  send(statements: Statement[]): void;
  /** Sends what is queued now (cancelling a waiting retry); resolves when done or waiting again. Never rejects. */
  flush(): Promise<void>;
  /** Batches still queued. */
  pending(): number;
  /** Stops listening and cancels a waiting retry; the queue stays stored. */
  dispose(): void;
}

type Outcome = { kind: 'delivered' } | { kind: 'rejected'; status?: number } | { kind: 'retry'; status?: number; waitMs: number };

/** The backoff before attempt `attempt + 1`: doubling from the first delay, capped. */
export const backoffMs = (retry: LrsRetry, attempt: number): number => Math.min(retry.maxDelayMs, retry.firstDelayMs * 2 ** (attempt - 1));

const isBatch = (value: unknown): value is Statement[] => Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'object' && entry !== null);

export function createLrsSender(options: LrsSenderOptions): LrsSender {
  const retry: LrsRetry = { ...defaultRetry, ...options.retry };
  const url = `${options.endpoint.replace(/\/+$/, '')}/statements`;
  const headers = { 'X-Experience-API-Version': XAPI_VERSION, 'Content-Type': 'application/json', Authorization: options.auth };

  const report = (problem: LrsProblem) => {
    try {
      options.onProblem?.(problem);
    } catch {
      // A failing listener must not stop the queue.
    }
  };

  let queue: Statement[][] = [];
  try {
    const stored: unknown = options.queueStore.load();
    queue = Array.isArray(stored) ? stored.filter(isBatch) : [];
  } catch (error) {
    report({ kind: 'storage', statements: 0, detail: `cannot load the queue: ${String(error)}` });
  }

  let attempts = 0;
  let timer: { handle: unknown } | null = null;
  let running: Promise<void> | null = null;
  // A batch queued while a flush is finishing could miss it: the flush then runs once more.
  let queuedWhileRunning = false;

  const persist = () => {
    try {
      options.queueStore.save(queue);
    } catch (error) {
      report({ kind: 'storage', statements: queue.reduce((sum, batch) => sum + batch.length, 0), detail: `cannot save the queue: ${String(error)}` });
    }
  };

  const cancelRetry = () => {
    if (timer) options.scheduler.clearTimer(timer.handle);
    timer = null;
  };

  async function post(batch: Statement[]): Promise<Outcome> {
    let body: string;
    try {
      body = JSON.stringify(batch);
    } catch {
      // A batch that cannot even be written out would block the queue for good.
      return { kind: 'rejected' };
    }
    let response: Awaited<ReturnType<LrsFetch>>;
    try {
      response = await options.fetch(url, { method: 'POST', headers, body });
    } catch {
      return { kind: 'retry', waitMs: 0 };
    }
    const { status } = response;
    if (status >= 200 && status < 300) return { kind: 'delivered' };
    if (status === 429 || status >= 500) {
      // A store that says when to come back is believed, if that is later than the backoff.
      const seconds = Number(response.headers?.get('Retry-After') ?? NaN);
      return { kind: 'retry', status, waitMs: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0 };
    }
    if (status >= 400) return { kind: 'rejected', status };
    return { kind: 'retry', status, waitMs: 0 };
  }

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      if (!options.isOnline()) return;
      const batch = queue[0]!;
      const outcome = await post(batch);
      if (outcome.kind === 'retry') {
        attempts += 1;
        if (attempts >= retry.maxAttempts) {
          attempts = 0;
          report({
            kind: 'gave-up',
            ...(outcome.status === undefined ? {} : { status: outcome.status }),
            statements: batch.length,
            detail: `${retry.maxAttempts} attempts failed; the batch stays queued`,
          });
          return;
        }
        const handle = options.scheduler.setTimer(
          () => {
            timer = null;
            void flush();
          },
          Math.max(backoffMs(retry, attempts), outcome.waitMs),
        );
        timer = { handle };
        return;
      }
      attempts = 0;
      queue = queue.slice(1);
      persist();
      if (outcome.kind === 'rejected')
        report({
          kind: 'rejected',
          ...(outcome.status === undefined ? {} : { status: outcome.status }),
          statements: batch.length,
          detail: outcome.status === undefined ? 'the batch cannot be written as JSON; it was dropped' : `the store answered ${outcome.status}; the batch was dropped`,
        });
    }
  }

  function flush(): Promise<void> {
    if (running) return running;
    cancelRetry();
    running = drain()
      .catch((error: unknown) => report({ kind: 'gave-up', statements: 0, detail: `sending stopped: ${String(error)}` }))
      .finally(() => {
        running = null;
        const again = queuedWhileRunning && !timer;
        queuedWhileRunning = false;
        if (again) void flush();
      });
    return running;
  }

  const stopWatching = (() => {
    try {
      return (
        options.watchOnline?.(() => {
          attempts = 0;
          void flush();
        }) ?? null
      );
    } catch {
      return null;
    }
  })();

  return {
    send(statements) {
      try {
        if (!isBatch(statements)) return;
        queue = [...queue, statements.slice()];
        persist();
        // A waiting retry keeps its schedule: sending now would only hammer a store that is down.
        if (running) queuedWhileRunning = true;
        else if (!timer) void flush();
      } catch (error) {
        report({ kind: 'gave-up', statements: 0, detail: `cannot queue: ${String(error)}` });
      }
    },
    flush,
    pending: () => queue.length,
    dispose() {
      cancelRetry();
      try {
        stopWatching?.();
      } catch {
        // Nothing to undo.
      }
    },
  };
}
