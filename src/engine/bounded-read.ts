import { closeSync, openSync, readSync } from 'node:fs';

/** The most the command line reads of one file: case files and drafts are a few kilobytes. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** Thrown for a file longer than the limit; `code` reads like a file-system error's ("larger than 1 MB"). */
export class FileTooLarge extends Error {
  readonly code: string;
  constructor(path: string, limit: number) {
    super(`${path} is larger than ${limit} bytes`);
    this.code = limit % (1024 * 1024) === 0 ? `larger than ${limit / (1024 * 1024)} MB` : `larger than ${limit} bytes`;
  }
}

/**
 * A file's text, read in chunks and stopped one byte past the limit, so a huge file or an endless
 * one (/dev/zero, a pipe) costs at most that much. A UTF-8 byte-order mark is dropped.
 */
export function readBounded(path: string, limit = MAX_FILE_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) throw new FileTooLarge(path, limit);
    }
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}
