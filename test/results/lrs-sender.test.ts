import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  createLrsSender,
  defaultRetry,
  readResultFile,
  statementsFor,
  type LrsFetch,
  type LrsProblem,
  type LrsSenderOptions,
  type Statement,
} from '../../src/results';
import { validFile } from './fixtures';

type Reply = number | 'network' | { status: number; retryAfter: string };

interface Timer {
  run: () => void;
  ms: number;
  cleared: boolean;
  ran: boolean;
}

/** A sender wired to fakes: replies given in turn (then 200), timers run by hand, online switched by hand. */
function harness(replies: Reply[] = [], options: Partial<LrsSenderOptions> & { stored?: Statement[][] } = {}) {
  const calls: { url: string; headers: Record<string, string>; body: Statement[] }[] = [];
  const timers: Timer[] = [];
  const saves: Statement[][][] = [];
  const problems: LrsProblem[] = [];
  const online = { now: true, listener: null as null | (() => void), unsubscribed: false };
  const fetch: LrsFetch = async (url, init) => {
    calls.push({ url, headers: init.headers, body: JSON.parse(init.body) as Statement[] });
    const reply = replies.shift() ?? 200;
    if (reply === 'network') throw new TypeError('Failed to fetch');
    const { status, retryAfter } = typeof reply === 'number' ? { status: reply, retryAfter: null } : reply;
    return { status, headers: { get: (name: string) => (name.toLowerCase() === 'retry-after' ? retryAfter : null) } };
  };
  const sender = createLrsSender({
    endpoint: 'https://lrs.example.com/xapi/',
    auth: 'Basic a2V5OnNlY3JldA==',
    fetch,
    scheduler: {
      setTimer: (run, ms) => {
        const timer: Timer = { run, ms, cleared: false, ran: false };
        timers.push(timer);
        return timer;
      },
      clearTimer: (handle) => void ((handle as Timer).cleared = true),
    },
    isOnline: () => online.now,
    queueStore: { load: () => structuredClone(options.stored ?? []), save: (queue) => void saves.push(structuredClone(queue)) },
    onProblem: (problem) => void problems.push(problem),
    watchOnline: (listener) => {
      online.listener = listener;
      return () => void (online.unsubscribed = true);
    },
    ...options,
  });
  const waiting = () => timers.filter((timer) => !timer.cleared && !timer.ran);
  /** Runs the one waiting retry, as the clock would, and waits for the flush it starts. */
  const fireTimer = async () => {
    const [timer] = waiting();
    if (!timer) throw new Error('no retry is waiting');
    timer.ran = true;
    timer.run();
    await sender.flush();
  };
  return { sender, calls, timers, saves, problems, online, waiting, fireTimer };
}

const statements = async (index: number): Promise<Statement[]> => {
  const read = await readResultFile((await validFile('lrs', index, 'quiz')).text);
  if (!read.ok) throw new Error(read.problems.join('; '));
  return statementsFor(read.file, { homePage: 'https://casebook.example.com' });
};

