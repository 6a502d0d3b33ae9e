/**
 * Runs a stepwise job (a generator that yields between small pieces of work) in slices of
 * about `sliceMs`, giving the thread back between slices, so keystrokes and paints are never
 * held up for long while the search builds: no slice is a long task (50 ms) on its own.
 */
export async function runInSlices<T>(steps: Generator<unknown, T>, sliceMs = 8): Promise<T> {
  for (;;) {
    const end = performance.now() + sliceMs;
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (performance.now() >= end) break;
    }
    await giveBack();
  }
}

/** Lets input and rendering run before the next slice: scheduler.yield where the browser has it, else a new task. */
function giveBack(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
