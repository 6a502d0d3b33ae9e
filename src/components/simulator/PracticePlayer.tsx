import type { CaseKind } from '../../engine/case-kinds';
import { CasePlayer, type PlayerProps } from './CasePlayer';
import { practiceCase } from './practice-case';

/**
 * A generated practice case: the case player with the generator; a case of any kind is drawn
 * from `kinds`, those of the team's marketplaces. An island of its own, so a
 * written case's page never loads the generator and the practice page loads it from the start.
 */
export function PracticePlayer({ kinds, ...props }: PlayerProps & { kinds?: readonly CaseKind[] }) {
  return <CasePlayer {...props} practice={(search) => practiceCase(search, kinds)} />;
}
