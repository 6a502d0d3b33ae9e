import { performance } from 'node:perf_hooks';

/** Times `run` over every input after a warm-up and prints median and p95 against a target. */
export function measure<T>(name: string, inputs: T[], run: (input: T) => unknown, target: number): void {
  for (const input of inputs.slice(0, 500)) run(input); // warm up the JIT
  const times = inputs.map((input) => {
    const start = performance.now();
    run(input);
    return performance.now() - start;
  });
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const p95 = at(0.95);
  console.log(
    `${name.padEnd(11)} n=${inputs.length}  median ${at(0.5).toFixed(4)} ms  p95 ${p95.toFixed(4)} ms  target p95 ≤ ${target} ms  ${p95 <= target ? 'met' : 'MISSED'}`,
  );
}
