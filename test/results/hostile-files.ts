import { MAX_FILE_BYTES } from '../../src/engine/bounded-json';
import { checksumOf, type ResultFileProblemKind, type WrittenFile } from '../../src/results';
import { nestedText, setOwn } from './hostile-json';

/**
 * Result files each made to fail one guard, for the unit tests and the trainer page's end-to-end
 * test. Where the file is still small and shallow its checksum is recomputed, so it looks like an
 * honest export and only the guard can catch it.
 */

export type HostileKind = 'offset-out-of-range' | 'nested-200k' | 'duration-1e308' | 'number-1e999' | 'over-size-limit' | 'proto-key';
export const hostileKinds: readonly HostileKind[] = ['offset-out-of-range', 'nested-200k', 'duration-1e308', 'number-1e999', 'over-size-limit', 'proto-key'];

/** The reason each must be refused for. */
export const refusedAs: Record<HostileKind, ResultFileProblemKind> = {
  'offset-out-of-range': 'invalid',
  'nested-200k': 'too-deep',
  'duration-1e308': 'invalid',
  'number-1e999': 'invalid',
  'over-size-limit': 'too-large',
  'proto-key': 'invalid',
};

type Data = Record<string, unknown> & { result: Record<string, unknown>; durationMs: number };

async function signed(data: Data): Promise<string> {
  const { checksum: _old, ...rest } = data;
  return JSON.stringify({ ...rest, checksum: await checksumOf(rest) }, null, 2);
}

/** A valid quiz result file broken one way, under a name that says how. */
export async function hostileFile(kind: HostileKind, good: WrittenFile): Promise<WrittenFile> {
  const data = JSON.parse(good.text) as Data;
  const name = `${kind}-${good.name}`;
  switch (kind) {
    case 'offset-out-of-range':
      // The time-zone offset that blanked the trainer's whole cohort view.
      data.result.finishedAt = `${String(data.result.finishedAt).slice(0, 19)}+99:99`;
      return { name, text: await signed(data) };
    case 'nested-200k':
      return { name, text: good.text.replace(/\}\s*$/, `,"extra":${nestedText(200_000)}}`) };
    case 'duration-1e308':
      data.durationMs = 1e308;
      return { name, text: await signed(data) };
    case 'number-1e999':
      return { name, text: good.text.replace(/"durationMs": \d+/, '"durationMs": 1e999') };
    case 'over-size-limit':
      return { name, text: good.text.replace(/\}\s*$/, `,"padding":"${'x'.repeat(MAX_FILE_BYTES)}"}`) };
    case 'proto-key':
      setOwn(data, '__proto__', { passed: true });
      return { name, text: await signed(data) };
  }
}
