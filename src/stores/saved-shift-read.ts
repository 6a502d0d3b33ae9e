import { caseStateIn, shiftCase, type Shift, type ShiftState } from '../engine/simulator/shift';
import { initialState } from '../engine/simulator/state';
import { play } from '../engine/simulator/step';
import { $savedPlay, migrateOldSaves, setEntryAside, shiftStateProblem } from './saved-play';
import { policy } from '../engine/loaded-policy';

/** What the shift page resumes: the saved state, or null for a fresh day, and where an unusable entry was kept aside. */
export interface ReadShift {
  state: ShiftState | null;
  keptAs?: string;
}

/** Why a saved day cannot be resumed: out of range, a date no clock reads, or a decision a case refuses. */
function shiftProblem(shift: Shift, state: ShiftState): string | null {
  const problem = shiftStateProblem(state, shift.cases.length);
  if (problem) return problem;
  const refused = state.traces.findIndex((trace, i) => {
    const scenario = shiftCase(shift, state, i);
    return (trace.length > 0 && state.openedAt[i] === null) || !play(policy, scenario, trace, initialState(scenario)).results.every((r) => r.accepted);
  });
  if (refused !== -1) return `traces.${refused}: a decision the case refuses`;
  if (state.current !== null && caseStateIn(policy, shift, state, state.current).phase === 'closed') return `current: ${state.current} is closed`;
  return null;
}

/** A shift's saved state, checked against the day; one that does not fit is kept aside and the day starts fresh. */
export function readShiftPlay(key: string, shift: Shift): ReadShift {
  migrateOldSaves();
  const entry = $savedPlay.get()[key];
  if (!entry) return { state: null };
  const saved = 'state' in entry ? (entry.state as ShiftState) : null;
  const problem = saved ? shiftProblem(shift, saved) : 'not a shift';
  if (saved && !problem) return { state: saved };
  const keptAs = setEntryAside(key, problem ?? 'not a shift');
  return keptAs ? { state: null, keptAs } : { state: null };
}
