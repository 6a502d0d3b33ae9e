import type { TrainerStrings } from './trainer-strings';
import { fillText } from '../site/fill-text';

const counted = (count: number, one: string, many: string) => fillText(count === 1 ? one : many, { count });

/** "47 results loaded, 3 files rejected, 2 duplicate files skipped": duplicates only when there are some. */
export function cohortSummary(counts: { loaded: number; rejected: number; duplicates: number }, s: TrainerStrings): string {
  const parts = [
    counted(counts.loaded, s['trainer.loadedOne'], s['trainer.loadedMany']),
    counted(counts.rejected, s['trainer.rejectedOne'], s['trainer.rejectedMany']),
    ...(counts.duplicates > 0 ? [counted(counts.duplicates, s['trainer.duplicatesOne'], s['trainer.duplicatesMany'])] : []),
  ];
  return parts.join(s['trainer.separator']);
}
