import { CasePlayer, type PlayerProps } from './CasePlayer';
import { practiceCase } from './practice-case';

/**
 * A generated practice case: the case player with the generator. An island of its own, so a
 * written case's page never loads the generator and the practice page loads it from the start.
 */
export function PracticePlayer(props: PlayerProps) {
  return <CasePlayer {...props} practice={practiceCase} />;
}
