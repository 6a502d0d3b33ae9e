/** A result file as the trainer chose it: its name and its text. */
export interface RawFile {
  name: string;
  text: string;
}

/**
 * The files with the same file chosen twice (same name, same text) held once. loadCohort already
 * skips a second copy of a good result by its checksum, but lists a broken file as often as it
 * is given; this keeps the rejected list to one line per file.
 */
export function distinctFiles(files: RawFile[]): { distinct: RawFile[]; repeated: string[] } {
  const seen = new Set<string>();
  const distinct: RawFile[] = [];
  const repeated: string[] = [];
  for (const file of files) {
    // The name cannot hold a NUL, so the key cannot be forged by a name ending like a text.
    const key = `${file.name}\u0000${file.text}`;
    if (seen.has(key)) repeated.push(file.name);
    else {
      seen.add(key);
      distinct.push(file);
    }
  }
  return { distinct, repeated };
}