describe('sending statements to a record store', () => {
  it('POSTs each batch to /statements with the xAPI headers', async () => {
    const batch = await statements(0);
    const { sender, calls, saves } = harness();
    sender.send(batch);
    await sender.flush();
    expect(calls).toEqual([
      {
        url: 'https://lrs.example.com/xapi/statements',
        headers: { 'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json', Authorization: 'Basic a2V5OnNlY3JldA==' },
        body: batch,
      },
    ]);
    expect(sender.pending()).toBe(0);
    expect(saves.at(-1)).toEqual([]);
  });

  it('send returns at once, before the store answers, and never waits for it', async () => {
    let answer: (() => void) | undefined;
    const { sender } = harness([], { fetch: () => new Promise((resolve) => (answer = () => resolve({ status: 200 }))) });
    const returned = sender.send(await statements(0));
    expect(returned).toBeUndefined();
    expect(sender.pending()).toBe(1);
    answer!();
    await sender.flush();
    expect(sender.pending()).toBe(0);
  });

  it('on 503 retries with a growing delay, up to the cap, then keeps the batch queued and says so', async () => {
    const retry = { firstDelayMs: 2_000, maxDelayMs: 20_000, maxAttempts: 7 };
    const { sender, calls, timers, problems, waiting, fireTimer } = harness(Array(retry.maxAttempts).fill(503), { retry });
    sender.send(await statements(0));
    await sender.flush();
    while (waiting().length > 0) await fireTimer();
    const delays = timers.map((timer) => timer.ms);
    expect(calls).toHaveLength(retry.maxAttempts);
    expect(delays).toHaveLength(retry.maxAttempts - 1);
    expect(delays[0]).toBe(retry.firstDelayMs);
    delays.slice(1).forEach((delay, i) => {
      expect(delay).toBeGreaterThanOrEqual(delays[i]!);
      expect(delay === retry.maxDelayMs || delay === 2 * delays[i]!).toBe(true);
    });
    expect(Math.max(...delays)).toBe(retry.maxDelayMs);
    expect(sender.pending()).toBe(1);
    expect(problems).toEqual([expect.objectContaining({ kind: 'gave-up', status: 503 })]);
    // The next flush tries again, and this time the store is back.
    await sender.flush();
    expect(sender.pending()).toBe(0);
  });

  it('the default backoff doubles from 2 s and stops at its cap', () => {
    const delays = Array.from({ length: 12 }, (_, i) => backoffMs(defaultRetry, i + 1));
    expect(delays[0]).toBe(defaultRetry.firstDelayMs);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBe(Math.min(defaultRetry.maxDelayMs, delays[i - 1]! * 2));
  });

  it('a network error is retried like a 5xx, and the batch goes once the store answers', async () => {
    const { sender, calls, problems, fireTimer } = harness(['network', 500]);
    sender.send(await statements(0));
    await sender.flush();
    await fireTimer();
    await fireTimer();
    expect(calls).toHaveLength(3);
    expect(sender.pending()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('a 429 waits at least as long as the store asks', async () => {
    const { sender, timers } = harness([{ status: 429, retryAfter: '30' }]);
    sender.send(await statements(0));
    await sender.flush();
    expect(timers[0]!.ms).toBeGreaterThanOrEqual(30_000);
    expect(sender.pending()).toBe(1);
  });

  it('a 400 drops the batch, reports it, and the next batch still goes', async () => {
    const [first, second] = [await statements(0), await statements(1)];
    const { sender, calls, problems, timers } = harness([400]);
    sender.send(first);
    sender.send(second);
    await sender.flush();
    await sender.flush();
    expect(calls.map((call) => call.body)).toEqual([first, second]);
    expect(problems).toEqual([expect.objectContaining({ kind: 'rejected', status: 400, statements: first.length })]);
    expect(timers).toEqual([]);
    expect(sender.pending()).toBe(0);
  });

  it('batches keep their order through a retry, and a send while a retry waits does not jump the queue', async () => {
    const [first, second] = [await statements(0), await statements(1)];
    const { sender, calls, fireTimer } = harness([503]);
    sender.send(first);
    await sender.flush();
    sender.send(second);
    expect(calls).toHaveLength(1);
    await fireTimer();
    expect(calls.map((call) => call.body)).toEqual([first, first, second]);
    expect(sender.pending()).toBe(0);
  });

  it('offline: stays queued (and stored), then goes when back online', async () => {
    const batch = await statements(0);
    const { sender, calls, saves, online } = harness();
    online.now = false;
    sender.send(batch);
    await sender.flush();
    expect(calls).toEqual([]);
    expect(sender.pending()).toBe(1);
    expect(saves.at(-1)).toEqual([batch]);
    online.now = true;
    online.listener!();
    await sender.flush();
    expect(calls.map((call) => call.body)).toEqual([batch]);
    expect(sender.pending()).toBe(0);
  });

  it('a queue stored by an earlier page is sent', async () => {
    const batch = await statements(0);
    const { sender, calls } = harness([], { stored: [batch] });
    expect(sender.pending()).toBe(1);
    await sender.flush();
    expect(calls.map((call) => call.body)).toEqual([batch]);
  });

  it('never throws into the caller, whatever fails underneath', async () => {
    const batch = await statements(0);
    const failing = harness([], {
      fetch: () => {
        throw new Error('fetch exploded');
      },
      isOnline: () => true,
      queueStore: {
        load: () => {
          throw new Error('storage unavailable');
        },
        save: () => {
          throw new Error('quota exceeded');
        },
      },
      onProblem: () => {
        throw new Error('listener exploded');
      },
    });
    expect(() => failing.sender.send(batch)).not.toThrow();
    await expect(failing.sender.flush()).resolves.toBeUndefined();
    expect(failing.sender.pending()).toBe(1);

    const unsure = harness([], {
      isOnline: () => {
        throw new Error('no navigator');
      },
    });
    expect(() => unsure.sender.send(batch)).not.toThrow();
    await expect(unsure.sender.flush()).resolves.toBeUndefined();
    expect(() => unsure.sender.send(null as unknown as Statement[])).not.toThrow();
  });

  it('dispose cancels a waiting retry and stops listening', async () => {
    const { sender, online, waiting } = harness([503]);
    sender.send(await statements(0));
    await sender.flush();
    expect(waiting()).toHaveLength(1);
    sender.dispose();
    expect(waiting()).toHaveLength(0);
    expect(online.unsubscribed).toBe(true);
  });
});
