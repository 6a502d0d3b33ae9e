import { MAX_FILE_BYTES } from '../engine/bounded-json';

/**
 * A file someone chose in the page, as the page hands it on: its text, or why its text was not
 * read. The size is checked before reading, so a 50 MB file costs nothing; a file the browser
 * cannot read (moved, no permission) is named, not lost in a promise that never settles.
 */
export type ChosenFile = { name: string; text: string } | { name: string; unread: 'too-large' | 'unreadable'; problem: string };

/** What a browser `File` offers, and all this needs of one. */
export interface FileLike {
  name: string;
  size: number;
  text(): Promise<string>;
}

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** Never rejects. */
export async function readChosenFile(file: FileLike, maxBytes: number = MAX_FILE_BYTES): Promise<ChosenFile> {
  const name = String(file.name);
  // `!(size <= max)` also refuses a size that is not a number.
  if (!(file.size <= maxBytes))
    return { name, unread: 'too-large', problem: `(root): the file is ${megabytes(file.size)} MB; files over ${megabytes(maxBytes)} MB are not read` };
  try {
    return { name, text: await file.text() };
  } catch (error) {
    return { name, unread: 'unreadable', problem: `(root): the browser could not read the file (${error instanceof Error ? error.message : String(error)})` };
  }
}

/** Every file read, in the order chosen. */
export const readChosenFiles = (files: Iterable<FileLike>): Promise<ChosenFile[]> => Promise.all([...files].map((file) => readChosenFile(file)));
