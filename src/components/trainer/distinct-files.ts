import type { ChosenFile } from '../../results/chosen-file';

/**
 * The files with the same file chosen twice (same name, same content) held once. loadCohort already
 * skips a second copy of a good result by its checksum, but lists a broken file as often as it
 * is given; this keeps the rejected list to one line per file.
 */
export function distinctFiles(files: ChosenFile[]): { distinct: ChosenFile[]; repeated: string[] } {
  const seen = new Set<string>();
  const distinct: ChosenFile[] = [];
  const repeated: string[] = [];
  for (const file of files) {
    // The name cannot hold a NUL, so the key cannot be forged by a name ending like a text.
    const key = 'text' in file ? `${file.name}\u0000text\u0000${file.text}` : `${file.name}\u0000unread\u0000${file.problem}`;
    if (seen.has(key)) repeated.push(file.name);
    else {
      seen.add(key);
      distinct.push(file);
    }
  }
  return { distinct, repeated };
}
