/**
 * A result file's name: `trainee-quiz-date.json`, e.g. `ana-lopez-return-requests-quiz-2026-03-02-0915.json`.
 * Letters of any script stay (a Chinese name is a fine file name on every system); accents are
 * dropped, everything else becomes a hyphen, so no name can reach outside its folder or clash
 * with a reserved character. The time of export is in the date so two attempts on a day do not
 * overwrite each other.
 */

const MAX_PART = 40;

export function fileNamePart(text: string, fallback: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = Array.from(slug).slice(0, MAX_PART).join('').replace(/-+$/, '');
  return cut || fallback;
}

export function resultFileName(trainee: string, title: string, exportedAt: string): string {
  const stamp = exportedAt.slice(0, 16).replace('T', '-').replace(':', '');
  return `${fileNamePart(trainee, 'trainee')}-${fileNamePart(title, 'result')}-${stamp}.json`;
}
